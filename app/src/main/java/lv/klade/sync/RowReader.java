package lv.klade.sync;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads the current values of one row (lower-case column → value), for rules that look at the row. */
@FunctionalInterface
public interface RowReader {
    Optional<Map<String, Object>> row(String table, UUID id);
}
