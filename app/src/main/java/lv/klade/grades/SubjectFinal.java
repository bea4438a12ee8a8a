package lv.klade.grades;

import java.util.Optional;
import java.util.UUID;

/**
 * A student's year-end grades in one subject as the journal records them: the year grade, a
 * re-examination, an exam (state exams in forms 9 and 12) and the final grade, each where there is one.
 */
public record SubjectFinal(UUID subjectId, String subject, Optional<Grade> year, Optional<Grade> reExamination,
                           Optional<Grade> exam, Optional<Grade> finalGrade) {

    /** The grade that stands for the subject: the final grade, else the re-examination, else the year grade. */
    public Optional<Grade> standing() {
        return finalGrade.or(() -> reExamination).or(() -> year);
    }
}
