package lv.klade.lessons;

import java.time.Instant;

/** A lesson entry with the instant it was filled, for bulk work such as the demo's year of past lessons. */
public record FilledEntry(LessonEntry entry, Instant filledAt) {
}
