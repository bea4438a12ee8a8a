package lv.klade.db;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
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

/**
 * An open journal: the H2 file, encrypted with its {@link JournalKey} and migrated to this build's
 * schema, with a pool of connections. Its {@link Keyring} follows its accounts: after every commit
 * that changed an account (and at every opening) it is written anew from the journal's own rows.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    private static final int MAX_CONNECTIONS = 8;
    /** The tables whose rows the keyring is made from: the accounts, the school's name, the demo mark. */
    private static final Set<String> KEYRING_TABLES = Set.of("staff", "school", "school_setting");

    private final JournalFile file;
    private final JournalKey key;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final UUID installationId;
    private boolean durable = true;
    private boolean closed;

    private Database(JournalFile file, JournalKey key, JdbcConnectionPool pool, UUID installationId) {
        this.file = file;
        this.key = key;
        this.pool = pool;
        this.dsl = DSL.using(pool, SQLDialect.H2, new Settings().withExecuteLogging(false));
        this.installationId = installationId;
    }

    /**
     * Opens an existing journal with its key (from {@link Keyring#unlock}), migrating it if an older
     * build made it. A journal made before journals were encrypted must first go through
     * {@link JournalEncryption#encryptIfPlain}.
     */
    public static Database open(Path named, JournalKey key, Clock clock) {
        if (JournalFile.namesForeignFile(named)) {
            throw UserError.of("db.notJournal", named);
        }
        JournalFile file = JournalFile.of(named);
        if (!file.exists()) {
            throw UserError.of("db.missing", file.file());
        }
        if (!file.isEncrypted()) {
            throw UserError.of("db.notJournal", file.file());
        }
        Database database = connect(file, key, true, clock);
        database.refreshKeyring();
        return database;
    }

    /**
     * Tests only: opens an existing journal whose commits are not forced to disk ({@link #sync} does
     * nothing), for tests that commit thousands of transactions and never kill the process. Never
     * use it for a real journal: a power cut could lose what Klade reported as saved.
     */
    public static Database openForTestsWithoutSync(Path named, JournalKey key, Clock clock) {
        Database database = open(named, key, clock);
        database.durable = false;
        return database;
    }

    /**
     * Benchmarks only: opens a journal decrypted to a plain file (as {@code JournalEncryption} never
     * leaves one), to measure what the cipher costs against the same journal without it.
     */
    static Database openUnencryptedForBenchmark(Path named, Clock clock) {
        return connect(JournalFile.of(named), null, true, clock);
    }

    /**
     * Creates a new, empty journal with a new key, in place; refuses to overwrite one that exists. Its
     * keyring has no entry until an account with a password is written: whoever creates a journal
     * either writes one or keeps {@link #key()} to open it again.
     */
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
        Database database = connect(file, JournalKey.random(), false, clock);
        database.refreshKeyring();
        return database;
    }

    /**
     * Makes a new journal at {@code named} by {@code work}, built aside in a hidden folder beside it and
     * moved into place only once whole: a process killed meanwhile leaves no journal that later opens
     * as "not a journal", only the hidden folder, which the next build there removes. {@code work} may
     * {@link #compact} the journal; it is closed when work returns.
     */
    public static <T> T build(Path named, Clock clock, Function<Database, T> work) {
        JournalFile target = JournalFile.of(named);
        if (target.exists() || Files.exists(named)) {
            throw UserError.of("db.exists", target.file());
        }
        Path folder = target.base().getParent();
        String name = target.base().getFileName().toString();
        Path aside;
        try {
            Files.createDirectories(folder);
            removeUnfinished(folder, name);
            aside = Files.createTempDirectory(folder, "." + name + BUILDING);
        } catch (IOException e) {
            throw new UserError(Problem.of("db.cannotCreate", target.file(), e.getMessage()), e);
        }
        JournalFile built = JournalFile.of(aside.resolve(name));
        try {
            T value;
            try (Database database = create(built.base(), clock)) {
                value = work.apply(database);
                if (!database.closed) {
                    // Work that wrote around the write path (joining copies a school in whole) is followed here.
                    database.refreshKeyring();
                }
            }
            // The keyring first: the journal file is what makes the journal exist.
            Files.move(Keyring.path(built), Keyring.path(target), StandardCopyOption.ATOMIC_MOVE);
            Files.move(built.file(), target.file(), StandardCopyOption.ATOMIC_MOVE);
            return value;
        } catch (IOException e) {
            throw new UserError(Problem.of("db.cannotCreate", target.file(), e.getMessage()), e);
        } finally {
            deleteTree(aside);
        }
    }

    private static final String BUILDING = ".building-";

    /** Folders a build left when its process was killed. */
    private static void removeUnfinished(Path folder, String name) throws IOException {
        try (var siblings = Files.list(folder)) {
            siblings.filter(p -> p.getFileName().toString().startsWith("." + name + BUILDING)
                    && Files.isDirectory(p)).forEach(Database::deleteTree);
        }
    }

    /** Removes a folder and what is in it, as far as it can: what is left stays hidden until tidied again. */
    static void deleteTree(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Nothing to tidy, or it stays hidden until the next build here removes it.
        }
    }

    private static Database connect(JournalFile file, JournalKey key, boolean mustExist, Clock clock) {
        JdbcConnectionPool pool = pool(file, key, mustExist);
        try {
            probe(pool, file);
            if (migrate(pool, file, mustExist) > 0 && mustExist) {
                // An upgrade may rewrite whole tables (V035 rewrote the change log), and H2 keeps the old
                // copies' space in the file: a year's journal grew from 260 MB to 1.2 GB. Give it back once,
                // now; that took 5 s for that journal.
                pool.dispose();
                shutdownCompact(file, key);
                pool = pool(file, key, true);
            }
            UUID installation = installationId(pool, clock);
            return new Database(file, key, pool, installation);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    private static JdbcConnectionPool pool(JournalFile file, JournalKey key, boolean mustExist) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(file, key, mustExist), "sa", password(key));
        pool.setMaxConnections(MAX_CONNECTIONS);
        return pool;
    }

    /** H2's password for an encrypted file: the file password, a space, then the (empty) user password. */
    private static String password(JournalKey key) {
        return key == null ? "" : new String(key.filePassword()) + " ";
    }

    /** No key only for {@link #openUnencryptedForBenchmark}. */
    private static String url(JournalFile file, JournalKey key, boolean mustExist) {
        return key == null ? file.plainJdbcUrl(mustExist) : file.jdbcUrl(mustExist);
    }

    static void probe(DataSource pool, JournalFile file) {
        try (Connection ignored = pool.getConnection()) {
            // Opening the first connection is where H2 finds a lock or a foreign file.
        } catch (SQLException e) {
            throw translate(e, file);
        }
    }

    static UserError translate(SQLException e, JournalFile file) {
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new UserError(Problem.of("db.inUse", file.file()), e);
            case ErrorCode.DATABASE_NOT_FOUND_1, ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1 ->
                    new UserError(Problem.of("db.missing", file.file()), e);
            default -> new UserError(Problem.of("db.notJournal", file.file()), e);
        };
    }

    /** Brings the journal to this build's schema; returns how many migrations that took. */
    static int migrate(DataSource pool, JournalFile file, boolean mustExist) {
        Flyway flyway = Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .load();
        try {
            if (mustExist && flyway.info().current() == null) {
                // An H2 file with no history of Klade's migrations is somebody else's database.
                throw UserError.of("db.notJournal", file.file());
            }
            var result = flyway.migrate();
            if (result.migrationsExecuted > 0) {
                LOG.log(Level.INFO, "Journal {0} migrated from version {1} to {2} ({3} migrations)", new Object[] {
                        file.file().getFileName(), result.initialSchemaVersion, result.targetSchemaVersion,
                        result.migrationsExecuted});
            }
            return result.migrationsExecuted;
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

    /** The key the journal is encrypted with: whoever holds it may open the journal again. */
    public JournalKey key() {
        return key;
    }

    /** After a commit: the keyring follows the accounts when one of its tables changed. */
    void committed(Set<String> tables) {
        if (!closed && key != null && tables.stream().anyMatch(KEYRING_TABLES::contains)) {
            refreshKeyring();
        }
    }

    /** Writes the keyring anew from the journal's accounts, keeping the wrong-password counts. */
    private void refreshKeyring() {
        Map<String, Keyring.Guard> guards = Files.isRegularFile(Keyring.path(file))
                ? guardsOf(file) : Map.of();
        KeyringAccounts.Read read = KeyringAccounts.read(dsl);
        Keyring.of(key, read.accounts(), read.title(), read.demo(), guards).save(file);
    }

    private static Map<String, Keyring.Guard> guardsOf(JournalFile file) {
        try {
            return Keyring.read(file).guards();
        } catch (UserError damaged) {
            // A damaged keyring is replaced whole: the journal's own rows say what it must hold.
            return Map.of();
        }
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
        // Work that wrote around the write path (joining copies a school in whole) is followed first.
        refreshKeyring();
        pool.dispose();
        closed = true;
        shutdownCompact(file, key);
    }

    /** Rewrites the closed journal's file without unused space; the statement closes the database. */
    private static void shutdownCompact(JournalFile file, JournalKey key) {
        // A connection of its own, outside any pool: the statement closes the database under it.
        try (Connection connection = DriverManager.getConnection(url(file, key, true), "sa", password(key));
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
            Files.deleteIfExists(Keyring.path(file));
            Files.deleteIfExists(file.base().resolveSibling(file.base().getFileName() + ".trace.db"));
        } catch (IOException e) {
            throw new UserError(Problem.of("db.cannotCreate", file.file(), e.getMessage()), e);
        }
    }

    @Override
    public void close() {
        closed = true;
        pool.dispose();
    }
}
