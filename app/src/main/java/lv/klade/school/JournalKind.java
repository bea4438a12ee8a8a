package lv.klade.school;

/** What a journal records lessons of, and whether its grades count. */
public enum JournalKind {
    SUBJECT,
    INTEREST_EDUCATION,
    ELECTIVE,
    AFTER_SCHOOL_GROUP,
    INDIVIDUAL_WORK;

    /** Lessons of individual work, electives, interest education and after-school groups record who took part. */
    public boolean recordsParticipants() {
        return this != SUBJECT;
    }

    /**
     * Subjects alone get semester and year grades that decide promotion (Cabinet Regulation No. 11,
     * point 25) and are listed among the report card's subjects; the school may still name subjects
     * that are not graded, such as the tutor's class hour (grades.ungradedSubjects).
     */
    public boolean graded() {
        return this == SUBJECT;
    }

    /**
     * Interest education and electives are printed on the report card in a section of their own;
     * after-school groups and individual work are not printed on it.
     */
    public boolean onReportCard() {
        return this == SUBJECT || this == INTEREST_EDUCATION || this == ELECTIVE;
    }
}
