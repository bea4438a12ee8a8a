package lv.klade.grades;

/** What the year's grades mean for a student's next year (Cabinet Regulation No. 11, point 25). */
public enum Verdict {
    /** Every grade is enough. */
    PROMOTED,
    /** Forms 4–8: promoted with one subject still below 4 after its re-examination. */
    PROMOTED_WITH_ONE_SHORTFALL,
    /** A grade below 4 (or nv) awaits its re-examination. */
    RE_EXAMINATION_NEEDED,
    /** More shortfalls after re-examination than the form allows. */
    NOT_PROMOTED,
    /** Forms 9 and 12: every final grade is enough for the certificate. */
    CERTIFICATE,
    /** Forms 9 and 12: a final grade is short after re-examination; the student gets a report card instead. */
    NO_CERTIFICATE,
    /** A subject has no year grade yet, so no outcome can be given. */
    GRADES_MISSING;

    public String messageKey() {
        return "grades.verdict." + name();
    }
}
