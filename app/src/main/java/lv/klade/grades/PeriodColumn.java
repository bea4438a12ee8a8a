package lv.klade.grades;

import java.time.LocalDate;

/** A period column of the grade book: a monthly attestation, a semester, the year, an exam, a final grade. */
public record PeriodColumn(GradeKind kind, LocalDate date) {
}
