package lv.klade.tutor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An individual conversation with a student or a guardian as the journal shows it: {@code withWhom}
 * names the guardian (empty for the student), {@code late} when it was written more than one working
 * day after the day it was held (001 §22).
 */
public record Conversation(UUID id, UUID studentId, String student, LocalDate heldOn, ConversationParty party,
                           String withWhom, String topic, String agreed, boolean late, Instant writtenAt,
                           UUID authorId, String author) {
}
