package lv.klade.demo;

/** How a guardian is related to a student; Latvian labels come from a bundle. */
public enum GuardianRelation {
    MOTHER,
    FATHER,
    GUARDIAN
}
