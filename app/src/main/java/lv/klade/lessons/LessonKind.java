package lv.klade.lessons;

/** The kind of a lesson entry, as stored; its name's key is {@code lesson.kind.<NAME>} in the lessons bundle. */
public enum LessonKind {
    REGULAR,
    SUBSTITUTED,
    MAKE_UP,
    NOT_HELD,
    EXTRA,
    /** An individual consultation (seed 000 §3.5): outside the timetable, entered within its day. */
    CONSULTATION
}
