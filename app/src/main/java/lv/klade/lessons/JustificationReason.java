package lv.klade.lessons;

/** Why the class tutor justified an absence; the name's key is {@code justification.<NAME>} in the lessons bundle. */
public enum JustificationReason {
    ILLNESS,
    FAMILY,
    SCHOOL_EVENT,
    OTHER
}
