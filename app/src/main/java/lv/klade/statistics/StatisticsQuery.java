package lv.klade.statistics;

import java.util.UUID;
import lv.klade.school.DateRange;

/** What to count: a year's days, grouped by what, optionally one class's or one subject's journals only. */
public record StatisticsQuery(UUID yearId, DateRange days, Grouping by, UUID classId, UUID subjectId) {
    public StatisticsQuery {
        if (yearId == null || days == null || by == null) {
            throw new IllegalArgumentException("A year, days and a grouping");
        }
    }
}
