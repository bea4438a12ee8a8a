package lv.klade.school;

import java.time.LocalDate;
import java.util.Objects;

/** Days from {@code starts} to {@code ends}, both included. */
public record DateRange(LocalDate starts, LocalDate ends) {

    public DateRange {
        Objects.requireNonNull(starts);
        Objects.requireNonNull(ends);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(starts) && !date.isAfter(ends);
    }

    public boolean contains(DateRange other) {
        return contains(other.starts) && contains(other.ends);
    }

    public boolean overlaps(DateRange other) {
        return !other.ends.isBefore(starts) && !other.starts.isAfter(ends);
    }

    public boolean isOrdered() {
        return !ends.isBefore(starts);
    }
}
