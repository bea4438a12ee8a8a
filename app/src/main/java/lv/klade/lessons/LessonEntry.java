package lv.klade.lessons;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a teacher fills in for one lesson: it is saved with its attendance marks in one call. The
 * lesson is found by journal, date and period; saving again changes it. {@code teacherId} is who
 * taught (null: the acting user). {@code marks} maps a student to an attendance code; students
 * without a mark were present. {@code participants} lists who took part, for optional lessons.
 */
public record LessonEntry(UUID journalId, LocalDate date, Integer period, UUID teacherId, LessonType type,
                          String topic, String plannedResult, String homework, String notes,
                          Map<UUID, String> marks, Set<UUID> participants) {

    public LessonEntry {
        marks = marks == null ? Map.of() : Map.copyOf(marks);
        participants = participants == null ? Set.of() : Set.copyOf(participants);
        type = type == null ? new LessonType.Regular() : type;
    }

    /** A regular lesson with a topic and homework and no marks, to build on with the {@code with...} methods. */
    public static LessonEntry regular(UUID journalId, LocalDate date, int period, UUID teacherId, String topic,
                                      String homework) {
        return new LessonEntry(journalId, date, period, teacherId, new LessonType.Regular(), topic, null, homework,
                null, Map.of(), Set.of());
    }

    public LessonEntry withType(LessonType newType) {
        return new LessonEntry(journalId, date, period, teacherId, newType, topic, plannedResult, homework, notes,
                marks, participants);
    }

    public LessonEntry withMarks(Map<UUID, String> newMarks) {
        return new LessonEntry(journalId, date, period, teacherId, type, topic, plannedResult, homework, notes,
                newMarks, participants);
    }

    public LessonEntry withParticipants(Set<UUID> newParticipants) {
        return new LessonEntry(journalId, date, period, teacherId, type, topic, plannedResult, homework, notes,
                marks, newParticipants);
    }

    public LessonEntry withPlannedResult(String result) {
        return new LessonEntry(journalId, date, period, teacherId, type, topic, result, homework, notes, marks,
                participants);
    }
}
