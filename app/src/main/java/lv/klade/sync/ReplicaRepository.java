package lv.klade.sync;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import lv.klade.db.JournalStore;
import lv.klade.db.Writes;
import lv.klade.db.generated.DefaultSchema;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.DataTypeException;

/**
 * Generic access to the synced tables by name, through jOOQ's generated metadata, so a table a
 * feature adds in a migration syncs without any code here. A table is synced when it has a UUID
 * {@code id} key and is not one of this PC's own tables ({@link #LOCAL_TABLES}, or named
 * {@code sync_*}). Values arrive as JSON and are converted to each column's Java type.
 */
final class ReplicaRepository {
    /** This PC's own state: never synced, never in a package or an enrolment file. */
    static final Set<String> LOCAL_TABLES = Set.of("installation", "change_log", "login_guard",
            "flyway_schema_history");

    private final JournalStore store;
    private final Map<String, Table<?>> synced;

    ReplicaRepository(JournalStore store) {
        this.store = store;
        this.synced = syncedTables();
    }

    /** The synced tables by lower-case name, parents before the tables that refer to them. */
    private static Map<String, Table<?>> syncedTables() {
        Map<String, Table<?>> byName = new TreeMap<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            String name = name(table);
            Field<?> id = table.field("ID");
            if (!LOCAL_TABLES.contains(name) && !name.startsWith("sync_") && id != null && id.getType() == UUID.class) {
                byName.put(name, table);
            }
        }
        Map<String, Table<?>> ordered = new LinkedHashMap<>();
        while (ordered.size() < byName.size()) {
            int before = ordered.size();
            for (Map.Entry<String, Table<?>> e : byName.entrySet()) {
                if (!ordered.containsKey(e.getKey()) && parentsPlaced(e.getValue(), byName, ordered)) {
                    ordered.put(e.getKey(), e.getValue());
                }
            }
            if (ordered.size() == before) {
                // A cycle of references: the rest in name order; inserts then rely on their own order.
                byName.forEach(ordered::putIfAbsent);
            }
        }
        return ordered;
    }

    private static boolean parentsPlaced(Table<?> table, Map<String, Table<?>> all, Map<String, Table<?>> placed) {
        for (ForeignKey<?, ?> key : table.getReferences()) {
            String parent = name(key.getKey().getTable());
            if (!parent.equals(name(table)) && all.containsKey(parent) && !placed.containsKey(parent)) {
                return false;
            }
        }
        return true;
    }

    private static String name(Table<?> table) {
        return table.getName().toLowerCase(Locale.ROOT);
    }

    List<String> syncedTableNames() {
        return List.copyOf(synced.keySet());
    }

    boolean isSynced(String table) {
        return synced.containsKey(table);
    }

    /** The names among {@code columns} that the table does not have. */
    Set<String> unknownColumns(String table, Set<String> columns) {
        Set<String> unknown = new LinkedHashSet<>();
        for (String column : columns) {
            if (field(synced.get(table), column) == null) {
                unknown.add(column);
            }
        }
        return unknown;
    }

    /** Whether every value converts to its column's type. */
    boolean convertible(String table, Map<String, Object> values) {
        try {
            converted(synced.get(table), values);
            return true;
        } catch (DataTypeException | IllegalArgumentException | java.time.DateTimeException e) {
            return false;
        }
    }

    Optional<Map<String, Object>> row(String table, UUID id) {
        return row(store.dsl(), table, id);
    }

    Optional<Map<String, Object>> row(Writes w, String table, UUID id) {
        return row(w.dsl(), table, id);
    }

    private Optional<Map<String, Object>> row(DSLContext dsl, String table, UUID id) {
        Table<?> t = synced.get(table);
        if (t == null) {
            return Optional.empty();
        }
        return dsl.selectFrom(t).where(idField(t).eq(id)).fetchOptional().map(ReplicaRepository::values);
    }

    /** Those of the rows with these ids that exist, by id, read a thousand at a time. */
    Map<UUID, Map<String, Object>> rows(Writes w, String table, java.util.Collection<UUID> ids) {
        Table<?> t = synced.get(table);
        Map<UUID, Map<String, Object>> found = new java.util.HashMap<>();
        List<UUID> all = List.copyOf(ids);
        for (int i = 0; t != null && i < all.size(); i += 1_000) {
            w.dsl().selectFrom(t).where(idField(t).in(all.subList(i, Math.min(all.size(), i + 1_000)))).fetch()
                    .forEach(r -> found.put(r.get(idField(t)), values(r)));
        }
        return found;
    }

    /** The rows as they stand inside the import's transaction, for the rights rules. */
    RowReader reader(Writes w) {
        return new RowReader() {
            @Override
            public Optional<Map<String, Object>> row(String table, UUID id) {
                return ReplicaRepository.this.row(w.dsl(), table, id);
            }

            @Override
            public boolean exists(String table, Map<String, Object> equal) {
                return ReplicaRepository.this.exists(w, table, equal);
            }
        };
    }

    private boolean exists(Writes w, String table, Map<String, Object> equal) {
        Table<?> t = synced.get(table);
        return t != null && w.dsl().fetchExists(t, converted(t, equal).entrySet().stream()
                .map(e -> equalTo(e.getKey(), e.getValue())).toList());
    }

    @SuppressWarnings("unchecked")
    private static org.jooq.Condition equalTo(Field<?> field, Object value) {
        return value == null ? field.isNull() : ((Field<Object>) field).eq(value);
    }

    void insert(Writes w, String table, Map<String, Object> values) {
        Table<?> t = synced.get(table);
        w.dsl().insertInto(t).set(converted(t, values)).execute();
    }

    /**
     * Inserts the row with the next batch of the transaction's writes, and returns it as a read would
     * find it then; empty when that cannot be told here (a column left out that the database fills).
     */
    Optional<Map<String, Object>> insertBatched(Writes w, String table, Map<String, Object> values) {
        Table<?> t = synced.get(table);
        Record r = w.newRecord(t);
        Map<Field<?>, Object> typed = converted(t, values);
        typed.forEach((f, v) -> set(r, f, v));
        w.insertAsRecorded((TableRecord<?>) r);
        Map<String, Object> row = new LinkedHashMap<>();
        for (Field<?> f : t.fields()) {
            if (!typed.containsKey(f) && f.getDataType().defaulted()) {
                return Optional.empty();
            }
            row.put(f.getName().toLowerCase(Locale.ROOT), typed.get(f));
        }
        return Optional.of(row);
    }

    /** The row after an update of these fields, as a read would find it; {@code before} is the row read before. */
    Map<String, Object> updated(String table, Map<String, Object> before, Map<String, Object> values) {
        Map<String, Object> row = new LinkedHashMap<>(before);
        converted(synced.get(table), values).forEach((f, v) -> row.put(f.getName().toLowerCase(Locale.ROOT), v));
        return row;
    }

    void update(Writes w, String table, UUID id, Map<String, Object> values) {
        Table<?> t = synced.get(table);
        w.dsl().update(t).set(converted(t, values)).where(idField(t).eq(id)).execute();
    }

    void delete(Writes w, String table, UUID id) {
        Table<?> t = synced.get(table);
        w.dsl().deleteFrom(t).where(idField(t).eq(id)).execute();
    }

    /**
     * Runs {@code work} so that when the database refuses it (a broken reference, a duplicate
     * value) only its own writes are undone: returns the database's reason, or empty when it worked.
     */
    Optional<String> attempt(Writes w, Runnable work) {
        try {
            w.dsl().transaction(nested -> work.run());
            return Optional.empty();
        } catch (DataAccessException e) {
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }

    /** Every row of every synced table as JSON values, parents first. */
    static Map<String, List<Map<String, Object>>> snapshot(DSLContext dsl, Map<String, Table<?>> tables) {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        tables.forEach((name, table) -> rows.put(name, dsl.selectFrom(table).orderBy(idField(table)).fetch()
                .map(r -> {
                    Map<String, Object> json = new LinkedHashMap<>();
                    values(r).forEach((column, value) -> json.put(column, Json.plain(value)));
                    return json;
                })));
        return rows;
    }

    Map<String, List<Map<String, Object>>> snapshot(DSLContext dsl) {
        return snapshot(dsl, synced);
    }

    /** Inserts the rows of a snapshot, parents first; tables this build does not have are skipped. */
    void load(DSLContext dsl, Map<String, List<Map<String, Object>>> rows) {
        for (Map.Entry<String, Table<?>> e : synced.entrySet()) {
            List<TableRecord<?>> records = new ArrayList<>();
            for (Map<String, Object> row : rows.getOrDefault(e.getKey(), List.of())) {
                Record r = dsl.newRecord(e.getValue());
                converted(e.getValue(), row).forEach((f, v) -> set(r, f, v));
                records.add((TableRecord<?>) r);
            }
            for (int i = 0; i < records.size(); i += 2_000) {
                dsl.batchInsert(records.subList(i, Math.min(records.size(), i + 2_000))).execute();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void set(Record r, Field<T> field, Object value) {
        r.set(field, (T) value);
    }

    /** True when no synced table has a row and the change log is empty: a journal fit to join a school. */
    boolean isEmpty(DSLContext dsl) {
        for (Table<?> t : synced.values()) {
            if (dsl.fetchExists(t)) {
                return false;
            }
        }
        return !dsl.fetchExists(lv.klade.db.generated.Tables.CHANGE_LOG);
    }

    /** What an enrolment file carries of the school: rows, their history, and how far the log went. */
    record Snapshot(Map<String, List<Map<String, Object>>> rows, List<Change> history, long maxSeq) {
    }

    /** Records the new PC and reads the school as it is, in one transaction so both agree. */
    Snapshot enrol(Peer pc, List<UUID> serves) {
        return store.dsl().transactionResult(configuration -> {
            DSLContext dsl = configuration.dsl();
            long maxSeq = SyncRepository.maxSeq(dsl);
            SyncRepository.insertPeer(dsl, new Peer(pc.id(), pc.name(), pc.role(), pc.publicKey(), pc.enrolledAt(),
                    false, 0, maxSeq, pc.boxPublicKey()));
            SyncRepository.serve(dsl, pc.id(), serves);
            return new Snapshot(snapshot(dsl), SyncRepository.history(dsl, synced.keySet()), maxSeq);
        });
    }

    /** Makes an empty journal a spoke of the school; false (and nothing written) when it is not empty. */
    boolean join(EnrolmentFile.Contents contents) {
        return store.dsl().transactionResult(configuration -> {
            DSLContext dsl = configuration.dsl();
            if (!isEmpty(dsl)) {
                return false;
            }
            SyncRepository.becomeSpoke(dsl, contents.pc());
            SyncRepository.insertPeer(dsl, contents.central());
            load(dsl, contents.rows());
            SyncRepository.insertHistory(dsl, contents.history());
            return true;
        });
    }

    Map<String, Table<?>> tables() {
        return synced;
    }

    /** Every table of the journal, local ones too, as sorted lines of text: for tests that compare copies. */
    Map<String, List<String>> dump(boolean withLocal) {
        Map<String, List<String>> dump = new TreeMap<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            String name = name(table);
            if (withLocal ? !name.equals("flyway_schema_history") : synced.containsKey(name)) {
                dump.put(name, store.dsl().selectFrom(table).fetch().stream()
                        .map(r -> new TreeMap<>(values(r)).toString()).sorted().toList());
            }
        }
        return dump;
    }

    private static Map<String, Object> values(Record r) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field<?> f : r.fields()) {
            values.put(f.getName().toLowerCase(Locale.ROOT), r.get(f));
        }
        return values;
    }

    private static Map<Field<?>, Object> converted(Table<?> table, Map<String, Object> values) {
        Map<Field<?>, Object> converted = new LinkedHashMap<>();
        values.forEach((column, value) -> {
            Field<?> f = field(table, column);
            if (f == null) {
                throw new IllegalArgumentException("No column " + column + " in " + table.getName());
            }
            converted.put(f, convert(f, value));
        });
        return converted;
    }

    private static Object convert(Field<?> field, Object value) {
        if (value == null) {
            return null;
        }
        if (field.getType() == OffsetDateTime.class && value instanceof String text) {
            return OffsetDateTime.parse(text);
        }
        if (field.getType() == UUID.class && value instanceof String text) {
            return UUID.fromString(text);
        }
        Object converted = field.getDataType().convert(value);
        if (converted == null) {
            throw new IllegalArgumentException("Cannot read " + value + " as " + field.getType().getSimpleName());
        }
        return converted;
    }

    private static Field<?> field(Table<?> table, String column) {
        return table == null ? null : table.field(column.toUpperCase(Locale.ROOT));
    }

    @SuppressWarnings("unchecked")
    private static Field<UUID> idField(Table<?> table) {
        return (Field<UUID>) table.field("ID");
    }
}
