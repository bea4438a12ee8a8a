package lv.klade.grades;

/** The kinds of work a grade is given for, and the period grades. */
public enum GradeKind {
    FORMATIVE,
    SUMMATIVE,
    /** A test: end-of-topic or part of a topic (the planner entry names the scope). */
    TEST,
    HOMEWORK,
    MONTHLY_ATTESTATION,
    /** The interim semester grade of forms 4–12. */
    SEMESTER_INTERIM(4),
    SEMESTER,
    YEAR,
    /** An exam (a state exam in forms 9 and 12): one per student and journal, like a period grade. */
    EXAM,
    COMBINED,
    RE_EXAMINATION(4),
    /** The final grade of a subject in forms 9–12, written into certificates. */
    FINAL(9);

    private final int firstForm;

    GradeKind() {
        this(1);
    }

    GradeKind(int firstForm) {
        this.firstForm = firstForm;
    }

    /** The lowest form in which this kind of grade is given. */
    public int firstForm() {
        return firstForm;
    }

    /**
     * Period grades sum up a month, semester or year, or close it (exam, re-examination, final grade);
     * they are one per student and period, set in the period grades' columns.
     */
    public boolean isPeriodGrade() {
        return switch (this) {
            case MONTHLY_ATTESTATION, SEMESTER_INTERIM, SEMESTER, YEAR, EXAM, RE_EXAMINATION, FINAL -> true;
            default -> false;
        };
    }

    public String messageKey() {
        return "grades.kind." + name();
    }
}
