package lv.klade.grades;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A column of the grade book: a planned test ({@code testId} set, kind TEST), or the grades of one
 * kind given on a date, in a lesson when {@code lessonId} is set.
 */
public record BookColumn(LocalDate date, UUID lessonId, UUID testId, GradeKind kind) {
}
