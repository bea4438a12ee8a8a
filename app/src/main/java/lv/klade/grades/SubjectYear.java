package lv.klade.grades;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;

/** A student's year-end grades in one subject: the year grade (final grade in forms 9–12) and any re-examination. */
public record SubjectYear(UUID subjectId, String subject, Optional<Grade> year, Optional<Grade> reExamination) {

    /** The last form assessed in learning levels rather than marks. */
    public static final int LAST_LEVEL_FORM = 3;

    /**
     * The subject's year from a student's period grades in its journal: the year grade, in forms 9 and
     * 12 the final grade where there is one, and the latest re-examination. Forms 1–3 are assessed in
     * learning levels, and a school may give the year's level as the second semester's: the latest
     * semester level stands for the year's when there is no year grade, so the student is not said to
     * lack one.
     */
    public static SubjectYear of(UUID subjectId, String subject, Collection<StoredGrade> periodGrades, int form) {
        Optional<Grade> year = latest(periodGrades, GradeKind.YEAR);
        if (form == 9 || form == 12) {
            Optional<Grade> fin = latest(periodGrades, GradeKind.FINAL);
            year = fin.isPresent() ? fin : year;
        }
        if (year.isEmpty() && form <= LAST_LEVEL_FORM) {
            year = latest(periodGrades, GradeKind.SEMESTER).filter(g -> g instanceof Grade.Level);
        }
        return new SubjectYear(subjectId, subject, year, latest(periodGrades, GradeKind.RE_EXAMINATION));
    }

    private static Optional<Grade> latest(Collection<StoredGrade> grades, GradeKind kind) {
        return grades.stream().filter(g -> g.kind() == kind).max(Comparator.comparing(StoredGrade::workDate))
                .map(StoredGrade::grade);
    }

    /** The grade that decides: the re-examination's when there is one. */
    Optional<Grade> deciding() {
        return reExamination.isPresent() ? reExamination : year;
    }
}
