package lv.klade.grades;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import lv.klade.i18n.Messages;
import lv.klade.school.ExtraHoliday;
import lv.klade.school.SchoolBreak;
import lv.klade.school.SchoolCalendar;
import lv.klade.school.SchoolYear;
import lv.klade.school.Semester;
import lv.klade.testing.DefaultCalendars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlinesTest {
    private static final UUID YEAR = UUID.randomUUID();
    private static final SchoolCalendar CALENDAR = new SchoolCalendar(
            new SchoolYear(YEAR, UUID.randomUUID(), "2026/27", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 18), true),
            List.of(new Semester(UUID.randomUUID(), YEAR, 1, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 23)),
                    new Semester(UUID.randomUUID(), YEAR, 2, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 6, 18))),
            List.of(new SchoolBreak(UUID.randomUUID(), YEAR, "Rudens brīvlaiks", LocalDate.of(2026, 10, 26),
                    LocalDate.of(2026, 10, 30))),
            List.of(new ExtraHoliday(UUID.randomUUID(), YEAR, LocalDate.of(2026, 10, 7), "Skolas svētki")),
            List.of());
    private static final Deadlines DEADLINES = new Deadlines(GradeSettings.defaults().deadlines());

    @ParameterizedTest(name = "{0} on {1} is due {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # kind              | work date  | due
            # Thursday + 3 working days skips the weekend
            FORMATIVE           | 2026-10-01 | 2026-10-06
            # the extra holiday on 7 October does not count
            FORMATIVE           | 2026-10-05 | 2026-10-09
            # breaks do not stop working days: teachers work in them
            SUMMATIVE           | 2026-10-22 | 2026-11-02
            # 18 November (a Wednesday) is a public holiday
            TEST                | 2026-11-16 | 2026-11-26
            # Christmas and New Year: 24, 25, 26, 31 December and 1 January are public holidays
            HOMEWORK            | 2026-12-22 | 2026-12-29
            SUMMATIVE           | 2026-12-22 | 2027-01-06
            # the month's last working day: 31 October 2026 is a Saturday
            MONTHLY_ATTESTATION | 2026-10-12 | 2026-10-30
            # semester 1 ends on 23 December: 3 working days before is 18 December
            SEMESTER            | 2026-12-23 | 2026-12-18
            YEAR                | 2027-06-18 | 2027-06-15
            """)
    void gradesAreDueByTheirKindsWorkingDays(GradeKind kind, LocalDate work, LocalDate due) {
        assertThat(DEADLINES.due(kind, work, 7, CALENDAR)).contains(due);
    }

    @Test
    void aGradeEnteredOnItsDueDayInRigaIsOnTime() {
        Instant lateEvening = ZonedDateTime.of(2026, 10, 6, 23, 30, 0, 0, Messages.RIGA).toInstant();
        assertThat(DEADLINES.check(GradeKind.FORMATIVE, LocalDate.of(2026, 10, 1), 7, lateEvening, CALENDAR))
                .isInstanceOf(Timeliness.OnTime.class);
    }

    @Test
    void aLateGradeIsMarkedWithTheWorkingDaysPastItsDeadline() {
        Instant monday = ZonedDateTime.of(2026, 10, 12, 9, 0, 0, 0, Messages.RIGA).toInstant();
        assertThat(DEADLINES.check(GradeKind.FORMATIVE, LocalDate.of(2026, 10, 1), 7, monday, CALENDAR))
                .isEqualTo(new Timeliness.Late(java.util.Optional.of(LocalDate.of(2026, 10, 6)), 3));
    }

    @ParameterizedTest(name = "form {0}: {1} of {2} is due {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # 2026/27 by default: forms 1–8 and 10–11 learn to 31.05.2027, form 9 to 11.06, form 12 to 18.06;
            # a period grade is dated by the school's period end; it is due 3 working days before the form's
            # semester ends: semester 1 on 18.12.2026 for all
            # form | kind     | dated      | due
            7      | SEMESTER | 2026-12-18 | 2026-12-15
            12     | SEMESTER | 2026-12-18 | 2026-12-15
            7      | SEMESTER | 2027-06-18 | 2027-05-26
            10     | SEMESTER | 2027-06-18 | 2027-05-26
            9      | SEMESTER | 2027-06-18 | 2027-06-08
            12     | SEMESTER | 2027-06-18 | 2027-06-15
            3      | YEAR     | 2027-06-18 | 2027-05-26
            9      | YEAR     | 2027-06-18 | 2027-06-08
            11     | YEAR     | 2027-06-18 | 2027-05-26
            12     | YEAR     | 2027-06-18 | 2027-06-15
            # a journal with no form follows the year's last day
            0      | YEAR     | 2027-06-18 | 2027-06-15
            """)
    void semesterAndYearGradesAreDueBeforeTheFormsLessonsEnd(int form, GradeKind kind, LocalDate dated, LocalDate due) {
        assertThat(DEADLINES.due(kind, dated, form, DefaultCalendars.of(2026))).contains(due);
    }

    @Test
    void anExamHasAWorkingDayDeadlineButAFinalGradeHasNone() {
        assertThat(DEADLINES.due(GradeKind.FINAL, LocalDate.of(2027, 6, 1), 12, CALENDAR)).isEmpty();
    }
}
