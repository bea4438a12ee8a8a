package lv.klade.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import lv.klade.shell.Services;
import lv.klade.testing.TestLogins;
import lv.klade.testing.YearEndDemo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class YearCommandsTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** The command as the administrator types it, on the demo's day after the year's end. */
    private int run(String... words) {
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new TestTerminal());
        new YearCommands(YearEndDemo.CLOCK).registerAll(cli);
        return cli.run(TestTerminal.asAdmin(words));
    }

    private String finished() {
        YearEndDemo.finished(dir.resolve("j"));
        return dir.resolve("j").toString();
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String currentYear() {
        try (Services services = TestLogins.open(dir.resolve("j"), YearEndDemo.CLOCK)) {
            return services.yearName();
        }
    }

    @Test
    void closingAFinishedYearSaysWhatItDidAndExitsWithZero() {
        assertThat(run("year", "close", "--db", finished(), "--order", "1-12/45")).isZero();

        assertThat(out()).contains("Mācību gads 2026/27 noslēgts. Pašreizējais mācību gads ir 2027/28 (01.09.2027–16.06.2028).",
                "7.a → 8.a, audzinātājs: ", "12.a: klase beidz skolu", "paliek tajā pašā klasē (7.a)",
                "atstāj skolu bez atestāta");
        assertThat(currentYear()).isEqualTo("2027/28");
    }

    @Test
    void aYearWithGradesMissingIsRefusedStudentByStudentWithExitCodeOne() {
        YearEndDemo.unfinished(dir.resolve("j"));
        int students;
        try (Services services = TestLogins.open(dir.resolve("j"), YearEndDemo.CLOCK)) {
            students = services.students().count();
        }

        assertThat(run("year", "close", "--db", dir.resolve("j").toString(), "--order", "1-12/45")).isEqualTo(1);

        assertThat(out().lines().findFirst()).hasValueSatisfying(first -> assertThat(first)
                .startsWith("Mācību gadu 2026/27 vēl nevar noslēgt: " + students + " skolēniem trūkst vērtējumu"));
        assertThat(out().lines().filter(line -> line.startsWith("7.a ") && line.contains(" — trūkst: ")))
                .isNotEmpty();
        assertThat(currentYear()).isEqualTo("2026/27");
    }

    @Test
    void aDryRunTriesItAndChangesNothing() {
        assertThat(run("year", "close", "--db", finished(), "--order", "1-12/45", "--dry-run")).isZero();

        assertThat(out()).contains("Mācību gads 2026/27 tiks noslēgts", "Izmēģinājums: nekas nav mainīts.");
        assertThat(currentYear()).isEqualTo("2026/27");
    }

    @Test
    void aSecondCloseSaysTheYearIsClosedAlready() {
        String journal = finished();
        assertThat(run("year", "close", "--db", journal, "--order", "1-12/45")).isZero();
        out.reset();

        assertThat(run("year", "close", "--db", journal, "--order", "1-12/46")).isEqualTo(1);

        assertThat(out()).startsWith("Mācību gads 2026/27 jau ir noslēgts.");
    }

    @Test
    void aTeacherMayNotCloseTheYear() {
        assertThat(run("year", "close", "--db", finished(), "--order", "1-12/45", "--user", "skolotajs"))
                .isEqualTo(1);

        assertThat(out()).contains("tikai virslietotājs");
    }

    @Test
    void closingWithoutAnOrderOrWithAnotherWordIsMisuse() {
        String journal = finished();

        assertThat(run("year", "close", "--db", journal)).isEqualTo(2);
        assertThat(run("year", "open", "--db", journal, "--order", "1")).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8).lines()).hasSize(2);
        assertThat(currentYear()).isEqualTo("2026/27");
    }

    @Test
    void theClosedYearsReportCardsPrintByTheYearsName() throws Exception {
        assertThat(run("year", "close", "--db", finished(), "--order", "1-12/45")).isZero();
        Path folder = dir.resolve("out");
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new TestTerminal());
        Commands.registerAll(cli, YearEndDemo.CLOCK);

        assertThat(cli.run(TestTerminal.asAdmin("print", "report-cards", "--db", dir.resolve("j").toString(),
                "--class", "12.a", "--year", "--school-year", "2026/27", "--out", folder.toString(), "--combined")))
                .as(err.toString(StandardCharsets.UTF_8)).isZero();
        try (var files = java.nio.file.Files.list(folder)) {
            assertThat(files.toList()).singleElement()
                    .satisfies(f -> assertThat(f.getFileName().toString()).startsWith("12.a"));
        }
        assertThat(cli.run(TestTerminal.asAdmin("print", "report-cards", "--db", dir.resolve("j").toString(),
                "--class", "7.a", "--year", "--school-year", "1999/00", "--out", folder.toString()))).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Mācību gada „1999/00” žurnālā nav.");
    }
}
