package lv.klade.school;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.db.ChangeLog;
import lv.klade.db.Database;
import lv.klade.db.JournalStore;
import lv.klade.i18n.UserError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchoolServiceTest {
    @TempDir
    Path dir;
    private Database database;
    private SchoolRepository repository;
    private SchoolService service;
    private ChangeLog log;
    private UUID schoolId;
    private UUID yearId;

    @BeforeEach
    void open() {
        database = Database.create(dir.resolve("j"), Clock.systemUTC());
        JournalStore store = new JournalStore(database, Clock.systemUTC());
        repository = new SchoolRepository(store);
        service = new SchoolService(store, repository);
        log = new ChangeLog(store);
        schoolId = service.createSchool(Actor.SYSTEM, "Rīgas 1. vidusskola", "3113900001", "Rīga");
        yearId = service.defaultYear(Actor.SYSTEM, schoolId, 2026);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void assertRefusedWithNothingWritten(Runnable write, String key) {
        long changes = log.count();
        assertThatThrownBy(write::run).isInstanceOfSatisfying(UserError.class,
                e -> assertThat(e.problem().key()).isEqualTo(key));
        assertThat(log.count()).isEqualTo(changes);
    }

    @Test
    void theDefaultYearIsCurrentWithItsSemestersAndBreaks() {
        SchoolCalendar calendar = repository.calendar(yearId);

        assertThat(repository.currentYear()).hasValueSatisfying(y -> assertThat(y.name()).isEqualTo("2026/27"));
        assertThat(calendar.semesters()).extracting(Semester::ends)
                .containsExactly(LocalDate.of(2026, 12, 18), LocalDate.of(2027, 6, 18));
        assertThat(calendar.breaks()).extracting(SchoolBreak::name)
                .containsExactly("Rudens brīvlaiks", "Ziemas brīvlaiks", "Pavasara brīvlaiks");
    }

    @Test
    void creatingASchoolAndAYearRecordsOneChangePerRow() {
        // school, year, two semesters, three breaks, twelve forms' last lesson days
        assertThat(log.count()).isEqualTo(19);
    }

    @Test
    void aSecondYearIsNotCurrentUntilChosen() {
        UUID next = service.defaultYear(Actor.SYSTEM, schoolId, 2027);
        assertThat(repository.currentYear()).map(SchoolYear::id).contains(yearId);

        service.setCurrentYear(Actor.SYSTEM, next);

        assertThat(repository.currentYear()).map(SchoolYear::id).contains(next);
        assertThat(repository.years()).filteredOn(SchoolYear::current).hasSize(1);
    }

    @Test
    void aSecondSchoolIsRefused() {
        assertRefusedWithNothingWritten(() -> service.createSchool(Actor.SYSTEM, "Cita", null, null), "school.exists");
    }

    @Test
    void aYearWithTheSameNameIsRefused() {
        assertRefusedWithNothingWritten(() -> service.defaultYear(Actor.SYSTEM, schoolId, 2026), "year.duplicate");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2026-10-30, 2026-10-26, range.endsBeforeStart
            2027-06-20, 2027-06-30, range.outsideYear
            2026-10-22, 2026-10-26, break.overlap
            """)
    void aBadBreakWritesNothing(LocalDate starts, LocalDate ends, String key) {
        assertRefusedWithNothingWritten(() -> service.addBreak(Actor.SYSTEM, yearId, "Papildu", starts, ends), key);
        assertThat(repository.breaks(yearId)).hasSize(3);
    }

    @Test
    void theDefaultYearEndsEachFormsLessonsOnItsOwnDay() {
        SchoolCalendar calendar = repository.calendar(yearId);

        assertThat(calendar.lastLessonDay(7)).isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(calendar.lastLessonDay(9)).isEqualTo(LocalDate.of(2027, 6, 11));
        assertThat(calendar.lastLessonDay(12)).isEqualTo(LocalDate.of(2027, 6, 18));
    }

    @Test
    void aFormsLastLessonDayCanBeCorrected() {
        service.setLastLessonDay(Actor.SYSTEM, yearId, 9, LocalDate.of(2027, 6, 4));

        SchoolCalendar calendar = repository.calendar(yearId);
        assertThat(calendar.lastLessonDay(9)).isEqualTo(LocalDate.of(2027, 6, 4));
        assertThat(calendar.semesters(9).getLast().ends()).isEqualTo(LocalDate.of(2027, 6, 4));
        assertThat(repository.formEnds(yearId)).hasSize(12);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            9,  2026-12-30, formEnd.outsideSemester
            9,  2027-06-21, formEnd.outsideSemester
            13, 2027-05-28, class.formInvalid
            """)
    void aLastLessonDayOutsideSemesterTwoOrForNoFormWritesNothing(int form, LocalDate day, String key) {
        assertRefusedWithNothingWritten(() -> service.setLastLessonDay(Actor.SYSTEM, yearId, form, day), key);
    }

    @Test
    void anAddedBreakStopsLessonsButNotWorkingDays() {
        long before = log.count();
        LocalDate day = LocalDate.of(2027, 2, 15);

        service.addBreak(Actor.SYSTEM, yearId, "Ziemas sporta nedēļa", day, day.plusDays(4));

        assertThat(log.count()).isEqualTo(before + 1);
        assertThat(repository.calendar(yearId).isSchoolDay(day)).isFalse();
        assertThat(repository.calendar(yearId).isWorkingDay(day)).isTrue();
    }

    @Test
    void anExtraHolidayIsADayOffAndCanBeRemoved() {
        LocalDate day = LocalDate.of(2027, 5, 3);
        UUID id = service.addExtraHoliday(Actor.SYSTEM, yearId, day, "Valdības noteikta brīvdiena");
        assertThat(repository.calendar(yearId).isWorkingDay(day)).isFalse();

        service.removeExtraHoliday(Actor.SYSTEM, id);

        assertThat(repository.calendar(yearId).isWorkingDay(day)).isTrue();
    }

    @Test
    void anExtraHolidayOnAPublicHolidayIsRefused() {
        assertRefusedWithNothingWritten(() -> service.addExtraHoliday(Actor.SYSTEM, yearId,
                LocalDate.of(2026, 11, 18), "Svētki"), "extraHoliday.isPublicHoliday");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2027-05-10, 2027-05-03, moved.workNotWeekend
            2027-05-01, 2027-05-03, moved.workNotWeekend
            2027-05-08, 2027-05-09, moved.replacesNotWeekday
            2027-07-03, 2027-05-03, range.outsideYear
            """)
    void aBadMovedWorkingDayWritesNothing(LocalDate work, LocalDate replaces, String key) {
        assertRefusedWithNothingWritten(() -> service.addMovedWorkingDay(Actor.SYSTEM, yearId, work, replaces), key);
    }

    @Test
    void aMovedWorkingDayIsRefusedTheSecondTime() {
        service.addMovedWorkingDay(Actor.SYSTEM, yearId, LocalDate.of(2027, 5, 8), LocalDate.of(2027, 5, 3));

        assertRefusedWithNothingWritten(() -> service.addMovedWorkingDay(Actor.SYSTEM, yearId,
                LocalDate.of(2027, 5, 15), LocalDate.of(2027, 5, 3)), "moved.duplicate");
        assertThat(repository.calendar(yearId).isSchoolDay(LocalDate.of(2027, 5, 8))).isTrue();
    }

    @Test
    void bellPeriodsMustNotOverlap() {
        service.addBellPeriod(Actor.SYSTEM, 1, LocalTime.of(8, 30), LocalTime.of(9, 10));

        assertRefusedWithNothingWritten(() -> service.addBellPeriod(Actor.SYSTEM, 2, LocalTime.of(9, 0),
                LocalTime.of(9, 40)), "bell.overlap");
        assertRefusedWithNothingWritten(() -> service.addBellPeriod(Actor.SYSTEM, 1, LocalTime.of(10, 0),
                LocalTime.of(10, 40)), "bell.duplicate");
        assertRefusedWithNothingWritten(() -> service.addBellPeriod(Actor.SYSTEM, 3, LocalTime.of(11, 0),
                LocalTime.of(10, 40)), "bell.endsBeforeStart");
        assertThat(repository.bellPeriods()).hasSize(1);
    }

    @Test
    void puttingASettingTwiceUpdatesIt() {
        service.putSetting(Actor.SYSTEM, "deadline.lessonEntry", "17:00");
        service.putSetting(Actor.SYSTEM, "deadline.lessonEntry", "18:00");

        assertThat(repository.setting("deadline.lessonEntry")).contains("18:00");
        assertThat(repository.settings()).hasSize(1);
    }
}
