package lv.klade.grades;

/** A planner entry is a draft until published; after that only the deputy director changes it. */
public enum TestState {
    DRAFT,
    PUBLISHED
}
