package lv.klade.grades;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A grade to record: whose, in which journal, for which lesson or planned test (either may be null),
 * of which kind, its value, an optional note and the school-local date of the work.
 */
public record NewGrade(UUID studentId, UUID journalId, UUID lessonId, UUID testId, GradeKind kind, Grade grade,
                       String note, LocalDate workDate) {

    public static NewGrade of(UUID studentId, UUID journalId, GradeKind kind, Grade grade, LocalDate workDate) {
        return new NewGrade(studentId, journalId, null, null, kind, grade, null, workDate);
    }
}
