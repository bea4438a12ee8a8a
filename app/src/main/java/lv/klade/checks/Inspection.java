package lv.klade.checks;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An inspection record: the day, who inspected, the journals inspected, findings and recommendations. */
public record Inspection(UUID id, LocalDate date, UUID inspectorId, List<UUID> journalIds, String findings,
                         String recommendations) {

    public Inspection {
        journalIds = List.copyOf(journalIds);
    }
}
