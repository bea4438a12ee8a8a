package lv.klade.messages;

import java.time.Instant;
import java.util.UUID;

/**
 * A message as its reader sees it: who sent it and when, to whom ({@code recipient} is empty for all
 * teachers and news; {@code className} names the class whose tutor it was sent to), and whether this
 * reader has read it.
 */
public record Message(UUID id, MessageAudience audience, UUID senderId, String sender, UUID recipientId,
                      String recipient, String className, String subject, String body, Instant sentAt,
                      boolean read) {
}
