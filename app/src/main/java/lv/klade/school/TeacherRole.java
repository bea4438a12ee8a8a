package lv.klade.school;

/** How a teacher takes part in a journal's lessons. */
public enum TeacherRole {
    TEACHER,
    ACCOMPANIST
}
