package lv.klade.grades;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The grade book of a journal: students in Latvian order, columns by date, period columns, and how
 * each grade stands against its deadline (by grade id).
 */
public record GradeBook(UUID journalId, List<BookColumn> columns, List<PeriodColumn> periodColumns,
                        List<BookRow> rows, Map<UUID, Timeliness> timeliness) {

    public GradeBook {
        columns = List.copyOf(columns);
        periodColumns = List.copyOf(periodColumns);
        rows = List.copyOf(rows);
        timeliness = Map.copyOf(timeliness);
    }
}
