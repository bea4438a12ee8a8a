package lv.klade.demo;

/** A person's gender, which also decides the form of a Latvian surname (Bērziņš / Bērziņa). */
public enum Gender {
    MALE,
    FEMALE
}
