package lv.klade.grades;

import java.util.List;
import java.util.Map;

/**
 * One student's row: the grades in each column, the period grades, the weighted average since the
 * year's start (to the month's end when a month is shown) and, for a month, the month's own average.
 * {@code current} is false for a student who is not in the class or group on the last day shown (moved
 * to another class or left the school) but keeps their grades here.
 */
public record BookRow(StudentFacts student, boolean current, Map<BookColumn, List<StoredGrade>> cells,
                      Map<PeriodColumn, StoredGrade> periods, AverageResult sinceYearStart,
                      AverageResult inMonth) {

    public BookRow {
        cells = Map.copyOf(cells);
        periods = Map.copyOf(periods);
    }
}
