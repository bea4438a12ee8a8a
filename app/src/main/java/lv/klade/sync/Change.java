package lv.klade.sync;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;

/**
 * One change record as it travels: the row, what happened, the new values (lower-case column →
 * JSON value), who made it, on which PC and when. {@code seq} is its place in the sender's log.
 */
public record Change(long seq, UUID id, String table, UUID rowId, Operation operation, Map<String, Object> fields,
                     UUID userId, UUID installationId, Instant madeAt) {

    /**
     * The total order that settles conflicts: later {@code madeAt} wins; on a tie the greater
     * installation id, then the greater change id (both compared as text). Every copy compares
     * the same records the same way, so every copy picks the same winner.
     */
    static final Comparator<Change> ORDER = Comparator.comparing(Change::madeAt)
            .thenComparing(c -> c.installationId().toString())
            .thenComparing(c -> c.id().toString());

    public Change {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }
}
