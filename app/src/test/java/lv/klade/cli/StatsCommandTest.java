package lv.klade.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import lv.klade.i18n.Messages;
import lv.klade.printing.PrintPeriod;
import lv.klade.reports.Pdf;
import lv.klade.shell.Services;
import lv.klade.statistics.GradeFigures;
import lv.klade.statistics.Grouping;
import lv.klade.statistics.StatisticsQuery;
import lv.klade.statistics.StatisticsService;
import lv.klade.testing.TestLogins;
import lv.klade.testing.YearEndDemo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code klade stats} over the demo school's year, as the deputy director, a teacher and the registrar. */
class StatsCommandTest {
    @TempDir
    static Path dir;
    private static String db;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void demo() {
        YearEndDemo.unfinished(dir.resolve("j"));
        db = dir.resolve("j").toString();
    }

    private int run(String user, String... words) {
        out.reset();
        err.reset();
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new TestTerminal());
        Commands.registerAll(cli, YearEndDemo.CLOCK);
        String[] all = Arrays.copyOf(words, words.length + 6);
        all[words.length] = "--db";
        all[words.length + 1] = db;
        all[words.length + 2] = "--user";
        all[words.length + 3] = user;
        all[words.length + 4] = "--lang";
        all[words.length + 5] = "lv";
        return cli.run(all);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String average(String className) {
        try (Services services = TestLogins.open(Path.of(db), YearEndDemo.CLOCK)) {
            StatisticsService statistics = services.statistics(Messages.latvian());
            var yearId = services.year().id();
            GradeFigures figures = statistics.grades(services.staff().byLogin("vietnieks").orElseThrow(),
                    new StatisticsQuery(yearId, statistics.days(yearId, new PrintPeriod.Year()), Grouping.CLASS, null, null))
                    .stream().filter(g -> g.label().equals(className)).findFirst().orElseThrow();
            return figures.pointsAverage().orElseThrow().toPlainString().replace('.', ',');
        }
    }

    @Test
    void theDeputySeesEveryClassWithTheAverageTheScreenShows() {
        assertThat(run("vietnieks", "stats", "--by", "class")).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out()).startsWith("Vērtējumi pēc klases, 01.09.2026 – ")
                .contains("7.a\tvid. " + average("7.a") + "\tballes 1–10: ")
                .contains("1.a\tvid. –\tlīmeņi S/T/A/P: S×")
                .contains("Kavējumi pēc klases").containsPattern("12\\.a\tstundas \\d+\tattaisnotas \\d+");
    }

    @Test
    void aTeacherSeesOnlyTheirJournalsAndAnotherClassIsRefused() {
        assertThat(run("skolotajs", "stats", "--by", "subject")).isZero();
        String subjects = out();
        assertThat(run("vietnieks", "stats", "--by", "subject")).isZero();
        assertThat(subjects.lines().count()).isLessThan(out().lines().count());
        assertThat(run("lietvedis", "stats")).isZero();
        assertThat(out()).contains("Šajā periodā nav datu.");
        assertThat(run("lietvedis", "stats", "--class", "7.a")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Klase “7.a” nav starp tām, ko varat skatīt");
    }

    @Test
    void aWrongGroupingIsMisuseOnOneLine() {
        assertThat(run("vietnieks", "stats", "--by", "colour")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("Nezināms grupējums --by colour; der: programme|subject|class|group|teacher.");
    }

    @Test
    void outWritesThePdfOfTheSameFigures() throws Exception {
        Path pdf = dir.resolve("stats.pdf");
        assertThat(run("vietnieks", "stats", "--class", "7.a", "--semester", "1", "--out", pdf.toString())).isZero();
        String text = String.join("\n", Pdf.read(Files.readAllBytes(pdf)).pageTexts());
        assertThat(text).contains("Statistika", "7.a", "Grupēts pēc: klases");
    }
}
