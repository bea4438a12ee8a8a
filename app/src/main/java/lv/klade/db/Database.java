package lv.klade.db;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import lv.klade.i18n.Problem;
import lv.klade.i18n.UserError;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

import static lv.klade.db.generated.Tables.INSTALLATION;

/** An open journal: the H2 file, migrated to this build's schema, with a pool of connections. */
public final class Database implements AutoCloseable {
    private static final int MAX_CONNECTIONS = 8;

    private final JournalFile file;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final UUID installationId;
    private boolean durable = true;

    private Database(JournalFile file, JdbcConnectionPool pool, UUID installationId) {
        this.file = file;
        this.pool = pool;
        this.dsl = DSL.using(pool, SQLDialect.H2, new Settings().withExecuteLogging(false));
        this.installationId = installationId;
    }

    /** Opens an existing journal, migrating it if an older build made it. */
    public static Database open(Path named, Clock clock) {
        if (JournalFile.namesForeignFile(named)) {
            throw UserError.of("db.notJournal", named);
        }
        JournalFile file = JournalFile.of(named);
        if (!file.exists()) {
            throw UserError.of("db.missing", file.file());
        }
        return connect(file, true, clock);
    }

    /**
     * Tests only: opens an existing journal whose commits are not forced to disk ({@link #sync} does
     * nothing), for tests that commit thousands of transactions and never kill the process. Never
     * use it for a real journal: a power cut could lose what Klade reported as saved.
     */
    public static Database openForTestsWithoutSync(Path named, Clock clock) {
        Database database = open(named, clock);
        database.durable = false;
        return database;
    }

    /** Creates a new, empty journal; refuses to overwrite one that exists. */
    public static Database create(Path named, Clock clock) {
        JournalFile file = JournalFile.of(named);
        if (file.exists() || Files.exists(named)) {
            throw UserError.of("db.exists", file.file());
        }
        try {
            Files.createDirectories(file.base().getParent());
        } catch (IOException e) {
            throw new UserError(Problem.of("db.cannotCreate", file.file(), e.getMessage()), e);
        }
        return connect(file, false, clock);
    }

    /** Opens the journal, creating it when it does not exist yet. */
    public static Database openOrCreate(Path named, Clock clock) {
        return JournalFile.of(named).exists() ? open(named, clock) : create(named, clock);
    }

    private static Database connect(JournalFile file, boolean mustExist, Clock clock) {
        JdbcConnectionPool pool = pool(file, mustExist);
        try {
            probe(pool, file);
            if (migrate(pool, file, mustExist) > 0 && mustExist) {
                // An upgrade may rewrite whole tables (V035 rewrote the change log), and H2 keeps the old
                // copies' space in the file: a year's journal grew from 260 MB to 1.2 GB. Give it back once,
                // now; that took 5 s for that journal.
                pool.dispose();
                shutdownCompact(file);
                pool = pool(file, true);
            }
            UUID installation = installationId(pool, clock);
            return new Database(file, pool, installation);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    private static JdbcConnectionPool pool(JournalFile file, boolean mustExist) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(file.jdbcUrl(mustExist), "sa", "");
        pool.setMaxConnections(MAX_CONNECTIONS);
        return pool;
    }

    private static void probe(DataSource pool, JournalFile file) {
        try (Connection ignored = pool.getConnection()) {
            // Opening the first connection is where H2 finds a lock or a foreign file.
        } catch (SQLException e) {
            throw translate(e, file);
        }
    }

    private static UserError translate(SQLException e, JournalFile file) {
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new UserError(Problem.of("db.inUse", file.file()), e);
            case ErrorCode.DATABASE_NOT_FOUND_1, ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1 ->
                    new UserError(Problem.of("db.missing", file.file()), e);
            default -> new UserError(Problem.of("db.notJournal", file.file()), e);
        };
    }

    /** Brings the journal to this build's schema; returns how many migrations that took. */
    private static int migrate(DataSource pool, JournalFile file, boolean mustExist) {
        Flyway flyway = Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .load();
        try {
            if (mustExist && flyway.info().current() == null) {
                // An H2 file with no history of Klade's migrations is somebody else's database.
                throw UserError.of("db.notJournal", file.file());
            }
            return flyway.migrate().migrationsExecuted;
        } catch (FlywayException e) {
            throw new UserError(Problem.of("db.notJournal", file.file()), e);
        }
    }

    private static UUID installationId(DataSource pool, Clock clock) {
        DSLContext dsl = DSL.using(pool, SQLDialect.H2);
        UUID existing = dsl.select(INSTALLATION.ID).from(INSTALLATION).limit(1).fetchOne(INSTALLATION.ID);
        if (existing != null) {
            return existing;
        }
        UUID id = Ids.next();
        // The PC's own identity is not journal content: it is made here, once, and never synced.
        dsl.insertInto(INSTALLATION)
                .set(INSTALLATION.ID, id)
                .set(INSTALLATION.NAME, hostName())
                .set(INSTALLATION.ROLE, "standalone")
                .set(INSTALLATION.CREATED_AT, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .execute();
        dsl.execute("CHECKPOINT SYNC");
        return id;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "klade";
        }
    }

    public DSLContext dsl() {
        return dsl;
    }

    public UUID installationId() {
        return installationId;
    }

    public JournalFile file() {
        return file;
    }

    /** Forces everything committed so far onto the disk. */
    void sync() {
        if (durable) {
            dsl.execute("CHECKPOINT SYNC");
        }
    }

    /**
     * Rewrites the file without the space old versions of rows left behind, and closes the journal.
     * For after a bulk write such as the demo year; ordinary saves reuse that space over time.
     */
    public void compact() {
        pool.dispose();
        shutdownCompact(file);
    }

    /** Rewrites the closed journal's file without unused space; the statement closes the database. */
    private static void shutdownCompact(JournalFile file) {
        // A connection of its own, outside any pool: the statement closes the database under it.
        try (Connection connection = DriverManager.getConnection(file.jdbcUrl(true), "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw new UserError(Problem.of("db.cannotCreate", file.file(), e.getMessage()), e);
        }
    }

    /** Removes a journal that could not be made whole; call after {@link #close}. */
    public void deleteFiles() {
        try {
            Files.deleteIfExists(file.file());
            Files.deleteIfExists(file.base().resolveSibling(file.base().getFileName() + ".trace.db"));
        } catch (IOException e) {
            throw new UserError(Problem.of("db.cannotCreate", file.file(), e.getMessage()), e);
        }
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
