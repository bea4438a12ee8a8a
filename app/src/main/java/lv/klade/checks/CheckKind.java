package lv.klade.checks;

/** What a check line reports; its text's key is {@code checks.kind.<NAME>} in the checks bundle. */
public enum CheckKind {
    LESSON_TO_FILL,
    LESSON_OVERDUE,
    LESSON_LATE,
    GRADE_LATE,
    TEST_NOT_PLANNED,
    ABSENCE_UNPROCESSED,
    ABSENCE_LIMIT,
    TRANSCRIPT_NOT_ISSUED;

    public String messageKey() {
        return "checks.kind." + name();
    }
}
