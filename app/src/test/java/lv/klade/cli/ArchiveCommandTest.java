package lv.klade.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import lv.klade.reports.Pdf;
import lv.klade.shell.Services;
import lv.klade.testing.TestLogins;
import lv.klade.testing.YearEndDemo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ArchiveCommandTest {
    @TempDir
    static Path shared;
    /** The finished demo's year 2026/27, archived once for the tests that read the archive. */
    private static Path archive;
    private static int students;
    private static int leaving;

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void archiveTheFinishedYear() {
        YearEndDemo.finished(shared.resolve("j"));
        archive = shared.resolve("2026-27.zip");
        ArchiveCommandTest test = new ArchiveCommandTest();
        int code = test.run("archive", "--db", shared.resolve("j").toString(), "--year", "2026/27", "--out",
                archive.toString());
        assertThat(code).as(test.err.toString(StandardCharsets.UTF_8)).isZero();
        try (Services services = TestLogins.open(shared.resolve("j"), YearEndDemo.CLOCK)) {
            students = services.classRepository().classes(services.year().id()).stream()
                    .mapToInt(c -> services.students().ofClass(c.id()).size()).sum();
            leaving = services.classRepository().classes(services.year().id()).stream()
                    .filter(c -> c.form() == 9 || c.form() == 12)
                    .mapToInt(c -> services.students().ofClass(c.id()).size()).sum();
        }
    }

    private int run(String... words) {
        return runAsTyped(TestTerminal.asAdmin(words));
    }

    /** Checking an archive opens no journal, so it takes no --user. */
    private int verify(String... words) {
        String[] line = new String[words.length + 2];
        line[0] = "archive";
        line[1] = "--verify";
        System.arraycopy(words, 0, line, 2, words.length);
        return runAsTyped(line);
    }

    private int runAsTyped(String... words) {
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new TestTerminal());
        Commands.registerAll(cli, YearEndDemo.CLOCK);
        return cli.run(words);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<String> entries(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return Collections.list(file.entries()).stream().map(ZipEntry::getName).toList();
        }
    }

    private static byte[] entry(Path zip, String name) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile()); InputStream in = file.getInputStream(file.getEntry(name))) {
            return in.readAllBytes();
        }
    }

    /** A copy of the archive with one entry's bytes changed, as a tampered file would be: its ZIP still reads. */
    private Path tampered(String changed) throws IOException {
        Path copy = dir.resolve("tampered.zip");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(archive));
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(changed)) {
                    bytes[bytes.length / 2] ^= 1;
                }
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return copy;
    }

    private static List<String> pdfsIn(List<String> entries, String folder) {
        return entries.stream().filter(e -> e.startsWith(folder + "/") && e.endsWith(".pdf")).toList();
    }

    @Test
    void theArchiveHoldsTheJournalThePdfsAndTheirChecksums() throws IOException {
        List<String> entries = entries(archive);

        assertThat(entries).contains("zurnals/j.mv.db", "zurnals/j.keys", "SHA256SUMS")
                .allMatch(e -> e.matches("[A-Za-z0-9._/-]+"));
        assertThat(pdfsIn(entries, "kopsavilkuma-zurnali")).hasSize(12);
        assertThat(pdfsIn(entries, "liecibas")).hasSize(students);
        // 9.a and 12.a, but for the first of 12.a, short in a subject after re-examination.
        assertThat(pdfsIn(entries, "izglitibas-dokumenti")).hasSize(leaving - 1)
                .anyMatch(e -> e.startsWith("izglitibas-dokumenti/9.a_"))
                .anyMatch(e -> e.startsWith("izglitibas-dokumenti/12.a_"));
        String sums = new String(entry(archive, "SHA256SUMS"), StandardCharsets.UTF_8);
        assertThat(sums.lines()).hasSize(entries.size() - 1)
                .allMatch(l -> l.matches("[0-9a-f]{64}  \\S.*"));
        assertThat(entry(archive, "zurnals/j.mv.db")).startsWith("H2encrypt".getBytes(StandardCharsets.US_ASCII));
        assertThat(archive.getParent()).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void thePdfsOpenAndNameTheSchoolYear() throws IOException {
        List<String> entries = entries(archive);
        for (String pdf : List.of(pdfsIn(entries, "kopsavilkuma-zurnali").getFirst(),
                pdfsIn(entries, "liecibas").getFirst())) {
            assertThat(Pdf.read(entry(archive, pdf)).text()).as(pdf).contains("2026./2027.");
        }
    }

    @Test
    void aWholeArchiveVerifiesWithExitZero() {
        assertThat(verify(archive.toString())).isZero();

        assertThat(out()).contains("ir vesels");
    }

    @Test
    void aChangedEntryFailsTheCheckByName() throws IOException {
        String card = pdfsIn(entries(archive), "liecibas").get(3);

        assertThat(verify(tampered(card).toString())).isEqualTo(1);

        assertThat(out()).contains("NAV vesels").contains("mainīts: " + card);
        assertThat(out().lines().filter(l -> l.startsWith("  "))).hasSize(1);
    }

    @Test
    void aMissingAndAnExtraEntryAreNamed() throws IOException {
        Path copy = dir.resolve("other.zip");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(archive));
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (!e.getName().equals("zurnals/j.keys")) {
                    zip.putNextEntry(new ZipEntry(e.getName()));
                    zip.write(bytes);
                }
            }
            zip.putNextEntry(new ZipEntry("liecibas/klat.pdf"));
            zip.write(new byte[] {1});
        }

        assertThat(verify(copy.toString())).isEqualTo(1);

        assertThat(out()).contains("trūkst: zurnals/j.keys", "lieks: liecibas/klat.pdf");
    }

    @Test
    void aClosedYearIsArchivedByItsName() throws IOException {
        YearEndDemo.finished(dir.resolve("j"));
        String journal = dir.resolve("j").toString();
        assertThat(run("year", "close", "--db", journal, "--order", "1-12/45")).isZero();
        Path zip = dir.resolve("closed.zip");

        assertThat(run("archive", "--db", journal, "--year", "2026/27", "--out", zip.toString()))
                .as(err.toString(StandardCharsets.UTF_8)).isZero();

        List<String> entries = entries(zip);
        assertThat(pdfsIn(entries, "kopsavilkuma-zurnali")).hasSize(12);
        assertThat(pdfsIn(entries, "liecibas")).hasSize(students);
        assertThat(Pdf.read(entry(zip, pdfsIn(entries, "liecibas").getFirst())).text()).contains("2026./2027.");
    }

    @Test
    void aTeacherMayNotArchiveAndNoFileIsLeft() throws IOException {
        YearEndDemo.finished(dir.resolve("j"));
        Path zip = dir.resolve("a.zip");

        assertThat(run("archive", "--db", dir.resolve("j").toString(), "--year", "2026/27", "--out", zip.toString(),
                "--user", "skolotajs")).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("tikai virslietotājs un direktora vietnieks");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("j.mv.db", "j.keys");
        }
    }

    @Test
    void verifyWithTheMakingOptionsOrNoFileIsMisuse() {
        assertThat(verify(archive.toString(), "--year", "2026/27")).isEqualTo(2);
        assertThat(verify()).isEqualTo(2);
        assertThat(run("archive", "--db", "x", "--year", "2026/27", "--out", "y.zip", "--class", "7.a")).isEqualTo(2);
    }

    @Test
    void aFileThatIsNoArchiveIsRefused() throws IOException {
        Path notZip = Files.writeString(dir.resolve("n.zip"), "not a zip");

        assertThat(verify(notZip.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nav Klades arhīvs");
    }
}
