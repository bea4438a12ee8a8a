package lv.klade.school;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import lv.klade.i18n.Messages;
import lv.klade.testing.DefaultCalendars;
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
        return DefaultCalendars.of(2026, YEAR,
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
            2026-10-16,  5, 2026-10-23, 'the autumn break counts for deadlines'
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
        LocalDate autumnBreak = LocalDate.of(2026, 10, 20);

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
            2027-03-09, Pavasara brīvlaiks
            2027-06-01, Mācības 7. klasēm beidzās 31.05.2027
            """)
    void dayOffReasonSaysWhyThereAreNoLessons(LocalDate date, String reason) {
        assertThat(calendar.dayOffReason(date, 7).map(r -> r.text(Messages.latvian()))).contains(reason);
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

    @ParameterizedTest(name = "{0}/{1}: form {2} learns to {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # the regulations' dates: MK noteikumi par 2023./24. – 2026./27. mācību gada laiku
            # start | year      | form | last lesson day
            2023    | 2023/24   | 7    | 2024-05-31
            2023    | 2023/24   | 9    | 2024-06-14
            2024    | 2024/25   | 7    | 2025-05-30
            2024    | 2024/25   | 9    | 2025-06-13
            2024    | 2024/25   | 12   | 2025-06-20
            2025    | 2025/26   | 1    | 2026-05-29
            2025    | 2025/26   | 8    | 2026-05-29
            2025    | 2025/26   | 9    | 2026-06-12
            2025    | 2025/26   | 10   | 2026-05-29
            2025    | 2025/26   | 11   | 2026-05-29
            2025    | 2025/26   | 12   | 2026-06-19
            2026    | 2026/27   | 1    | 2027-05-31
            2026    | 2026/27   | 8    | 2027-05-31
            2026    | 2026/27   | 9    | 2027-06-11
            2026    | 2026/27   | 11   | 2027-05-31
            2026    | 2026/27   | 12   | 2027-06-18
            """)
    void theDefaultPlanEndsEachFormsLessonsAsTheRegulationDoes(int start, String name, int form, LocalDate lastDay) {
        YearPlan plan = YearPlan.latvianDefault(start);

        assertThat(plan.name()).isEqualTo(name);
        assertThat(plan.lastLessonDay(form)).isEqualTo(lastDay);
    }

    @ParameterizedTest(name = "{0}: {1} {2}–{3}")
    @CsvSource(delimiter = '|', textBlock = """
            # start | period             | from       | to
            2025    | year               | 2025-09-01 | 2026-06-19
            2025    | semester 1         | 2025-09-01 | 2025-12-19
            2025    | semester 2         | 2026-01-05 | 2026-06-19
            2025    | Rudens brīvlaiks   | 2025-10-20 | 2025-10-24
            2025    | Ziemas brīvlaiks   | 2025-12-22 | 2026-01-02
            2025    | Pavasara brīvlaiks | 2026-03-09 | 2026-03-13
            2026    | year               | 2026-09-01 | 2027-06-18
            2026    | semester 1         | 2026-09-01 | 2026-12-18
            2026    | semester 2         | 2027-01-04 | 2027-06-18
            2026    | Rudens brīvlaiks   | 2026-10-19 | 2026-10-23
            2026    | Ziemas brīvlaiks   | 2026-12-21 | 2027-01-01
            2026    | Pavasara brīvlaiks | 2027-03-08 | 2027-03-12
            2024    | year               | 2024-09-02 | 2025-06-20
            """)
    void theDefaultPlanHasTheRegulationsSemestersAndBreaks(int start, String period, LocalDate from, LocalDate to) {
        YearPlan plan = YearPlan.latvianDefault(start);
        DateRange range = switch (period) {
            case "year" -> plan.days();
            case "semester 1" -> plan.semester1();
            case "semester 2" -> plan.semester2();
            default -> plan.breaks().stream().filter(b -> b.name().equals(period)).findFirst().orElseThrow().range();
        };

        assertThat(range).isEqualTo(new DateRange(from, to));
    }

    @Test
    void eachFormsSecondSemesterEndsWithItsLessons() {
        assertThat(calendar.semesters(7)).extracting(Semester::ends)
                .containsExactly(LocalDate.of(2026, 12, 18), LocalDate.of(2027, 5, 31));
        assertThat(calendar.semesters(12)).extracting(Semester::ends)
                .containsExactly(LocalDate.of(2026, 12, 18), LocalDate.of(2027, 6, 18));
    }

    @Test
    void aFormHasNoLessonsAfterItsLastDayWhileFormNineStillLearns() {
        LocalDate june = LocalDate.of(2027, 6, 1);

        assertThat(calendar.isSchoolDay(june, 7)).isFalse();
        assertThat(calendar.isSchoolDay(june, 9)).isTrue();
        assertThat(calendar.isSchoolDay(june)).isTrue();
    }

    @Test
    void aYearWithoutFormsLastDaysEndsEveryFormOnItsLastDay() {
        SchoolYear year = calendar.year();
        SchoolCalendar old = new SchoolCalendar(year, calendar.semesters(), calendar.breaks(), List.of(), List.of());

        assertThat(old.lastLessonDay(7)).isEqualTo(year.ends());
        assertThat(old.semesters(7)).isEqualTo(calendar.semesters());
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
