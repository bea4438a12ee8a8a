package lv.klade.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Absences per student of a class for a period ({@code from} to {@code to}, both included);
 * students whose unjustified absences exceed {@code unjustifiedLimit} are marked (the school's
 * setting, 20 by default: the case the school reports to the municipality).
 */
public record AbsenceReportData(Heading heading, LocalDate from, LocalDate to, List<Row> rows,
        int unjustifiedLimit) {

    public AbsenceReportData {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends " + to + " before it starts " + from);
        }
        rows = List.copyOf(rows);
    }

    /** One student's absences and times late in the period. */
    public record Row(Student student, Absences absences, int late) {
        public Row {
            Objects.requireNonNull(student, "student");
            Objects.requireNonNull(absences, "absences");
        }
    }

    Absences total() {
        return new Absences(rows.stream().mapToInt(r -> r.absences().justified()).sum(),
                rows.stream().mapToInt(r -> r.absences().unjustified()).sum());
    }

    int totalLate() {
        return rows.stream().mapToInt(Row::late).sum();
    }
}
