package lv.klade.sync;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads rows of the synced tables as they stand now (lower-case column → value), for rules that look at them. */
public interface RowReader {
    /** The current values of one row. */
    Optional<Map<String, Object>> row(String table, UUID id);

    /** Whether some row of {@code table} has every column of {@code equal} at the given value. */
    boolean exists(String table, Map<String, Object> equal);
}
