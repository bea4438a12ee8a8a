package lv.klade.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lv.klade.i18n.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code klade checks}: the deputy director's lines, a teacher refused, a month outside the year misuse. */
class ChecksCommandTest {
    private static final Clock NOV_20 = Clock.fixed(LocalDate.of(2026, 11, 20).atTime(12, 0).atZone(Messages.RIGA)
            .toInstant(), Messages.RIGA);
    @TempDir
    static Path dir;
    private static String db;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void makeADemoSchool() {
        Cli cli = new Cli(System.out, System.err, new TestTerminal());
        Commands.registerAll(cli, NOV_20);
        db = dir.resolve("year").toString();
        assertThat(cli.run("demo", "--db", db, "--students", "120", "--today", "2026-11-20")).isZero();
    }

    private int run(String... words) {
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new TestTerminal());
        Commands.registerAll(cli, NOV_20);
        return cli.run(TestTerminal.asAdmin(words));
    }

    private List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void theDeputyGetsATitleOneLinePerFindingAndTheCount() {
        assertThat(run("checks", "--db", db, "--user", "vietnieks", "--month", "2026-10")).isZero();

        List<String> lines = lines();
        assertThat(lines.getFirst()).startsWith("Pārbaudes: ").contains("2026-10");
        List<String> findings = lines.subList(1, lines.size() - 1);
        assertThat(findings).allMatch(l -> l.matches("\\d\\d\\.10\\.2026 · .+ · .+ · .+")
                || l.matches("\\d\\d\\.11\\.2026 · .+ · .+ · .+"));
        assertThat(lines.getLast()).isIn("Kopā: " + findings.size(), "Nav atrasts nekas nokavēts.");
    }

    @Test
    void thePdfHoldsTheSameLinesAsTheTerminal() throws java.io.IOException {
        Path file = dir.resolve("parbaudes.pdf");
        assertThat(run("checks", "--db", db, "--user", "vietnieks", "--month", "2026-10", "--pdf", file.toString()))
                .isZero();

        // A copy to look at, beside the screens' pictures.
        java.nio.file.Files.createDirectories(Path.of("target", "screenshots"));
        java.nio.file.Files.copy(file, Path.of("target", "screenshots", "checks.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String text = lv.klade.reports.Pdf.read(file).text().replaceAll("\\s+", " ");
        List<String> lines = lines();
        assertThat(text).contains("Pārbaudes", lines.getLast());
        lines.subList(1, Math.min(4, lines.size() - 1)).forEach(line ->
                assertThat(text).contains(line.split(" · ")[0], line.split(" · ")[1]));
    }

    @Test
    void printingAClasssTranscriptsRecordsThemIssued() {
        assertThat(run("print", "transcripts", "--db", db, "--class", "8.a", "--month", "2026-09", "--out",
                dir.resolve("izraksti").toString())).isZero();

        try (lv.klade.shell.Services services = lv.klade.testing.TestLogins.open(Path.of(db), NOV_20)) {
            var classId = services.classRepository().classes(services.year().id()).stream()
                    .filter(c -> c.name().equals("8.a")).findFirst().orElseThrow().id();
            var checks = new lv.klade.checks.ChecksRepository(services.store());
            assertThat(checks.transcriptIssued(classId, java.time.YearMonth.of(2026, 9))).contains(NOV_20.instant());
            assertThat(checks.transcriptIssued(classId, java.time.YearMonth.of(2026, 10))).isEmpty();
        }
    }

    @Test
    void aTeacherIsRefused() {
        assertThat(run("checks", "--db", db, "--user", "skolotajs")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nevar skatīt pārbaudes");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aMonthOutsideTheYearIsMisuseWithALatvianMessage() {
        assertThat(run("checks", "--db", db, "--user", "vietnieks", "--month", "2027-10")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).isEqualTo(
                "Mēnesis 2027-10 nav mācību gadā 2026/27. Norādiet mēnesi no mācību gada sākuma līdz beigām (GGGG-MM).")
                .doesNotContain("\n");
    }

    @Test
    void oneTeachersChecksNameOnlyThatTeachersJournals() {
        assertThat(run("checks", "--db", db, "--user", "admin", "--teacher", "skolotajs")).isZero();
        assertThat(lines().getFirst()).contains("skolotājs");
    }
}
