package lv.klade.school;

/** What a group is for; only a split belongs to one class, the others may take students of any class. */
public enum GroupKind {
    SPLIT,
    COMBINED,
    ELECTIVE,
    INTEREST_EDUCATION,
    AFTER_SCHOOL_GROUP,
    INDIVIDUAL_WORK;

    /** The kind of journal a group of this kind keeps by default. */
    public JournalKind journalKind() {
        return switch (this) {
            case SPLIT, COMBINED -> JournalKind.SUBJECT;
            case ELECTIVE -> JournalKind.ELECTIVE;
            case INTEREST_EDUCATION -> JournalKind.INTEREST_EDUCATION;
            case AFTER_SCHOOL_GROUP -> JournalKind.AFTER_SCHOOL_GROUP;
            case INDIVIDUAL_WORK -> JournalKind.INDIVIDUAL_WORK;
        };
    }

    /** A split is part of one class; every other kind may be of one class or of several. */
    public boolean ofOneClass() {
        return this == SPLIT;
    }
}
