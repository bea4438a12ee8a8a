package lv.klade.school;

import java.util.Objects;
import java.util.UUID;

/** A staff member who teaches in a journal, and in which role. */
public record JournalTeacher(UUID staffId, TeacherRole role) {

    public JournalTeacher {
        Objects.requireNonNull(staffId);
        Objects.requireNonNull(role);
    }

    public static JournalTeacher teacher(UUID staffId) {
        return new JournalTeacher(staffId, TeacherRole.TEACHER);
    }
}
