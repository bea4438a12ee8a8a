package lv.klade.db;

import java.time.Clock;
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

    public JournalStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Runs {@code work} in one transaction; a {@code UserError} thrown inside leaves nothing written. */
    public <T> T write(Actor actor, Function<Writes, T> work) {
        T result = database.dsl().transactionResult(configuration -> {
            Writes writes = new Writes(configuration.dsl(), actor, database.installationId(), clock);
            T value = work.apply(writes);
            writes.flush();
            return value;
        });
        database.sync();
        return result;
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
