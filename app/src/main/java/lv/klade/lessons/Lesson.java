package lv.klade.lessons;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A recorded lesson: what was filled in, who first filled it and when, and its last change. */
public record Lesson(UUID id, UUID journalId, LocalDate date, Integer period, UUID teacherId, LessonType type,
                     String topic, String plannedResult, String homework, String notes, Instant firstFilledAt,
                     UUID firstFilledBy, Instant changedAt, UUID changedBy) {
}
