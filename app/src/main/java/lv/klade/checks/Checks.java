package lv.klade.checks;

import java.time.YearMonth;
import java.util.List;

/** The checks of one month (and one teacher, when {@code teacher} is not null), in date order. */
public record Checks(YearMonth month, String teacher, List<CheckLine> lines) {
    public Checks {
        lines = List.copyOf(lines);
    }

    public long count(CheckKind kind) {
        return lines.stream().filter(l -> l.kind() == kind).count();
    }
}
