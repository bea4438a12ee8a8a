package lv.klade.tutor;

import java.time.LocalDate;
import java.util.UUID;

/** A behaviour note as it is entered; {@code journalId} names the lesson's journal, or is null for the tutor's own. */
public record NewBehaviourEntry(UUID studentId, UUID journalId, LocalDate notedOn, BehaviourKind kind, String note) {
}
