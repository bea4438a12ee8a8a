package lv.klade.school;

import java.util.List;
import java.util.UUID;

/** What a new journal is made of: exactly one of {@code classId} and {@code groupId} is set. */
public record NewJournal(UUID yearId, JournalKind kind, UUID subjectId, UUID classId, UUID groupId,
                         List<JournalTeacher> teachers) {

    public NewJournal {
        teachers = List.copyOf(teachers);
    }

    public static NewJournal forClass(UUID yearId, JournalKind kind, UUID subjectId, UUID classId,
                                      List<JournalTeacher> teachers) {
        return new NewJournal(yearId, kind, subjectId, classId, null, teachers);
    }

    public static NewJournal forGroup(UUID yearId, JournalKind kind, UUID subjectId, UUID groupId,
                                      List<JournalTeacher> teachers) {
        return new NewJournal(yearId, kind, subjectId, null, groupId, teachers);
    }
}
