package lv.klade.tutor;

import java.time.LocalDate;
import java.util.UUID;

/** An individual conversation as the tutor enters it; {@code guardianId} only when a guardian took part. */
public record NewConversation(UUID studentId, LocalDate heldOn, ConversationParty party, UUID guardianId,
                              String topic, String agreed) {
}
