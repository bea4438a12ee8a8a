package lv.klade.school;

/** How a school setting is written: the editor the settings view gives it. */
public enum SettingForm {
    /** A whole number; its options name values it may take instead, such as "by the next lesson". */
    NUMBER,
    /** A time of day, HH:MM. */
    TIME,
    /** A {@link CodeList}: codes, each with some of the flags its options name. */
    CODES
}
