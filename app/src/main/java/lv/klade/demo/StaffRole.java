package lv.klade.demo;

/** What a member of the demo staff does; the writer maps these to the people feature's roles. */
public enum StaffRole {
    /** virslietotājs */
    ADMINISTRATOR,
    /** lietvedis */
    REGISTRAR,
    /** direktora vietnieks */
    DEPUTY_DIRECTOR,
    /** klases audzinātājs */
    CLASS_TUTOR,
    /** mācību priekšmeta skolotājs */
    SUBJECT_TEACHER,
    /** koncertmeistars */
    ACCOMPANIST
}
