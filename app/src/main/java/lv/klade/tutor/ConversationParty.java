package lv.klade.tutor;

/** Whom the tutor talked with: the student, or one of the student's guardians. */
public enum ConversationParty {
    STUDENT, GUARDIAN;

    /** The key of the party's name in the tutor bundle. */
    public String messageKey() {
        return "tutorJournal.party." + name();
    }
}
