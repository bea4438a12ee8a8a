package lv.klade.timetable;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.school.DateRange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PlannerTest {
    @TempDir
    Path dir;
    private TestSchool school;
    private UUID teacher;
    private UUID maths7a;

    @BeforeEach
    void open() {
        school = new TestSchool(dir, Clock.systemUTC());
        teacher = school.staff("berzina");
        maths7a = school.classJournal(school.class7a, school.maths, teacher);
        // Maths on Mondays in period 1 and on Wednesdays in period 2, all year.
        school.timetable.addVersion(Actor.SYSTEM, new NewVersion(school.yearId, "1. semestris",
                LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 18), List.of(
                new NewEntry(DayOfWeek.MONDAY, 1, maths7a, teacher, "101"),
                new NewEntry(DayOfWeek.WEDNESDAY, 2, maths7a, teacher, "101"))));
    }

    @AfterEach
    void close() {
        school.close();
    }

    private List<LocalDate> plannedDays(String from, String to) {
        return school.timetables.planner(school.yearId)
                .ofJournals(List.of(maths7a), new DateRange(LocalDate.parse(from), LocalDate.parse(to)))
                .stream().map(PlannedLesson::date).toList();
    }

    @ParameterizedTest(name = "{0}: {1}–{2} gives {3}")
    @CsvSource(textBlock = """
            ordinary week,                    2026-11-09, 2026-11-15, 2026-11-09 2026-11-11
            week of 18 November (Wednesday),  2026-11-16, 2026-11-22, 2026-11-16
            autumn break,                     2026-10-19, 2026-10-23, ''
            first week: starts on Tuesday,    2026-08-31, 2026-09-06, 2026-09-02
            """)
    void lessonsFallOnlyOnSchoolDays(String why, String from, String to, String expected) {
        List<LocalDate> days = expected.isBlank() ? List.of()
                : java.util.Arrays.stream(expected.split(" ")).map(LocalDate::parse).toList();
        assertThat(plannedDays(from, to)).as(why).containsExactlyElementsOf(days);
    }

    @Test
    void extraHolidayHasNoLessons() {
        school.schoolService.addExtraHoliday(Actor.SYSTEM, school.yearId, LocalDate.of(2026, 11, 9), "Skolas diena");
        assertThat(plannedDays("2026-11-09", "2026-11-15")).containsExactly(LocalDate.of(2026, 11, 11));
    }

    @Test
    void movedSaturdayRunsTheTimetableOfTheWeekdayItReplaces() {
        school.schoolService.addMovedWorkingDay(Actor.SYSTEM, school.yearId, LocalDate.of(2026, 11, 28),
                LocalDate.of(2026, 11, 30));
        assertThat(plannedDays("2026-11-28", "2026-12-04"))
                .containsExactly(LocalDate.of(2026, 11, 28), LocalDate.of(2026, 12, 2));
    }

    @Test
    void movedSaturdayFollowsTheSchoolsSettingWhenItNamesAWeekday() {
        school.schoolService.putSetting(Actor.SYSTEM, MovedDayRule.SETTING, "WEDNESDAY");
        school.schoolService.addMovedWorkingDay(Actor.SYSTEM, school.yearId, LocalDate.of(2026, 11, 28),
                LocalDate.of(2026, 11, 30));
        Planner planner = school.timetables.planner(school.yearId);
        assertThat(planner.timetableDay(LocalDate.of(2026, 11, 28))).contains(DayOfWeek.WEDNESDAY);
        assertThat(planner.ofJournals(List.of(maths7a), new DateRange(LocalDate.of(2026, 11, 28),
                LocalDate.of(2026, 11, 28)))).singleElement().extracting(PlannedLesson::period).isEqualTo(2);
    }

    @Test
    void aNewVersionFromADateChangesOnlyTheLessonsFromThatDate() {
        school.timetable.replaceFrom(Actor.SYSTEM, new NewVersion(school.yearId, "2. semestris",
                LocalDate.of(2027, 1, 4), LocalDate.of(2027, 6, 18),
                List.of(new NewEntry(DayOfWeek.TUESDAY, 3, maths7a, teacher, "101"))));

        assertThat(plannedDays("2026-12-14", "2026-12-20"))
                .containsExactly(LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 16));
        assertThat(plannedDays("2027-01-04", "2027-01-10")).containsExactly(LocalDate.of(2027, 1, 5));
        assertThat(school.timetables.versions(school.yearId)).extracting(v -> v.validity().ends())
                .containsExactly(LocalDate.of(2027, 1, 3), LocalDate.of(2027, 6, 18));
    }

    @Test
    void absentTeachersLessonsAreNotHeldWithTheReasonUntilASubstituteTakesThem() {
        school.timetable.addAbsence(Actor.SYSTEM, teacher, AbsenceKind.SICK_LEAVE,
                new DateRange(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 13)), "Slimības lapa A-123");
        UUID substitute = school.staff("ozola");
        school.timetable.assignSubstitute(Actor.SYSTEM, school.yearId, maths7a, LocalDate.of(2026, 11, 11), 2,
                substitute, "12-v", LocalDate.of(2026, 11, 10));

        Planner planner = school.timetables.planner(school.yearId);
        List<PlannedLesson> week = planner.ofJournals(List.of(maths7a),
                new DateRange(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 15)));
        assertThat(week).extracting(PlannedLesson::held).containsExactly(false, true);
        assertThat(week.get(0).absence().reason()).isEqualTo("Slimības lapa A-123");
        assertThat(week.get(1).taughtBy()).isEqualTo(substitute);
        assertThat(planner.ofTeacher(substitute, new DateRange(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 15))))
                .extracting(PlannedLesson::date).containsExactly(LocalDate.of(2026, 11, 11));
    }

    @Test
    void aFormsLessonsStopAfterItsLastLessonDay() {
        UUID class9a = school.classService.addClass(Actor.SYSTEM, school.yearId, "9.a", 9, null, null);
        UUID maths9a = school.classJournal(class9a, school.maths, teacher);
        school.timetable.addVersion(Actor.SYSTEM, new NewVersion(school.yearId, "9. klasei",
                LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 18), List.of(
                new NewEntry(DayOfWeek.TUESDAY, 1, maths9a, teacher, "102"))));
        Planner planner = school.timetables.planner(school.yearId);
        LocalDate form7Ends = planner.calendar().lastLessonDay(7);
        LocalDate form9Ends = planner.calendar().lastLessonDay(9);
        assertThat(form7Ends).isBefore(form9Ends);

        DateRange june = new DateRange(form7Ends.plusDays(1), form9Ends);
        assertThat(planner.ofJournals(List.of(maths7a), june)).isEmpty();
        assertThat(planner.ofJournals(List.of(maths9a), june)).isNotEmpty()
                .allSatisfy(lesson -> assertThat(lesson.date()).isBeforeOrEqualTo(form9Ends));
        assertThat(planner.ofJournals(List.of(maths7a), new DateRange(form7Ends.minusDays(7), form7Ends)))
                .isNotEmpty();
    }

    @Test
    void anEndedJournalHasNoLessonsFromTheDayItEnded() {
        school.classService.end(Actor.SYSTEM, lv.klade.school.MasterItem.JOURNAL, maths7a, LocalDate.of(2026, 11, 11));

        assertThat(plannedDays("2026-11-09", "2026-11-15")).containsExactly(LocalDate.of(2026, 11, 9));
    }
}
