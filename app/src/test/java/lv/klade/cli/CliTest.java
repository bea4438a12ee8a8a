package lv.klade.cli;

import lv.klade.testing.TestLogins;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import lv.klade.grades.AverageResult;
import lv.klade.grades.BookRow;
import lv.klade.grades.GradeBook;
import lv.klade.i18n.Messages;
import lv.klade.lessons.ClassWeek;
import lv.klade.lessons.TeacherDay;
import lv.klade.shell.Services;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest {
    @TempDir
    static Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private final TestTerminal terminal = new TestTerminal();

    private int run(String... words) {
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), terminal);
        Commands.registerAll(cli);
        return cli.run(TestTerminal.asAdmin(words));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @BeforeAll
    static void makeADemoSchool() {
        Cli cli = new Cli(System.out, System.err, new TestTerminal());
        Commands.registerAll(cli);
        assertThat(cli.run("demo", "--db", dir.resolve("demo").toString(), "--students", "240")).isZero();
        assertThat(cli.run("demo", "--db", dir.resolve("year").toString(), "--students", "240",
                "--today", "2026-11-20")).isZero();
    }

    @Test
    void timetablePrintsTheClassWeekAsTheDiaryHoldsIt() {
        ClassWeek week;
        try (Services services = TestLogins.open(dir.resolve("year"), Clock.systemUTC())) {
            week = services.lessonViews(Messages.latvian()).classWeek("7.a", LocalDate.of(2026, 11, 16)).orElseThrow();
        }
        assertThat(run("timetable", "--db", dir.resolve("year").toString(), "--class", "7.a",
                "--week", "2026-11-18")).isZero();
        assertThat(out()).contains("7.a: nedēļa 16.11.2026–20.11.2026", "pirmdiena, 16.11.2026",
                "trešdiena, 18.11.2026: Latvijas Republikas proklamēšanas diena", "  1. 08:30–09:10 ");
        ClassWeek.Entry first = week.days().getFirst().lessons().getFirst();
        assertThat(out()).contains(first.subject() + " | " + first.teacher() + " | telpa ", "tēma: " + first.topic());
        int lessons = week.days().stream().mapToInt(d -> d.lessons().size()).sum();
        assertThat(out().lines().filter(l -> l.startsWith("  "))).hasSize(lessons);
    }

    @Test
    void lessonsPrintsTheTeachersDayWithEachLessonsState() {
        TeacherDay day;
        try (Services services = TestLogins.open(dir.resolve("year"), Clock.systemUTC())) {
            day = services.lessonViews(Messages.latvian()).teacherDay("skolotajs", LocalDate.of(2026, 11, 19))
                    .orElseThrow();
        }
        assertThat(run("lessons", "--db", dir.resolve("year").toString(), "--teacher", "skolotajs",
                "--date", "2026-11-19", "--lang", "en")).isZero();
        assertThat(out()).startsWith(day.teacherName() + ": Thursday, 19.11.2026");
        assertThat(out().lines().filter(l -> l.startsWith("  "))).hasSize(day.lessons().size())
                .allSatisfy(l -> assertThat(l).contains("| room ").endsWith("| Overdue"));
    }

    @Test
    void anUnknownClassOrTeacherIsOneLineAndExitOne() {
        assertThat(run("timetable", "--db", dir.resolve("year").toString(), "--class", "13.z")).isEqualTo(1);
        assertThat(run("lessons", "--db", dir.resolve("year").toString(), "--teacher", "nav", "--date",
                "2026-11-19", "--lang", "en")).isEqualTo(1);
        assertThat(err().lines()).hasSize(2).containsExactly(
                "Klase „13.z” šajā mācību gadā nav atrasta. Norādiet klasi, piemēram, --class 7.a.",
                "No teacher has the login \"nav\". Give a login such as --teacher skolotajs.");
    }

    @Test
    void aDateThatIsNotADateIsOneLineAndExitOne() {
        assertThat(run("lessons", "--db", dir.resolve("year").toString(), "--teacher", "skolotajs",
                "--date", "19.11.2026")).isEqualTo(1);
        assertThat(err().lines()).hasSize(1).first().asString().contains("GGGG-MM-DD");
    }

    @Test
    void infoPrintsTheSchoolTheYearAndTheCounts() {
        assertThat(run("info", "--db", dir.resolve("demo.mv.db").toString())).isZero();
        assertThat(out()).contains("Skola: Rīgas", "2026/27", "Klases: 12", "Skolēni: 2", "Žurnāli: ");
    }

    @Test
    void aJournalFromBeforeEncryptionIsEncryptedAtItsFirstOpeningWithAProgressLine() throws Exception {
        // As a build from before encryption left it: the demo's file decrypted, no keyring beside it.
        Path folder = Files.createDirectories(dir.resolve("vecs"));
        Files.copy(dir.resolve("demo.mv.db"), folder.resolve("demo.mv.db"));
        org.h2.tools.ChangeFileEncryption.execute(folder.toString(), "demo", "AES",
                lv.klade.testing.TestLogins.keyPassword(dir.resolve("demo")), null, true);

        assertThat(run("info", "--db", folder.resolve("demo").toString())).isZero();

        assertThat(out()).contains("Skola: Rīgas");
        assertThat(terminal.progress).first().asString().contains("Šifrē žurnālu").endsWith(": 0%");
        assertThat(terminal.progress).last().asString().endsWith(": 100%");
        assertThat(folder.resolve("demo.keys")).exists();
        terminal.progress.clear();
        assertThat(run("info", "--db", folder.resolve("demo").toString())).isZero();
        assertThat(terminal.progress).as("only once").isEmpty();
    }

    @Test
    void aCommandThatOpensAJournalNeedsAUserAndTheirPassword() {
        assertThat(run("info", "--db", dir.resolve("demo").toString(), "--user", "admin", "--lang", "en")).isZero();

        Cli withoutPassword = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Terminal.standard(name -> null,
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        Commands.registerAll(withoutPassword);
        err.reset();
        assertThat(withoutPassword.run("info", "--db", dir.resolve("demo").toString(), "--user", "admin")).isEqualTo(1);
        assertThat(err().lines()).hasSize(1).first().asString().contains("KLADE_PASSWORD");

        err.reset();
        assertThat(withoutPassword.run("info", "--db", dir.resolve("demo").toString())).as("misuse").isEqualTo(2);
        assertThat(err().lines()).hasSize(1).first().asString().contains("--user");
    }

    @Test
    void anUnknownOptionAnUnknownLanguageOrAMissingDbIsMisuse() {
        assertThat(run("info", "--db", dir.resolve("demo").toString(), "--colour", "red")).isEqualTo(2);
        assertThat(err().lines()).hasSize(1).first().asString().contains("--colour");
        err.reset();
        assertThat(run("holidays", "--year", "2026", "--lang", "xx")).isEqualTo(2);
        assertThat(err().lines()).hasSize(1).first().asString().contains("„xx”");
        err.reset();
        assertThat(run("info")).isEqualTo(2);
        assertThat(err().lines()).hasSize(1).first().asString().contains("--db");
    }

    @Test
    void theSameSeedMakesTheSameSchool() {
        assertThat(run("demo", "--db", dir.resolve("again").toString(), "--students", "240")).isZero();
        assertThat(people(dir.resolve("again"))).isEqualTo(people(dir.resolve("demo")));
    }

    /** Every student's name, personal code and class, and every staff login, in a stable order. */
    private static java.util.List<String> people(Path journal) {
        try (Services services = TestLogins.open(journal, Clock.systemUTC())) {
            java.util.List<String> people = new java.util.ArrayList<>();
            for (var schoolClass : services.classRepository().classes(services.year().id())) {
                services.students().ofClass(schoolClass.id()).forEach(student -> people.add(
                        schoolClass.name() + " " + student.fullName() + " " + student.personalCode().value()));
            }
            services.staff().all().forEach(member -> people.add(member.login() + " " + member.fullName()));
            return people;
        }
    }

    @Test
    void holidaysListsTheYearsHolidaysWithMovedDays() {
        assertThat(run("holidays", "--year", "2024")).isZero();
        assertThat(out().lines()).hasSize(14)
                .contains("2024-05-06 Pārceltā brīvdiena (Latvijas Republikas Neatkarības atjaunošanas diena)");
    }

    @Test
    void aMissingJournalIsOneLineAndExitOne() {
        assertThat(run("info", "--db", dir.resolve("nav-tada").toString())).isEqualTo(1);
        assertThat(err().lines()).hasSize(1).first().asString().contains("nav atrasts");
        assertThat(dir.resolve("nav-tada.mv.db")).doesNotExist();
    }

    @Test
    void aFileThatIsNotAJournalIsOneLineAndExitOne() throws Exception {
        Path text = Files.writeString(dir.resolve("saraksts.txt"), "7.a");
        assertThat(run("info", "--db", text.toString(), "--lang", "en")).isEqualTo(1);
        assertThat(err().lines()).hasSize(1).first().asString().contains("is not a Klade journal");
        assertThat(Files.readString(text)).isEqualTo("7.a");
    }

    @Test
    void demoRefusesToOverwriteAJournal() {
        assertThat(run("demo", "--db", dir.resolve("demo").toString())).isEqualTo(1);
        assertThat(err()).contains("jau pastāv");
    }

    @Test
    void gradebookPrintsAStudentsGradesAndTheAverageTheGradeBookHas() {
        BookRow first;
        int rows;
        try (Services services = TestLogins.open(dir.resolve("year"), Clock.systemUTC())) {
            GradeBook book = services.gradeBooks().gradeBook(journal(services, "7.a Matemātika"), Optional.empty());
            first = book.rows().getFirst();
            rows = book.rows().size();
        }
        assertThat(run("gradebook", "--db", dir.resolve("year").toString(), "--journal", "7.a Matemātika")).isZero();
        String average = ((AverageResult.Average) first.sinceYearStart()).value().toPlainString().replace('.', ',');
        String grade = first.cells().values().iterator().next().getFirst().grade().typed();
        assertThat(out().lines().filter(l -> l.matches("\\d+\\. .*"))).hasSize(rows).first().asString()
                .startsWith("1. " + first.student().lastName() + " " + first.student().firstName())
                .contains(" | " + grade + " ", " | " + average);
        assertThat(out()).startsWith("7.a Matemātika: 2026/27. mācību gads");
    }

    @Test
    void gradebookOfAMonthAveragesToTheMonthsEnd() {
        BookRow first;
        try (Services services = TestLogins.open(dir.resolve("year"), Clock.systemUTC())) {
            first = services.gradeBooks().gradeBook(journal(services, "7.a Matemātika"),
                    Optional.of(YearMonth.of(2026, 10))).rows().getFirst();
        }
        assertThat(run("gradebook", "--db", dir.resolve("year").toString(), "--journal", "7.a matemātika",
                "--month", "2026-10", "--lang", "en")).isZero();
        String average = ((AverageResult.Average) first.sinceYearStart()).value().toPlainString();
        assertThat(out().lines().filter(l -> l.startsWith("1. "))).singleElement().asString()
                .contains(" | " + average + " ");
        assertThat(out().lines().skip(1).findFirst().orElseThrow()).contains(".10 ").doesNotContain(".09 ", ".11 ");
    }

    @Test
    void gradebookOfAnUnknownJournalIsOneLineAndExitOne() {
        assertThat(run("gradebook", "--db", dir.resolve("year").toString(), "--journal", "7.a Alķīmija")).isEqualTo(1);
        assertThat(out()).isEmpty();
        assertThat(err().lines()).containsExactly("Žurnāls „7.a Alķīmija” šajā mācību gadā nav atrasts. "
                + "Norādiet žurnālu, piemēram, --journal \"7.a Matemātika\".");
    }

    private static java.util.UUID journal(Services services, String name) {
        return services.classRepository().journals(services.year().id()).stream()
                .filter(j -> j.name().equals(name)).findFirst().orElseThrow().id();
    }

    @Test
    void anUnknownCommandShowsTheUsage() {
        assertThat(run("nezinams")).isEqualTo(2);
        assertThat(err()).contains("demo|info|holidays|timetable|lessons");
    }
}
