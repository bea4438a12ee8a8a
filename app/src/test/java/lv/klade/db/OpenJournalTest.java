package lv.klade.db;

import java.util.HexFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import lv.klade.i18n.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenJournalTest {
    @TempDir
    Path dir;

    private static String keyOf(Throwable e) {
        return ((UserError) e).problem().key();
    }

    @Test
    void aMissingFileIsReportedAndNotCreated() {
        Path missing = dir.resolve("nav");
        assertThatThrownBy(() -> Database.open(missing, JournalKey.random(), Clock.systemUTC()))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("db.missing"));
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aFileThatIsNotAJournalIsRefusedUnchanged() throws Exception {
        Path text = dir.resolve("piezimes.txt");
        Files.writeString(text, "nav žurnāls");
        assertThatThrownBy(() -> JournalEncryption.encryptIfPlain(text, percent -> { }))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("db.notJournal"));
        assertThatThrownBy(() -> Database.open(text, JournalKey.random(), Clock.systemUTC()))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("db.notJournal"));

        Path fake = dir.resolve("viltots.mv.db");
        Files.writeString(fake, "nav H2 fails");
        assertThatThrownBy(() -> JournalEncryption.encryptIfPlain(fake, percent -> { }))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("db.notJournal"));
        assertThatThrownBy(() -> Database.open(fake, JournalKey.random(), Clock.systemUTC()))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("db.notJournal"));
        assertThat(Files.readString(fake)).isEqualTo("nav H2 fails");
    }

    @Test
    void aJournalOpenInAnotherProcessIsReportedAsInUse() throws Exception {
        Path journal = dir.resolve("aiznemts");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"),
                DurabilityChild.class.getName(), journal.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream()))) {
            JournalKey key = JournalKey.of(HexFormat.of().parseHex(out.readLine()));
            assertThat(out.readLine()).as("the other process opened the journal").isNotNull();
            assertThatThrownBy(() -> Database.open(journal, key, Clock.systemUTC()))
                    .satisfies(e -> assertThat(keyOf(e)).isEqualTo("db.inUse"));
        } finally {
            holder.destroyForcibly().waitFor();
        }
    }

    @Test
    void anotherH2DatabaseIsNotAJournal() {
        Path other = dir.resolve("cits");
        org.jooq.impl.DSL.using("jdbc:h2:file:" + other.toAbsolutePath(), "sa", "")
                .execute("CREATE TABLE t (x INT)");
        assertThatThrownBy(() -> JournalEncryption.encryptIfPlain(other, percent -> { }))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("db.notJournal"));
    }
}
