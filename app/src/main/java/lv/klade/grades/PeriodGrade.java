package lv.klade.grades;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A period grade (month, semester, year, re-examination, final) the teacher sets: {@code grade} is
 * what they confirmed, {@code suggested} what Klade suggested from the average (null if nothing).
 * {@code date} names the period: a day of the month, or the semester's or year's last day.
 */
public record PeriodGrade(UUID studentId, UUID journalId, GradeKind kind, LocalDate date, Grade grade,
                          Grade suggested) {
}
