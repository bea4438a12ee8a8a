package lv.klade.grades;

import java.util.Optional;
import java.util.UUID;

/** A student's year-end grades in one subject: the year grade (final grade in forms 9–12) and any re-examination. */
public record SubjectYear(UUID subjectId, String subject, Optional<Grade> year, Optional<Grade> reExamination) {

    /** The grade that decides: the re-examination's when there is one. */
    Optional<Grade> deciding() {
        return reExamination.isPresent() ? reExamination : year;
    }
}
