package lv.klade.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import lv.klade.archive.ArchiveCheck;
import lv.klade.i18n.Messages;
import lv.klade.people.StaffMember;
import lv.klade.testing.TestLogins;
import lv.klade.testing.YearEndDemo;
import lv.klade.ui.Background;
import lv.klade.yearend.FinalGrades;
import lv.klade.yearend.ui.YearFilesViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year-end section's files, as the window makes them with the person's rights (work on this thread):
 * the archive of the open journal, whose copy opens, and form 9's final grades for the state register.
 */
class WindowYearFilesTest {
    @TempDir
    Path dir;
    private Services services;

    @BeforeEach
    void open() {
        YearEndDemo.finished(dir.resolve("j"));
        services = TestLogins.open(dir.resolve("j"), YearEndDemo.CLOCK);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private YearFilesViewModel as(String login) {
        StaffMember member = services.staff().byLogin(login).orElseThrow();
        Messages messages = Messages.latvian();
        return new YearFilesViewModel(new WindowYearFiles(services, member, messages),
                new Background(Runnable::run, Runnable::run, messages, e -> { }));
    }

    private static void unzip(Path zip, Path folder) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().startsWith("zurnals/")) {
                    Files.copy(in, folder.resolve(e.getName().substring("zurnals/".length())));
                }
            }
        }
    }

    @Test
    void theAdministratorArchivesTheOpenJournalsYearAndItsCopyOpens() throws IOException {
        YearFilesViewModel files = as(TestLogins.ADMIN);
        Path zip = dir.resolve("out").resolve(files.archiveName());
        Files.createDirectories(zip.getParent());

        files.archive(zip);

        assertThat(files.errorProperty().get()).isEmpty();
        assertThat(files.doneProperty().get()).contains("2026/27").contains(zip.toString());
        assertThat(ArchiveCheck.of(zip).whole()).isTrue();
        Path copy = Files.createDirectories(dir.resolve("copy"));
        unzip(zip, copy);
        try (Services opened = TestLogins.open(copy.resolve("j"), YearEndDemo.CLOCK)) {
            assertThat(opened.year().name()).isEqualTo("2026/27");
            assertThat(opened.classRepository().classes(opened.year().id())).hasSize(12);
        }
    }

    @Test
    void aTeacherIsRefusedTheArchiveInWordsAndNoFileIsWritten() {
        YearFilesViewModel files = as("skolotajs");
        Path zip = dir.resolve("a.zip");

        files.archive(zip);

        assertThat(files.errorProperty().get()).isNotEmpty();
        assertThat(zip).doesNotExist();
    }

    @Test
    void theRegistrarExportsForm9sFinalGrades() throws IOException {
        YearFilesViewModel files = as("lietvedis");
        Path csv = dir.resolve(files.finalGradesName(9));

        files.exportFinalGrades(9, csv);

        assertThat(files.errorProperty().get()).isEmpty();
        assertThat(files.doneProperty().get()).contains("9. klase");
        try (InputStream in = Files.newInputStream(csv)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text.lines().findFirst()).contains(String.join(";", FinalGrades.COLUMNS));
            assertThat(text.lines().count()).isGreaterThan(1);
        }
    }
}
