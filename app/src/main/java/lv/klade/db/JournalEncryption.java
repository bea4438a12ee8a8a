package lv.klade.db;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lv.klade.i18n.Problem;
import lv.klade.i18n.UserError;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.tools.ChangeFileEncryption;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Encrypts, once, a journal that a build from before encryption made: its accounts are read from
 * the plain file (migrated to this build's schema first, as every opening does), a new key is made,
 * a copy of the file is encrypted beside it (by H2's own tool) and moved over the plain one, and the
 * keyring is written for its accounts. Killed half way, the plain journal is still whole and is encrypted at
 * its next opening.
 */
public final class JournalEncryption {
    private JournalEncryption() {
    }

    /**
     * Encrypts the journal if it is plain, telling {@code percent} how far it is (0 first, 100 last);
     * false, and nothing done, when it is encrypted already or does not exist.
     */
    public static boolean encryptIfPlain(Path named, IntConsumer percent) {
        if (JournalFile.namesForeignFile(named)) {
            throw UserError.of("db.notJournal", named);
        }
        JournalFile file = JournalFile.of(named);
        if (!file.exists() || file.isEncrypted()) {
            return false;
        }
        percent.accept(0);
        KeyringAccounts.Read accounts = accountsOfPlain(file);
        JournalKey key = JournalKey.random();
        Keyring keyring = Keyring.of(key, accounts.accounts(), accounts.title(), accounts.demo(), Map.of());
        if (!keyring.knowsAnyone()) {
            // Encrypted, it would open for nobody: the key would be lost with the journal.
            throw UserError.of("db.noAccounts", file.file());
        }
        String name = file.base().getFileName().toString();
        Path work = null;
        try {
            // A copy is encrypted in a folder of its own, so the plain journal stays whole until the move.
            work = Files.createTempDirectory(file.base().getParent(), "." + name + ".encrypting-");
            Files.copy(file.file(), work.resolve(file.file().getFileName()));
            encrypt(work, name, key, percent);
            keyring.save(file);
            Files.move(work.resolve(file.file().getFileName()), file.file(), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | SQLException e) {
            throw new UserError(Problem.of("db.cannotEncrypt", file.file(), e.getMessage()), e);
        } finally {
            if (work != null) {
                Database.deleteTree(work);
            }
        }
        percent.accept(100);
        return true;
    }

    /** H2's own tool encrypts the copy in place; it reports "file: NN%" about once a second. */
    private static void encrypt(Path folder, String name, JournalKey key, IntConsumer percent) throws SQLException {
        ChangeFileEncryption tool = new ChangeFileEncryption();
        tool.setOut(new PrintStream(new LineSink(line -> {
            Matcher m = PERCENT.matcher(line);
            if (m.find()) {
                percent.accept(Math.min(99, Integer.parseInt(m.group(1))));
            }
        }), true, StandardCharsets.UTF_8));
        tool.runTool("-dir", folder.toString(), "-db", name, "-cipher", "AES",
                "-encrypt", new String(key.filePassword()));
    }

    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3})%");

    /** Hands each line written to it to a consumer. */
    private static final class LineSink extends OutputStream {
        private final Consumer<String> lines;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineSink(Consumer<String> lines) {
            this.lines = lines;
        }

        @Override
        public void write(int b) {
            if (b == '\n') {
                lines.accept(line.toString(StandardCharsets.UTF_8));
                line.reset();
            } else {
                line.write(b);
            }
        }
    }

    private static KeyringAccounts.Read accountsOfPlain(JournalFile file) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(file.plainJdbcUrl(true), "sa", "");
        try {
            Database.probe(pool, file);
            Database.migrate(pool, file, true);
            return KeyringAccounts.read(DSL.using(pool, SQLDialect.H2));
        } finally {
            // The last connection closing closes the database, so the file is free to copy.
            pool.dispose();
        }
    }
}
