package lv.klade.checks;

/** What a check line is about; each names its text in the checks bundle. */
public enum CheckKind {
    /** A held lesson of today not filled yet, its deadline still ahead. */
    LESSON_TO_FILL,
    /** A held lesson past its deadline and not filled. */
    LESSON_OVERDUE,
    /** A lesson first filled after its deadline. */
    LESSON_FILLED_LATE,
    /** Grades of one kind and work date entered after their kind's deadline. */
    GRADES_LATE,
    /** A test's grades with no test in the test planner. */
    TEST_NOT_PLANNED,
    /** A class's unjustified absences still open after the month ended. */
    ABSENCES_NOT_PROCESSED,
    /** A pupil whose unjustified lessons this semester passed the school's limit. */
    UNJUSTIFIED_LIMIT_PASSED;

    public String messageKey() {
        return "checks.kind." + name();
    }
}
