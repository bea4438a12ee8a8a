package lv.klade.school;

/** The kinds of master data the administrator ends or deletes: ended once used, deleted while unused. */
public enum MasterItem {
    PROGRAMME,
    SUBJECT,
    CLASS,
    GROUP,
    JOURNAL
}
