package lv.klade.school;

import java.util.List;
import java.util.UUID;

/** A journal: one subject taught to one class or one group, with its teachers. */
public record Journal(UUID id, UUID yearId, JournalKind kind, UUID subjectId, UUID classId, UUID groupId,
                      String name, List<JournalTeacher> teachers) {

    public Journal {
        teachers = List.copyOf(teachers);
    }
}
