package lv.klade.setup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import lv.klade.Main;
import lv.klade.db.JournalFile;
import lv.klade.demo.DemoSchool;
import lv.klade.i18n.UserError;
import lv.klade.people.JournalLogin;
import lv.klade.testing.TestLogins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A demo, a new school or a join killed half way (kill -9) leaves no journal that opens as "not a journal". */
class InterruptedCreateTest {
    @TempDir
    Path dir;

    @Test
    void aDemoKilledWhileItIsBeingWrittenLeavesNoJournalAndTheNextOneIsMadeWhole() throws Exception {
        Path journal = dir.resolve("demo");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "demo", "--db", journal.toString(), "--students", "240")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            waitForAHalfWrittenJournal();
        } finally {
            // destroyForcibly is SIGKILL on Linux: no shutdown hooks, nothing tidied.
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(JournalFile.of(journal).exists()).isFalse();
        assertThatThrownBy(() -> JournalLogin.keyring(journal))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.problem().key()).isEqualTo("db.missing"));

        DemoSchool.create(journal, 40, 1, Clock.systemUTC());
        try (var services = TestLogins.open(journal, Clock.systemUTC())) {
            assertThat(services.schoolName()).isNotBlank();
        }
        assertThat(unfinished()).as("what the killed build left is tidied by the next").isEmpty();
    }

    /** Waits, on the file system's events, until the child's journal built aside has grown past 2 MB. */
    private void waitForAHalfWrittenJournal() throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        try (WatchService watcher = dir.getFileSystem().newWatchService()) {
            dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
            java.util.Set<Path> watched = new java.util.HashSet<>();
            while (Instant.now().isBefore(until)) {
                for (Path folder : unfinished()) {
                    if (watched.add(folder)) {
                        folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
                    }
                    try (Stream<Path> files = filesIn(folder)) {
                        if (files.anyMatch(f -> f.toString().endsWith(".mv.db") && size(f) > 2_000_000)) {
                            return;
                        }
                    }
                }
                WatchKey key = watcher.poll(1, TimeUnit.SECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
            }
        }
        throw new AssertionError("The demo was not being written within 90 s");
    }

    private java.util.List<Path> unfinished() throws IOException {
        try (Stream<Path> all = Files.list(dir)) {
            return all.filter(p -> p.getFileName().toString().startsWith(".demo.building-")).toList();
        }
    }

    private static Stream<Path> filesIn(Path folder) {
        try {
            return Files.list(folder).toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
