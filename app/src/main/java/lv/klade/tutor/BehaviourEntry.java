package lv.klade.tutor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A note of the behaviour journal as it is shown; {@code journal} is empty for a note made outside a lesson. */
public record BehaviourEntry(UUID id, UUID studentId, String student, LocalDate notedOn, BehaviourKind kind,
                             String note, String journal, Instant writtenAt, UUID authorId, String author) {
}
