package lv.klade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import lv.klade.school.DateRange;
import lv.klade.shell.Services;
import lv.klade.testing.FirstDayDemo;
import lv.klade.testing.TestLogins;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code klade checks} on the demo's first two days, when nobody has filled a lesson yet. */
class ChecksCommandTest {
    /** Wednesday 2 September 2026, 18:00 in Riga: both days' lessons are past their deadline. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-02T15:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dir;
    private static String db;
    private static int teachersLessons;
    private static String teacherName;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void demo() {
        Path file = dir.resolve("demo");
        FirstDayDemo.create(file, 120, CLOCK);
        db = file.toString();
        try (Services services = TestLogins.open(file, CLOCK)) {
            var teacher = services.staff().byLogin("skolotajs").orElseThrow();
            teacherName = teacher.fullName();
            teachersLessons = (int) services.timetableRepository().planner(services.year().id())
                    .ofTeacher(teacher.id(), new DateRange(FirstDayDemo.FIRST_DAY, LocalDate.of(2026, 9, 2)))
                    .stream().filter(p -> p.held() && teacher.id().equals(p.taughtBy())).count();
        }
    }

    private int run(String... words) {
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new TestTerminal());
        Commands.registerAll(cli, CLOCK);
        return cli.run(words);
    }

    private List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void aTeachersMonthListsEachOfTheirUnfilledLessons() {
        assertThat(teachersLessons).isPositive();
        int exit = run(TestTerminal.asAdmin("checks", "--db", db, "--month", "2026-09", "--teacher", "skolotajs"));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(lines().getFirst()).isEqualTo("Pārbaudes: 2026-09, skolotājs " + teacherName + " — "
                + teachersLessons + " ieraksti");
        assertThat(lines().subList(1, lines().size())).hasSize(teachersLessons)
                .allMatch(l -> l.contains("  Nav aizpildīta laikā  ") && l.contains("  " + teacherName + "  ")
                        && (l.startsWith("01.09.2026") || l.startsWith("02.09.2026")));
    }

    @Test
    void aMonthOutsideTheYearOrMalformedIsAClearRefusal() {
        assertThat(run(TestTerminal.asAdmin("checks", "--db", db, "--month", "2030-01"))).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Mēnesis 01.2030 nav neviena mācību gada laikā.");
        err.reset();
        assertThat(run(TestTerminal.asAdmin("checks", "--db", db, "--month", "septembris"))).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Mēnesim jābūt formā GGGG-MM");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aTeacherMayNotRunTheChecks() {
        assertThat(run("checks", "--db", db, "--user", "skolotajs")).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nedrīkst skatīt pārbaudes");
    }
}
