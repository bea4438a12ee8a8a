package lv.klade.grades;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** A grade as the journal holds it; {@code suggested} is set on period grades Klade suggested. */
public record StoredGrade(UUID id, UUID studentId, UUID journalId, UUID lessonId, UUID testId, GradeKind kind,
                         Grade grade, Optional<Grade> suggested, String note, LocalDate workDate,
                         Instant enteredAt, UUID enteredBy) {

    public CountedGrade counted() {
        return new CountedGrade(id, grade, kind, workDate);
    }

    /** True for a period grade the teacher set to something other than Klade's suggestion. */
    public boolean overridden() {
        return suggested.isPresent() && !suggested.get().equals(grade);
    }
}
