package lv.klade.school;

import java.time.LocalDate;
import java.util.Collection;
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

    /** Whether the day falls in one of the ranges. */
    public static boolean anyContains(Collection<DateRange> ranges, LocalDate day) {
        return ranges.stream().anyMatch(range -> range.contains(day));
    }

    /** Whether one of the ranges shares a day with {@code other}. */
    public static boolean anyOverlaps(Collection<DateRange> ranges, DateRange other) {
        return ranges.stream().anyMatch(other::overlaps);
    }

    public boolean isOrdered() {
        return !ends.isBefore(starts);
    }
}
