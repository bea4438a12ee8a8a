package lv.klade.db;

import java.time.Instant;
import java.util.UUID;

/** One entry of the change log: what changed, its new values (JSON), who, on which PC, when. */
public record ChangeRecord(long seq, UUID id, String table, UUID rowId, String operation, String fields,
                           UUID userId, UUID installationId, Instant madeAt) {
}
