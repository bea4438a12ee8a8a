package lv.klade.school;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A journal: one subject taught to one class or one group, with its teachers; ended from {@code ends} when set. */
public record Journal(UUID id, UUID yearId, JournalKind kind, UUID subjectId, UUID classId, UUID groupId,
                      String name, List<JournalTeacher> teachers, LocalDate ends) implements Endable {

    public Journal {
        teachers = List.copyOf(teachers);
    }

    /** The teachers who teach in it on {@code day}. */
    public List<JournalTeacher> teachersOn(LocalDate day) {
        return teachers.stream().filter(t -> t.teachesOn(day)).toList();
    }
}
