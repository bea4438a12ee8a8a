package lv.klade.school;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import lv.klade.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SchoolCalendarTest {
    private static final UUID YEAR = UUID.randomUUID();
    private static final LocalDate EXTRA = LocalDate.of(2026, 11, 19);
    private static final LocalDate WORKED_SATURDAY = LocalDate.of(2027, 5, 8);
    private static final LocalDate REPLACED_MONDAY = LocalDate.of(2027, 5, 3);

    private final SchoolCalendar calendar = calendar2026();

    private static SchoolCalendar calendar2026() {
        YearPlan plan = YearPlan.latvianDefault(2026);
        SchoolYear year = new SchoolYear(YEAR, UUID.randomUUID(), plan.name(), plan.days().starts(),
                plan.days().ends(), true);
        List<SchoolBreak> breaks = plan.breaks().stream()
                .map(b -> new SchoolBreak(UUID.randomUUID(), YEAR, b.name(), b.range().starts(), b.range().ends()))
                .toList();
        return new SchoolCalendar(year,
                List.of(new Semester(UUID.randomUUID(), YEAR, 1, plan.semester1().starts(), plan.semester1().ends()),
                        new Semester(UUID.randomUUID(), YEAR, 2, plan.semester2().starts(), plan.semester2().ends())),
                breaks,
                List.of(new ExtraHoliday(UUID.randomUUID(), YEAR, EXTRA, "Valdības noteikta brīvdiena")),
                List.of(new MovedWorkingDay(UUID.randomUUID(), YEAR, WORKED_SATURDAY, REPLACED_MONDAY)));
    }

    @ParameterizedTest(name = "{0} + {1} = {2}: {3}")
    @CsvSource(textBlock = """
            2027-03-25,  1, 2027-03-30, 'Good Friday, weekend, Easter Monday'
            2026-12-23,  1, 2026-12-28, 'Christmas and a weekend; the winter break still counts'
            2026-11-17,  1, 2026-11-20, '18 Nov public holiday, 19 Nov extra holiday'
            2027-04-30,  1, 2027-05-05, '1 May Saturday, replaced Monday, 4 May'
            2027-05-07,  1, 2027-05-08, 'the moved Saturday is worked'
            2026-10-23,  5, 2026-10-30, 'the autumn break counts for deadlines'
            2026-09-01,  0, 2026-09-01, 'no days: the same day'
            2031-12-23,  1, 2031-12-29, 'past the year: public holidays still known'
            """)
    void plusWorkingDaysSkipsDaysOff(LocalDate from, int n, LocalDate expected, String why) {
        assertThat(calendar.plusWorkingDays(from, n)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2027-04-30, 2027-05-10, 5
            2027-03-25, 2027-03-30, 1
            2026-09-01, 2026-09-01, 0
            2026-09-10, 2026-09-01, 0
            """)
    void workingDaysBetweenCountsDaysAfterTheFirstUpToAndIncludingTheLast(LocalDate a, LocalDate b, int count) {
        assertThat(calendar.workingDaysBetween(a, b)).isEqualTo(count);
    }

    @Test
    void workingDaysBetweenUndoesPlusWorkingDays() {
        LocalDate from = LocalDate.of(2026, 12, 10);

        assertThat(calendar.workingDaysBetween(from, calendar.plusWorkingDays(from, 17))).isEqualTo(17);
    }

    @Test
    void aBreakDayIsAWorkingDayButNoSchoolDay() {
        LocalDate autumnBreak = LocalDate.of(2026, 10, 27);

        assertThat(calendar.isWorkingDay(autumnBreak)).isTrue();
        assertThat(calendar.isSchoolDay(autumnBreak)).isFalse();
        assertThat(calendar.dayOffReason(autumnBreak)).hasValueSatisfying(
                reason -> assertThat(reason.text(Messages.latvian())).isEqualTo("Rudens brīvlaiks"));
    }

    @Test
    void theMovedSaturdayIsASchoolDayAndTheReplacedMondayIsOff() {
        assertThat(calendar.isSchoolDay(WORKED_SATURDAY)).isTrue();
        assertThat(calendar.isWorkingDay(REPLACED_MONDAY)).isFalse();
        assertThat(calendar.dayOffReason(REPLACED_MONDAY)).containsInstanceOf(DayOff.Replaced.class);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2026-11-18, Latvijas Republikas proklamēšanas diena
            2026-11-19, Valdības noteikta brīvdiena
            2026-11-21, Brīvdiena (sestdiena vai svētdiena)
            2026-08-31, Ārpus mācību gada
            2027-06-21, Ārpus mācību gada
            2027-03-16, Pavasara brīvlaiks
            """)
    void dayOffReasonSaysWhyThereAreNoLessons(LocalDate date, String reason) {
        assertThat(calendar.dayOffReason(date).map(r -> r.text(Messages.latvian()))).contains(reason);
    }

    @Test
    void aPublicHolidayIsKnownOutsideTheYear() {
        assertThat(calendar.isPublicHoliday(LocalDate.of(2031, 12, 25))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 12, 25))).isFalse();
    }

    @Test
    void anOrdinaryWeekdayInTheYearIsASchoolDay() {
        assertThat(calendar.isSchoolDay(LocalDate.of(2026, 9, 1))).isTrue();
        assertThat(calendar.dayOffReason(LocalDate.of(2026, 9, 1))).isEmpty();
    }

    @Test
    void theDefault2026PlanFollowsTheLatvianPattern() {
        YearPlan plan = YearPlan.latvianDefault(2026);

        assertThat(plan.name()).isEqualTo("2026/27");
        assertThat(plan.days()).isEqualTo(range("2026-09-01", "2027-06-18"));
        assertThat(plan.semester1()).isEqualTo(range("2026-09-01", "2026-12-23"));
        assertThat(plan.semester2()).isEqualTo(range("2027-01-04", "2027-06-18"));
        assertThat(plan.breaks()).extracting(NamedRange::range).containsExactly(
                range("2026-10-26", "2026-10-30"), range("2026-12-28", "2027-01-01"), range("2027-03-15", "2027-03-19"));
    }

    @Test
    void semesterOfFindsTheSemesterOfADate() {
        assertThat(calendar.semesterOf(LocalDate.of(2027, 2, 1))).hasValueSatisfying(
                s -> assertThat(s.number()).isEqualTo(2));
        assertThat(calendar.semesterOf(LocalDate.of(2026, 12, 30))).isEmpty();
    }

    private static DateRange range(String starts, String ends) {
        return new DateRange(LocalDate.parse(starts), LocalDate.parse(ends));
    }
}
