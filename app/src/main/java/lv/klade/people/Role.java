package lv.klade.people;

/** What a staff member may do in Klade; one person may hold several roles. */
public enum Role {
    ADMINISTRATOR,
    REGISTRAR,
    DEPUTY_DIRECTOR,
    /** Holds one class: a tutor of two classes has two grants. */
    CLASS_TUTOR,
    SUBJECT_TEACHER,
    ACCOMPANIST;

    /** Only a class tutor's role names a class. */
    public boolean needsClass() {
        return this == CLASS_TUTOR;
    }

    /** The key of the role's name in the people bundle. */
    public String messageKey() {
        return "people.role." + name();
    }
}
