package lv.klade.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lv.klade.db.Writes;

/**
 * Applies one change that arrived from elsewhere so that every copy ends the same whatever order
 * changes arrive in. A row's state is a function of the set of its change records:
 * <ul>
 * <li>it exists when it has an insert and no delete: <b>delete wins</b>; an insert or update that
 *     arrives after (or made after) a delete is kept in the history but changes nothing;</li>
 * <li>each field holds the value of the last change that set it, in {@link Change#ORDER} (made at,
 *     then installation id, then change id): last writer wins, field by field.</li>
 * </ul>
 * Every change is appended to the change log, winner or not, so the losing value stays in the history.
 */
final class Merge {
    private final ReplicaRepository replica;
    private final SyncRepository log;

    Merge(ReplicaRepository replica, SyncRepository log) {
        this.replica = replica;
        this.log = log;
    }

    /** What applying a change did to the row. */
    enum Effect { WRITTEN, SUPERSEDED }

    /** Applies the change; {@code reads} gives the row and its history as they stand in the import. */
    Effect apply(Writes w, Change change, ImportReads reads) {
        List<Change> history = reads.history(change.table(), change.rowId());
        boolean deleted = change.operation() == Operation.DELETE
                || history.stream().anyMatch(c -> c.operation() == Operation.DELETE);
        Optional<Map<String, Object>> current = reads.row(change.table(), change.rowId());
        Effect effect = Effect.SUPERSEDED;
        String table = change.table();
        if (change.operation() == Operation.DELETE) {
            if (current.isPresent()) {
                replica.delete(w, table, change.rowId());
                reads.wrote(table, change.rowId(), Optional.empty());
                effect = Effect.WRITTEN;
            }
        } else if (!deleted) {
            if (current.isPresent()) {
                Map<String, Object> won = winningFields(history, change);
                if (!won.isEmpty()) {
                    replica.update(w, table, change.rowId(), won);
                    reads.wrote(table, change.rowId(), Optional.of(replica.updated(table, current.get(), won)));
                    effect = Effect.WRITTEN;
                }
            } else if (change.operation() == Operation.INSERT) {
                // Updates that arrived before their insert wait in the history; they come in now.
                List<Change> all = new ArrayList<>(history);
                all.add(change);
                Optional<Map<String, Object>> row = replica.insertBatched(w, table, rowFrom(all));
                if (row.isPresent()) {
                    reads.wrote(table, change.rowId(), row);
                } else {
                    reads.written(table, change.rowId());
                }
                effect = Effect.WRITTEN;
            }
        }
        w.record(SyncRepository.toRecord(change));
        return effect;
    }

    /**
     * Puts a row back as the central copy holds it after refusing a change this PC made: the central
     * copy's row as the base (empty: it has none), then every change this PC holds for the row, the
     * refused ones left out, in conflict order; delete wins. Changes this PC made since, which the
     * central copy has not judged yet, so stay in, and the row ends as the central copy will hold it.
     */
    void restore(Writes w, String table, java.util.UUID rowId, Optional<Map<String, Object>> base) {
        List<Change> history = log.forRow(w, table, rowId);
        boolean exists = (base.isPresent() || history.stream().anyMatch(c -> c.operation() == Operation.INSERT))
                && history.stream().noneMatch(c -> c.operation() == Operation.DELETE);
        Optional<Map<String, Object>> current = replica.row(w, table, rowId);
        if (!exists) {
            if (current.isPresent()) {
                replica.delete(w, table, rowId);
            }
            return;
        }
        Map<String, Object> row = new LinkedHashMap<>(base.orElse(Map.of()));
        history.stream().sorted(Change.ORDER).forEach(c -> row.putAll(c.fields()));
        row.remove("id");
        if (current.isPresent()) {
            replica.update(w, table, rowId, row);
        } else {
            row.put("id", rowId.toString());
            replica.insert(w, table, row);
        }
    }

    /** The fields of {@code change} that no change in the history set later. */
    private static Map<String, Object> winningFields(List<Change> history, Change change) {
        Map<String, Object> won = new LinkedHashMap<>();
        change.fields().forEach((column, value) -> {
            boolean beaten = history.stream().anyMatch(c -> c.operation() != Operation.DELETE
                    && c.fields().containsKey(column) && Change.ORDER.compare(c, change) > 0);
            if (!beaten && !"id".equals(column)) {
                won.put(column, value);
            }
        });
        return won;
    }

    /** The row as its changes make it: each field from the last change that set it. */
    private static Map<String, Object> rowFrom(List<Change> changes) {
        Map<String, Object> row = new LinkedHashMap<>();
        changes.stream().filter(c -> c.operation() != Operation.DELETE).sorted(Change.ORDER)
                .forEach(c -> row.putAll(c.fields()));
        row.put("id", changes.get(changes.size() - 1).rowId().toString());
        return row;
    }
}
