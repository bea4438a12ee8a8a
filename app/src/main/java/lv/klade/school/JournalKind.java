package lv.klade.school;

/** What a journal records lessons of. */
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
}
