package lv.klade.ui;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import lv.klade.db.Actor;
import lv.klade.sync.SyncFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** What a school's helper finds in the data folder's log after a sync and an error. */
class LogFileTest {
    @TempDir
    Path home;

    @AfterEach
    void close() {
        LogFile.close();
    }

    private String log() throws Exception {
        LogFile.close();
        return Files.readString(LogFile.of(home), StandardCharsets.UTF_8);
    }

    @Test
    void anErrorIsWrittenWithItsStackTrace() throws Exception {
        LogFile.install(home);
        Logger.getLogger("lv.klade.test").log(Level.SEVERE, "Background work failed", new IllegalStateException("bad"));
        Logger.getLogger("lv.klade.test").fine("not written");

        String log = log();
        assertThat(log).containsPattern("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d SEVERE lv.klade.test: Background work failed")
                .contains("java.lang.IllegalStateException: bad").contains("\tat ").doesNotContain("not written");
    }

    @Test
    void aPackagesExportAndImportAreWritten() throws Exception {
        try (SyncFixture school = SyncFixture.central(home.resolve("school"))) {
            Path enrolment = home.resolve("enrol.zip");
            school.centralSync().enrol(Actor.SYSTEM, "Kabinets 12", enrolment);
            school.join(enrolment, "Kabinets 12");
            school.pcChangesSettingsOneRefusedAtTheCentralCopy();
            LogFile.install(home);
            Path pack = home.resolve("p1.zip");
            school.pcSync().export(pack);
            school.centralSync().importPackages(Actor.SYSTEM, List.of(pack));
        }

        String log = log();
        assertThat(log).contains("INFO lv.klade.sync.SyncService: Exported ").contains(" to p1.zip")
                .contains("INFO lv.klade.sync.SyncService: Package p1.zip from Kabinets 12: ").contains(" refused");
    }
}
