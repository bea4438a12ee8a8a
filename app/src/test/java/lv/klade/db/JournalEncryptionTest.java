package lv.klade.db;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import lv.klade.i18n.UserError;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static lv.klade.db.generated.Tables.STUDENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JournalEncryptionTest {
    private static final String NAME = "Ieva Bērziņa";
    private static final String CODE = "010190-12345";

    @TempDir
    Path dir;

    /** A journal as a build before encryption left it: plain, with a student and an administrator. */
    private Path plainJournal() {
        Path old = dir.resolve("vecs");
        String url = "jdbc:h2:file:" + old.toAbsolutePath();
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        try (var dsl = org.jooq.impl.DSL.using(url, "sa", "")) {
            dsl.execute("INSERT INTO school (id, name) VALUES (RANDOM_UUID(), 'Vecā skola')");
            dsl.execute("INSERT INTO student (id, first_name, last_name, personal_code, birth_date, gender) "
                    + "VALUES (RANDOM_UUID(), 'Ieva', 'Bērziņa', ?, DATE '1990-01-01', 'F')", CODE);
        }
        OldJournals.addAdministrator(url);
        return old;
    }

    @Test
    void aPlainJournalIsEncryptedOnceWithItsProgressAndKeepsItsData() {
        Path old = plainJournal();
        List<Integer> progress = new ArrayList<>();

        assertThat(JournalEncryption.encryptIfPlain(old, progress::add)).isTrue();

        assertThat(progress).startsWith(0).endsWith(100).isSorted();
        assertThat(JournalEncryption.encryptIfPlain(old, progress::add)).as("the second time").isFalse();
        try (Database database = OldJournals.open(old)) {
            assertThat(database.dsl().fetchValue(STUDENT.PERSONAL_CODE)).isEqualTo(CODE);
        }
    }

    @Test
    void anEncryptedJournalShowsNoNameOrPersonalCodeInItsBytes() throws Exception {
        Path old = plainJournal();
        JournalFile file = JournalFile.of(old);
        // H2 keeps non-ASCII letters in its own encoding, so the check looks for the ASCII name and code.
        assertThat(contains(file.file(), "Ieva")).as("the plain file, to show the check sees names").isTrue();
        assertThat(contains(file.file(), CODE)).as("the plain file, to show the check sees codes").isTrue();

        JournalEncryption.encryptIfPlain(old, percent -> { });

        assertThat(contains(file.file(), "Bērziņa")).isFalse();
        assertThat(contains(file.file(), "Ieva")).isFalse();
        assertThat(contains(file.file(), CODE)).isFalse();
        assertThat(contains(Keyring.path(file), "Bērziņa")).isFalse();
    }

    @Test
    void h2sOwnToolsCannotOpenAnEncryptedJournalWithoutItsKey() {
        Path old = plainJournal();
        JournalEncryption.encryptIfPlain(old, percent -> { });
        String base = "jdbc:h2:file:" + old.toAbsolutePath() + ";IFEXISTS=TRUE";

        // H2's Shell as someone would run it on the file, then its connections with and without the cipher.
        assertThatThrownBy(() -> new org.h2.tools.Shell().runTool("-url", base, "-user", "sa", "-password", "",
                "-sql", "SELECT first_name, personal_code FROM student")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(base, "sa", "").close()).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(base + ";CIPHER=AES", "sa", " ").close())
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(base + ";CIPHER=AES", "sa", "klade ").close())
                .isInstanceOf(SQLException.class);
    }

    @Test
    void aPlainJournalWithoutAnyAccountIsLeftPlainRatherThanLockedForEver() {
        Path old = dir.resolve("bez-kontiem");
        Flyway.configure().dataSource("jdbc:h2:file:" + old.toAbsolutePath(), "sa", "")
                .locations("classpath:db/migration").load().migrate();

        assertThatThrownBy(() -> JournalEncryption.encryptIfPlain(old, percent -> { }))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.problem().key()).isEqualTo("db.noAccounts"));
        assertThat(JournalFile.of(old).isEncrypted()).isFalse();
    }

    @Test
    void aNewJournalIsEncryptedFromItsFirstByte() throws Exception {
        Path fresh = dir.resolve("jauns");
        try (Database database = Database.create(fresh, java.time.Clock.systemUTC())) {
            database.dsl().execute("INSERT INTO school (id, name) VALUES (RANDOM_UUID(), 'Bērziņu skola')");
        }
        assertThat(JournalFile.of(fresh).isEncrypted()).isTrue();
        assertThat(contains(JournalFile.of(fresh).file(), "Bērziņu")).isFalse();
    }

    static boolean contains(Path file, String text) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
