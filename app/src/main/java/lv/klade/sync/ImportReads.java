package lv.klade.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import lv.klade.db.Writes;
import lv.klade.people.StaffMember;

/**
 * What one import reads, read once: the rows its changes are about and their histories, read for the
 * whole package in a few set-based queries before the first change, and the rows, existence checks
 * and staff the rights rules ask for, kept as first read. Every write the import makes to a row
 * keeps the row as it now stands (or, when that cannot be told, forgets it, so a read goes to the
 * database again) and forgets its table's existence checks; what is kept is always what the
 * database would answer now, even while the writes wait in a batch.
 * That holds because a write changes only its own row: the schema has no cascades or triggers (a
 * migration that adds one must make {@link #written} forget the rows it reaches too).
 */
final class ImportReads {
    private final Writes w;
    private final ReplicaRepository replica;
    private final SyncRepository log;
    private final Function<UUID, Optional<StaffMember>> staff;
    private final Map<String, Map<UUID, Optional<Map<String, Object>>>> rows = new HashMap<>();
    private final Map<String, Map<Map<String, Object>, Boolean>> exists = new HashMap<>();
    private final Map<RowKey, List<Change>> histories = new HashMap<>();
    private final Map<UUID, Optional<StaffMember>> members = new HashMap<>();

    private record RowKey(String table, UUID rowId) {
    }

    /**
     * @param staff the staff as committed before the import: the import's own writes do not change
     *              whose rights its changes are judged by
     */
    ImportReads(Writes w, ReplicaRepository replica, SyncRepository log, Function<UUID, Optional<StaffMember>> staff,
                List<Change> changes) {
        this.w = w;
        this.replica = replica;
        this.log = log;
        this.staff = staff;
        Map<String, Set<UUID>> byTable = changes.stream().filter(c -> replica.isSynced(c.table()))
                .collect(Collectors.groupingBy(Change::table, LinkedHashMap::new,
                        Collectors.mapping(Change::rowId, Collectors.toSet())));
        byTable.forEach((table, ids) -> {
            Map<UUID, Map<String, Object>> found = replica.rows(w, table, ids);
            Map<UUID, Optional<Map<String, Object>>> kept = rows.computeIfAbsent(table, t -> new HashMap<>());
            ids.forEach(id -> kept.put(id, Optional.ofNullable(found.get(id))));
        });
        byTable.forEach((table, ids) -> ids.forEach(id -> histories.put(new RowKey(table, id), new ArrayList<>())));
        log.forRows(w, byTable).forEach(change -> {
            List<Change> history = histories.get(new RowKey(change.table(), change.rowId()));
            if (history != null) {
                history.add(change);
            }
        });
    }

    /** The rows as they stand inside the import's transaction, for the rights rules and the merge. */
    RowReader reader() {
        return new RowReader() {
            @Override
            public Optional<Map<String, Object>> row(String table, UUID id) {
                return ImportReads.this.row(table, id);
            }

            @Override
            public boolean exists(String table, Map<String, Object> equal) {
                return exists.computeIfAbsent(table, t -> new HashMap<>())
                        .computeIfAbsent(Map.copyOf(withNulls(equal)), e -> replica.reader(w).exists(table, equal));
            }
        };
    }

    /** Map.copyOf refuses nulls; a null value is kept under a marker no JSON value can be. */
    private static Map<String, Object> withNulls(Map<String, Object> equal) {
        Map<String, Object> key = new HashMap<>();
        equal.forEach((column, value) -> key.put(column, value == null ? NULL : value));
        return key;
    }

    private static final Object NULL = new Object();

    Optional<Map<String, Object>> row(String table, UUID id) {
        return rows.computeIfAbsent(table, t -> new HashMap<>()).computeIfAbsent(id, i -> replica.row(w, table, i));
    }

    /** The row's changes in the change log, in log order, those refused here left out. */
    List<Change> history(String table, UUID rowId) {
        return List.copyOf(histories.computeIfAbsent(new RowKey(table, rowId),
                k -> new ArrayList<>(log.forRow(w, table, rowId))));
    }

    Optional<StaffMember> member(UUID id) {
        return members.computeIfAbsent(id, staff);
    }

    /** A change went into the log: its row's history has it now (the row itself is told by {@link #wrote}). */
    void applied(Change change) {
        List<Change> history = histories.get(new RowKey(change.table(), change.rowId()));
        if (history != null) {
            history.add(change);
        }
    }

    /** The import wrote the row, which now stands as {@code now} (empty: deleted); its table's checks are read again. */
    void wrote(String table, UUID rowId, Optional<Map<String, Object>> now) {
        rows.computeIfAbsent(table, t -> new HashMap<>()).put(rowId, now);
        exists.remove(table);
    }

    /** The row may have changed (or a write to it was undone): read it, and its table's checks, again. */
    void written(String table, UUID rowId) {
        Map<UUID, Optional<Map<String, Object>>> kept = rows.get(table);
        if (kept != null) {
            kept.remove(rowId);
        }
        exists.remove(table);
    }

    /** A change of the row's history was refused after all (a notice on a PC): read the history again. */
    void historyChanged(String table, UUID rowId) {
        histories.remove(new RowKey(table, rowId));
        written(table, rowId);
    }
}
