package lv.klade.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import lv.klade.db.generated.tables.records.ChangeLogRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableRecord;

/**
 * The writes of one transaction. Each insert, update or delete of a row appends exactly one change
 * record: the table, the row, the changed fields with their new values, who, which PC and when.
 * Inserts are batched; anything that reads or changes existing rows sends the batch first.
 */
public final class Writes {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 2_000;

    private final DSLContext dsl;
    private final Actor actor;
    private final UUID installationId;
    private final Clock clock;
    private final List<TableRecord<?>> pendingRows = new ArrayList<>();
    private final List<ChangeLogRecord> pendingChanges = new ArrayList<>();
    private final Set<String> tables = new HashSet<>();

    Writes(DSLContext dsl, Actor actor, UUID installationId, Clock clock) {
        this.dsl = dsl;
        this.actor = actor;
        this.installationId = installationId;
        this.clock = clock;
    }

    /** The transaction's context, for reads that validate; pending inserts are sent first. */
    public DSLContext dsl() {
        flush();
        return dsl;
    }

    /** A new, empty record of the table, attached to this transaction; makes no statement. */
    public <R extends org.jooq.Record> R newRecord(Table<R> table) {
        return dsl.newRecord(table);
    }

    public Actor actor() {
        return actor;
    }

    public Clock clock() {
        return clock;
    }

    /** Whether this transaction has changed the table (lower-case name), so reads of it must go through it. */
    public boolean changed(String table) {
        return tables.contains(table);
    }

    Set<String> tables() {
        return tables;
    }

    /** Inserts a new row; the record must carry its {@code ID}. */
    public <R extends TableRecord<R>> void insert(R row) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field<?> field : row.fields()) {
            if (row.changed(field) && row.get(field) != null) {
                values.put(column(field), row.get(field));
            }
        }
        UUID id = row.get(idField(row.getTable()));
        if (id == null) {
            throw new IllegalArgumentException("A row needs its ID before it is inserted: " + row.getTable().getName());
        }
        pendingRows.add(row);
        pendingChanges.add(change(row.getTable(), id, "insert", values));
        if (pendingRows.size() >= BATCH) {
            flush();
        }
    }

    /** Sets the given fields of one row; a row that does not exist is an error. */
    public void update(Table<?> table, UUID id, Map<Field<?>, ?> values) {
        flush();
        Map<String, Object> changed = new LinkedHashMap<>();
        values.forEach((field, value) -> changed.put(column(field), value));
        int rows = dsl.update(table).set(values).where(idField(table).eq(id)).execute();
        if (rows != 1) {
            throw new IllegalStateException("No row " + id + " in " + table.getName());
        }
        dsl.executeInsert(change(table, id, "update", changed));
    }

    /** Deletes one row. */
    public void delete(Table<?> table, UUID id) {
        flush();
        int rows = dsl.deleteFrom(table).where(idField(table).eq(id)).execute();
        if (rows != 1) {
            throw new IllegalStateException("No row " + id + " in " + table.getName());
        }
        dsl.executeInsert(change(table, id, "delete", Map.of()));
    }

    /**
     * Appends a change made on another PC exactly as it was made there: its id, author, PC and time
     * stay, only the sequence number is this journal's. Sync calls it after writing the row itself
     * (or, for a change that lost a conflict, instead of writing it), so the history keeps both.
     */
    public void record(ChangeRecord made) {
        ChangeLogRecord change = new ChangeLogRecord();
        change.setId(made.id());
        change.setTableName(made.table());
        tables.add(made.table());
        change.setRowId(made.rowId());
        change.setOperation(made.operation());
        change.setFields(made.fields());
        change.setUserId(made.userId());
        change.setInstallationId(made.installationId());
        change.setMadeAt(OffsetDateTime.ofInstant(made.madeAt(), ZoneOffset.UTC));
        // Sent with the pending inserts: an import of thousands of changes writes its log in batches.
        pendingChanges.add(change);
        if (pendingChanges.size() >= BATCH) {
            flush();
        }
    }

    /**
     * Inserts a row exactly as a change made on another PC made it, batched like {@link #insert}; the
     * change record is that change's own, which sync appends by {@link #record}.
     */
    public void insertAsRecorded(TableRecord<?> row) {
        tables.add(row.getTable().getName().toLowerCase(Locale.ROOT));
        pendingRows.add(row);
        if (pendingRows.size() >= BATCH) {
            flush();
        }
    }

    /** Sends the pending inserts and their change records. */
    public void flush() {
        if (pendingRows.isEmpty() && pendingChanges.isEmpty()) {
            return;
        }
        // Cleared even when the database refuses a row: the caller rolls back, and nothing is sent twice.
        try {
            // jOOQ's batch groups rows by statement, which may reorder tables: a child row could then
            // reach the database before its parent. Send each run of one table's rows in order instead.
            int start = 0;
            for (int i = 1; i <= pendingRows.size(); i++) {
                if (i == pendingRows.size()
                        || !pendingRows.get(i).getTable().equals(pendingRows.get(start).getTable())) {
                    insert(pendingRows.subList(start, i));
                    start = i;
                }
            }
            if (!pendingChanges.isEmpty()) {
                insert(pendingChanges);
            }
        } finally {
            pendingRows.clear();
            pendingChanges.clear();
        }
    }

    /** One table's rows: a single row as a plain insert (a teacher's one grade), more as a batch. */
    private void insert(List<? extends TableRecord<?>> rows) {
        if (rows.size() == 1) {
            TableRecord<?> row = rows.getFirst();
            dsl.insertInto(row.getTable()).set(row).execute();
        } else {
            dsl.batchInsert(rows).execute();
        }
    }

    private ChangeLogRecord change(Table<?> table, UUID rowId, String operation, Map<String, Object> values) {
        ChangeLogRecord change = new ChangeLogRecord();
        change.setId(Ids.next());
        change.setTableName(table.getName().toLowerCase(Locale.ROOT));
        tables.add(change.getTableName());
        change.setRowId(rowId);
        change.setOperation(operation);
        change.setFields(json(values));
        change.setUserId(actor.userId());
        change.setInstallationId(installationId);
        change.setMadeAt(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        return change;
    }

    private static String json(Map<String, Object> values) {
        Map<String, Object> plain = new LinkedHashMap<>();
        values.forEach((name, value) -> plain.put(name, plain(value)));
        try {
            return JSON.writeValueAsString(plain);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A change could not be written as JSON", e);
        }
    }

    private static Object plain(Object value) {
        if (value instanceof UUID || value instanceof TemporalAccessor) {
            return value.toString();
        }
        return value;
    }

    private static String column(Field<?> field) {
        return field.getName().toLowerCase(Locale.ROOT);
    }

    @SuppressWarnings("unchecked")
    private static Field<UUID> idField(Table<? extends Record> table) {
        Field<?> id = table.field("ID");
        if (id == null || id.getType() != UUID.class) {
            throw new IllegalArgumentException("Table " + table.getName() + " has no UUID key");
        }
        return (Field<UUID>) id;
    }
}
