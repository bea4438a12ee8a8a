package lv.klade.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.grades.Grade;
import lv.klade.grades.GradeKind;
import lv.klade.grades.NewGrade;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.lessons.LessonEntry;
import lv.klade.people.Role;
import lv.klade.people.RoleGrant;
import lv.klade.people.StaffMember;
import lv.klade.school.Journal;
import lv.klade.shell.Services;
import lv.klade.testing.FirstDayDemo;
import lv.klade.testing.MutableClock;
import lv.klade.testing.TestLogins;
import lv.klade.timetable.NewEntry;
import lv.klade.timetable.NewVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks on a crafted December: from Tuesday 1 December 2026 the timetable plans only the tutor
 * of 7.a in her journal (Tuesday period 1, Monday periods 1 and 2) and "skolotajs" in his (Monday
 * period 2). Planted: Tuesday 1 December's lesson filled the next morning, "skolotajs"'s Monday
 * lesson filled on time, a test's grades with no test in the planner, one unjustified absence.
 */
class ChecksServiceTest {
    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-30T08:00:00Z"));

    @TempDir
    static Path dir;
    private static Services services;
    private static StaffMember deputy;
    private static StaffMember tutor;
    private static StaffMember teacher;
    private static Journal tutorsJournal;
    private static Journal teachersJournal;
    private static UUID pupil;

    @BeforeAll
    static void plant() {
        Path file = dir.resolve("demo");
        FirstDayDemo.create(file, 120, CLOCK);
        services = TestLogins.open(file, CLOCK);
        UUID year = services.year().id();
        deputy = services.staff().byLogin("vietnieks").orElseThrow();
        tutor = services.staff().byLogin("audzinataja").orElseThrow();
        teacher = services.staff().byLogin("skolotajs").orElseThrow();
        UUID class7a = tutor.roles().stream().filter(g -> g.role() == Role.CLASS_TUTOR).map(RoleGrant::classId)
                .findFirst().orElseThrow();
        tutorsJournal = services.classRepository().journalsOfTeacher(year, tutor.id()).stream()
                .filter(j -> class7a.equals(j.classId()) && j.kind().graded()).findFirst().orElseThrow();
        teachersJournal = services.classRepository().journalsOfTeacher(year, teacher.id()).stream()
                .filter(j -> j.classId() != null && !class7a.equals(j.classId()) && j.kind().graded())
                .findFirst().orElseThrow();
        services.timetable().replaceFrom(Actor.SYSTEM, new NewVersion(year, "Testa", TUESDAY,
                services.year().ends(), List.of(
                new NewEntry(DayOfWeek.TUESDAY, 1, tutorsJournal.id(), tutor.id(), "201"),
                new NewEntry(DayOfWeek.MONDAY, 1, tutorsJournal.id(), tutor.id(), "201"),
                new NewEntry(DayOfWeek.MONDAY, 2, tutorsJournal.id(), tutor.id(), "201"),
                new NewEntry(DayOfWeek.MONDAY, 2, teachersJournal.id(), teacher.id(), "305"))));
        pupil = services.gradeBooks().gradeBook(tutorsJournal.id(), Optional.empty()).rows().getFirst()
                .student().id();
        // Tuesday's lesson, with the pupil absent, filled on Wednesday morning: late.
        CLOCK.set(Instant.parse("2026-12-02T07:00:00Z"));
        services.lessons(Messages.latvian()).save(Actor.user(tutor.id()), LessonEntry.regular(tutorsJournal.id(),
                TUESDAY, 1, tutor.id(), "Daļskaitļi", "").withMarks(Map.of(pupil, "n")));
        // A test graded on Wednesday with no test in the planner.
        services.grades().add(Actor.user(tutor.id()), NewGrade.of(pupil, tutorsJournal.id(), GradeKind.TEST,
                new Grade.Points(7), LocalDate.of(2026, 12, 2)));
        // "skolotajs" fills Monday's lesson at noon: on time.
        CLOCK.set(Instant.parse("2026-12-07T10:00:00Z"));
        services.lessons(Messages.latvian()).save(Actor.user(teacher.id()), LessonEntry.regular(teachersJournal.id(),
                MONDAY, 2, teacher.id(), "Vārdšķiras", ""));
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private static Checks checksAt(String instant, YearMonth month, String teacherLogin) {
        CLOCK.set(Instant.parse(instant));
        return new ChecksService(services.schoolRepository(), services.classRepository(),
                services.timetableRepository(), services.lessonRepository(), services.gradeBooks(),
                services.absences(), services.staff(), Messages.latvian(), CLOCK)
                .checks(deputy, month, Optional.ofNullable(teacherLogin));
    }

    private static List<String> lessonLines(Checks checks) {
        return checks.lines().stream().filter(l -> l.kind().name().startsWith("LESSON_"))
                .map(l -> l.kind() + " " + l.date() + " " + l.journal() + " " + l.teacher() + " " + l.detail())
                .toList();
    }

    @Test
    void findsExactlyThePlantedLessonsOverdueFilledLateAndToFill() {
        String tutorName = tutor.fullName();
        String journal = tutorsJournal.name();
        assertThat(lessonLines(checksAt("2026-12-07T16:30:00Z", DECEMBER, null))).containsExactly(
                "LESSON_FILLED_LATE " + TUESDAY + " " + journal + " " + tutorName + " 1. stunda, aizpildīta "
                        + "02.12.2026 09:00",
                "LESSON_OVERDUE " + MONDAY + " " + journal + " " + tutorName + " 1. stunda",
                "LESSON_OVERDUE " + MONDAY + " " + journal + " " + tutorName + " 2. stunda");
        // On Monday morning the same two lessons are still to fill, not overdue.
        assertThat(lessonLines(checksAt("2026-12-07T08:00:00Z", DECEMBER, null))).containsExactly(
                "LESSON_FILLED_LATE " + TUESDAY + " " + journal + " " + tutorName + " 1. stunda, aizpildīta "
                        + "02.12.2026 09:00",
                "LESSON_TO_FILL " + MONDAY + " " + journal + " " + tutorName + " 1. stunda",
                "LESSON_TO_FILL " + MONDAY + " " + journal + " " + tutorName + " 2. stunda");
    }

    @Test
    void oneTeachersChecksHoldOnlyTheirLines() {
        Checks teachers = checksAt("2026-12-07T16:30:00Z", DECEMBER, "skolotajs");
        assertThat(teachers.teacher()).isEqualTo(teacher.fullName());
        assertThat(teachers.lines()).isEmpty();
        Checks tutors = checksAt("2026-12-07T16:30:00Z", DECEMBER, "audzinataja");
        assertThat(tutors.lines()).isNotEmpty().allMatch(l -> l.teacher().equals(tutor.fullName()));
    }

    @Test
    void aTestNotInThePlannerIsOneLineForItsJournal() {
        Checks checks = checksAt("2026-12-07T16:30:00Z", DECEMBER, null);
        assertThat(checks.lines().stream().filter(l -> l.kind() == CheckKind.TEST_NOT_PLANNED))
                .singleElement().satisfies(l -> {
                    assertThat(l.journalId()).isEqualTo(tutorsJournal.id());
                    assertThat(l.date()).isEqualTo(LocalDate.of(2026, 12, 2));
                });
    }

    @Test
    void anAbsenceStillOpenAfterTheMonthIsItsClassesLine() {
        assertThat(checksAt("2026-12-07T16:30:00Z", DECEMBER, null).count(CheckKind.ABSENCES_NOT_PROCESSED))
                .as("the month is not over").isZero();
        Checks january = checksAt("2027-01-04T10:00:00Z", DECEMBER, null);
        assertThat(january.lines().stream().filter(l -> l.kind() == CheckKind.ABSENCES_NOT_PROCESSED))
                .singleElement().satisfies(l -> {
                    assertThat(l.classId()).isEqualTo(tutorsJournal.classId());
                    assertThat(l.teacher()).isEqualTo(tutor.fullName());
                    assertThat(l.detail()).isEqualTo("1 neattaisnoti kavējumi, 1 skolēni");
                });
    }

    @Test
    void aMonthOutsideTheYearATeacherNobodyIsAndATeachersOwnLookAreRefused() {
        assertThatThrownBy(() -> checksAt("2026-12-07T16:30:00Z", YearMonth.of(2030, 1), null))
                .isInstanceOf(UserError.class)
                .satisfies(e -> assertThat(((UserError) e).problem().text(Messages.latvian()))
                        .isEqualTo("Mēnesis 01.2030 nav neviena mācību gada laikā."));
        assertThatThrownBy(() -> checksAt("2026-12-07T16:30:00Z", DECEMBER, "nav-tads"))
                .isInstanceOf(UserError.class);
        CLOCK.set(Instant.parse("2026-12-07T16:30:00Z"));
        ChecksService service = new ChecksService(services.schoolRepository(), services.classRepository(),
                services.timetableRepository(), services.lessonRepository(), services.gradeBooks(),
                services.absences(), services.staff(), Messages.latvian(), CLOCK);
        assertThatThrownBy(() -> service.checks(teacher, DECEMBER, Optional.empty()))
                .isInstanceOf(UserError.class)
                .satisfies(e -> assertThat(((UserError) e).problem().text(Messages.latvian()))
                        .startsWith(teacher.fullName() + " nedrīkst skatīt pārbaudes"));
        assertThat(ChecksRights.maySee(deputy.roles())).isTrue();
        assertThat(ChecksRights.maySee(tutor.roles())).isFalse();
    }
}
