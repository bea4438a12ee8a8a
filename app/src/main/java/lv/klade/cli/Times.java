package lv.klade.cli;

import java.time.LocalTime;

/** A lesson's bell times as "08:30–09:10", or "-" outside the bell schedule. */
final class Times {
    private Times() {
    }

    static String of(LocalTime starts, LocalTime ends) {
        return starts == null || ends == null ? "-" : starts + "–" + ends;
    }
}
