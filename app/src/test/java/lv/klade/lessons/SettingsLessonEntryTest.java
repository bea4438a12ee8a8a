package lv.klade.lessons;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.i18n.Messages;
import lv.klade.people.StaffService;
import lv.klade.school.DateRange;
import lv.klade.school.SchoolSettingsService;
import lv.klade.shell.Services;
import lv.klade.testing.MutableClock;
import lv.klade.timetable.NewEntry;
import lv.klade.timetable.NewVersion;
import lv.klade.timetable.TestSchool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The lessons read the settings the administrator saves: the entry deadline, the codes, the limit. */
class SettingsLessonEntryTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
    /** 17:30 in Riga on that Monday. */
    private static final Instant HALF_PAST_FIVE = Instant.parse("2026-11-16T15:30:00Z");

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(HALF_PAST_FIVE);
    private TestSchool school;
    private LessonService lessons;
    private LessonViews views;
    private SchoolSettingsService settings;
    private UUID teacher;
    private UUID maths7a;

    @BeforeEach
    void open() {
        school = new TestSchool(dir, clock);
        LessonRepository repository = new LessonRepository(school.store);
        lessons = new LessonService(school.store, school.schools, school.timetables, repository, Messages.latvian());
        views = new LessonViews(school.schools, school.classes, school.timetables, repository, Messages.latvian(), clock);
        settings = Services.settings(school.store, school.schools, school.schoolService, new StaffService(school.store));
        teacher = school.staff("berzina");
        maths7a = school.classJournal(school.class7a, school.maths, teacher);
        school.timetable.addVersion(Actor.SYSTEM, new NewVersion(school.yearId, "Pamata", LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 6, 18), List.of(new NewEntry(DayOfWeek.MONDAY, 1, maths7a, teacher, "101"))));
    }

    @AfterEach
    void close() {
        school.close();
    }

    private LessonState mondaysState() {
        return views.teacherDay(teacher, MONDAY).lessons().getFirst().state();
    }

    @Test
    void aLaterLessonEntryTimeMakesAnEntryAtHalfPastFiveOnTime() {
        lessons.save(Actor.user(teacher), LessonEntry.regular(maths7a, MONDAY, 1, teacher, "Daļskaitļi", null));
        assertThat(mondaysState()).isEqualTo(LessonState.FILLED_LATE);

        settings.save(Actor.SYSTEM, Map.of(LessonState.DEADLINE_SETTING, "18:00"));

        assertThat(mondaysState()).isEqualTo(LessonState.FILLED);
    }

    private AbsenceService absences() {
        return new AbsenceService(school.store, school.schools, school.classes, new LessonRepository(school.store),
                new AbsenceRepository(school.store));
    }

    @Test
    void aNewAttendanceCodeIsTakenByTheLessonAndCountedAsItsFlagsSay() {
        UUID anna = school.students7a.getFirst();
        settings.save(Actor.SYSTEM, Map.of(AttendanceCodes.SETTING, "n:absence;ns:absence,justified;nk:;sp:absence,justified"));

        lessons.save(Actor.user(teacher), LessonEntry.regular(maths7a, MONDAY, 1, teacher, "Daļskaitļi", null)
                .withMarks(Map.of(anna, "sp")));

        assertThat(absences().counts(school.class7a, new DateRange(MONDAY, MONDAY)).get(anna))
                .isEqualTo(new AbsenceCount(1, 0, 0));
    }

    @Test
    void aLowerLimitFlagsAStudentWithFewerUnjustifiedLessons() {
        UUID janis = school.students7a.get(1);
        for (LocalDate monday : List.of(MONDAY, MONDAY.plusWeeks(1))) {
            lessons.save(Actor.user(teacher), LessonEntry.regular(maths7a, monday, 1, teacher, "Daļskaitļi", null)
                    .withMarks(Map.of(janis, "n")));
        }
        assertThat(absences().monthlySummary(school.class7a, YearMonth.of(2026, 11))).filteredOn(AbsenceSummary::flagged)
                .isEmpty();

        settings.save(Actor.SYSTEM, Map.of(AbsenceService.LIMIT_SETTING, "1"));

        assertThat(absences().monthlySummary(school.class7a, YearMonth.of(2026, 11))).filteredOn(AbsenceSummary::flagged)
                .extracting(AbsenceSummary::studentId).containsExactly(janis);
    }
}
