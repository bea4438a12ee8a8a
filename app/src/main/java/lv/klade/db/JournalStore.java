package lv.klade.db;

import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * The one write path. A service validates, then calls {@link #write}: the rows and their change
 * records are written in one transaction, and the file is synced before the call returns, so a
 * change reported as saved survives a killed process or a power cut.
 */
public final class JournalStore {
    private final Database database;
    private final Clock clock;
    private final Map<String, AtomicLong> versions = new ConcurrentHashMap<>();

    public JournalStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Runs {@code work} in one transaction; a {@code UserError} thrown inside leaves nothing written. */
    public <T> T write(Actor actor, Function<Writes, T> work) {
        Set<String> tables = new HashSet<>();
        T result = database.dsl().transactionResult(configuration -> {
            Writes writes = new Writes(configuration.dsl(), actor, database.installationId(), clock);
            T value = work.apply(writes);
            writes.flush();
            tables.addAll(writes.tables());
            return value;
        });
        // Committed: caches must read again even if the sync below fails.
        tables.forEach(table -> versions.computeIfAbsent(table, t -> new AtomicLong()).incrementAndGet());
        database.sync();
        database.committed(tables);
        return result;
    }

    /**
     * How many committed writes of this journal have changed a table (by its lower-case name) since it
     * was opened: a cache of rows that rarely change (the school's settings) is still good while this
     * number is the one it was read at. Read it before the rows, so a write in between is never missed.
     */
    public long version(String table) {
        AtomicLong version = versions.get(table);
        return version == null ? 0 : version.get();
    }

    /**
     * Runs {@code work} in a transaction that is always rolled back: what a write would do, without
     * doing it (the Sync view's preview of a package). Nothing is written and nothing is synced.
     */
    public <T> T tryOut(Actor actor, Function<Writes, T> work) {
        try {
            database.dsl().transaction(configuration -> {
                Writes writes = new Writes(configuration.dsl(), actor, database.installationId(), clock);
                Object value = work.apply(writes);
                writes.flush();
                throw new RolledBack(value);
            });
        } catch (RolledBack done) {
            @SuppressWarnings("unchecked")
            T value = (T) done.value;
            return value;
        }
        throw new IllegalStateException("The tried-out transaction was not rolled back");
    }

    /** Carries a tried-out result out of the transaction it rolls back. */
    private static final class RolledBack extends RuntimeException {
        private final transient Object value;

        RolledBack(Object value) {
            super(null, null, false, false);
            this.value = value;
        }
    }

    /** Like {@link #write}, for work that returns nothing. */
    public void run(Actor actor, Consumer<Writes> work) {
        write(actor, writes -> {
            work.accept(writes);
            return null;
        });
    }

    /** For queries: repositories read through this context, never write. */
    /**
     * Copies the open journal's file, whole and as of one moment, to {@code target}: H2's online
     * backup, which writes a ZIP holding the file as it is on disk (still encrypted).
     */
    public void copyFileTo(java.nio.file.Path target) {
        try {
            java.nio.file.Path zip = java.nio.file.Files.createTempFile(target.toAbsolutePath().getParent(),
                    ".klade-copy-", ".zip");
            try {
                java.nio.file.Files.delete(zip);
                dsl().execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'");
                try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
                        java.nio.file.Files.newInputStream(zip))) {
                    for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                        if (e.getName().endsWith(".mv.db")) {
                            java.nio.file.Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                            return;
                        }
                    }
                }
                throw new java.io.IOException("the backup holds no journal file");
            } finally {
                java.nio.file.Files.deleteIfExists(zip);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public DSLContext dsl() {
        return database.dsl();
    }

    public Clock clock() {
        return clock;
    }

    public Database database() {
        return database;
    }
}
