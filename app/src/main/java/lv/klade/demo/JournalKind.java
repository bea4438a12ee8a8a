package lv.klade.demo;

/** What sort of teaching a journal records. */
public enum JournalKind {
    /** A curriculum subject of a class or of a part of a class. */
    SUBJECT,
    /** Interest education (interešu izglītība), such as a choir. */
    INTEREST_EDUCATION,
    /** An elective (fakultatīvs). */
    ELECTIVE,
    /** The after-school group (pagarinātās dienas grupa). */
    AFTER_SCHOOL_GROUP,
    /** Individual work with a few students. */
    INDIVIDUAL_WORK
}
