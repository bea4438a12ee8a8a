package lv.klade.lessons;

/** The kind of a lesson entry, as stored; its name's key is {@code lesson.kind.<NAME>} in the lessons bundle. */
public enum LessonKind {
    REGULAR,
    SUBSTITUTED,
    MAKE_UP,
    NOT_HELD,
    EXTRA
}
