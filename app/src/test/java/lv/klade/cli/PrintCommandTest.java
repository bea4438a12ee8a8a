package lv.klade.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import lv.klade.reports.Pdf;
import lv.klade.printing.PrintingFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class PrintCommandTest {
    @TempDir
    static Path dir;
    private static String db;
    private static int students7a;
    private static int studentsAll;
    private static int classes;
    private static String anna;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void makeAJournal() {
        try (PrintingFixture journal = PrintingFixture.create(dir)) {
            db = journal.services.file().toString();
            students7a = journal.students.size();
            var year = journal.services.year().id();
            classes = journal.services.classRepository().classes(year).size();
            studentsAll = journal.services.classRepository().classes(year).stream()
                    .mapToInt(c -> journal.services.students().ofClass(c.id()).size()).sum();
            anna = journal.anna.fullName();
        }
    }

    private int run(String... words) {
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new TestTerminal());
        Commands.registerAll(cli);
        return cli.run(TestTerminal.asAdmin(words));
    }

    private static List<Path> pdfs(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
        }
    }

    @Test
    void transcriptsOfAClassAreOneFilePerStudentNamedByClassAndName() throws IOException {
        Path folder = dir.resolve("transcripts");
        assertThat(run("print", "transcripts", "--db", db, "--class", "7.a", "--month", "2026-10", "--out",
                folder.toString())).isZero();
        assertThat(pdfs(folder)).hasSize(students7a).allMatch(f -> f.getFileName().toString().startsWith("7.a_"));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(String.valueOf(students7a));
        assertThat(pdfs(folder).stream().map(f -> Pdf.read(f).text())).anyMatch(t -> t.contains(anna));
    }

    @Test
    void reportCardsOfTheWholeSchoolCombinedAreOneFileWithEveryStudent() throws IOException {
        Path folder = dir.resolve("cards");
        assertThat(run("print", "report-cards", "--db", db, "--class", "all", "--semester", "1", "--out",
                folder.toString(), "--combined")).isZero();
        assertThat(pdfs(folder)).singleElement().satisfies(f -> assertThat(Pdf.read(f).pages()).isEqualTo(studentsAll));
    }

    @Test
    void summaryOfTheWholeSchoolIsOneFilePerClass() throws IOException {
        Path folder = dir.resolve("summary");
        assertThat(run("print", "summary", "--db", db, "--class", "all", "--year", "--out", folder.toString()))
                .isZero();
        assertThat(pdfs(folder)).hasSize(classes);
    }

    @Test
    void absencesForAMonthAreOneFile() throws IOException {
        Path folder = dir.resolve("absences");
        assertThat(run("print", "absences", "--db", db, "--class", "7.a", "--month", "2026-10", "--out",
                folder.toString())).isZero();
        assertThat(pdfs(folder)).singleElement()
                .satisfies(f -> assertThat(Pdf.read(f).text()).contains("Kavējumu pārskats"));
    }

    @Test
    void anUnknownClassIsOneLineAndExitOne() {
        assertThat(run("print", "report-cards", "--db", db, "--class", "13.z", "--year", "--out",
                dir.resolve("none").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).contains("13.z").doesNotContain("\n");
    }

    @Test
    void aBadOptionIsOneLineAndExitOne() {
        assertThat(run("print", "transcripts", "--db", db, "--class", "7.a", "--month", "oktobris", "--out",
                dir.resolve("bad").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).contains("oktobris").doesNotContain("\n");
        assertThat(run("print", "posters", "--db", db, "--class", "7.a", "--out", dir.resolve("bad").toString()))
                .isEqualTo(1);
        assertThat(run("print", "report-cards", "--db", db, "--class", "7.a", "--month", "2026-10", "--out",
                dir.resolve("bad").toString())).isEqualTo(1);
        assertThat(run("print", "report-cards", "--db", db, "--class", "7.a", "--semester", "3", "--out",
                dir.resolve("bad").toString())).isEqualTo(1);
    }
}
