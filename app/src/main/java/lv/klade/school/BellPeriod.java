package lv.klade.school;

import java.time.LocalTime;
import java.util.UUID;

/** One lesson period of the bell schedule ("zvanu saraksts"). */
public record BellPeriod(UUID id, int number, LocalTime starts, LocalTime ends) {

    boolean overlaps(LocalTime otherStarts, LocalTime otherEnds) {
        return otherStarts.isBefore(ends) && starts.isBefore(otherEnds);
    }
}
