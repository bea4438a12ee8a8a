package lv.klade.lessons;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import lv.klade.i18n.Messages;
import lv.klade.school.SchoolCalendar;
import lv.klade.school.SchoolYear;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The deadline variants of lesson entries: the school's hour, a consultation's day, an accompanist's week. */
class EntryDeadlineTest {
    private static final SchoolCalendar CALENDAR = new SchoolCalendar(new SchoolYear(null, null, "2026/27",
            LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31), true), List.of(), List.of(), List.of(), List.of());
    private static final LocalTime FIVE = LocalTime.of(17, 0);

    @Test
    void aRegularLessonIsDueAtTheSchoolsHourOfItsDay() {
        assertThat(EntryDeadline.of(LessonKind.REGULAR, false).due(LocalDate.of(2026, 11, 10), FIVE, CALENDAR))
                .isEqualTo(ZonedDateTime.of(2026, 11, 10, 17, 0, 0, 0, Messages.RIGA).toInstant());
    }

    @Test
    void aConsultationIsDueByTheEndOfItsDay() {
        assertThat(EntryDeadline.of(LessonKind.CONSULTATION, false).due(LocalDate.of(2026, 11, 10), FIVE, CALENDAR))
                .isEqualTo(ZonedDateTime.of(2026, 11, 11, 0, 0, 0, 0, Messages.RIGA).toInstant());
    }

    @Test
    void anAccompanistsLessonIsDueByTheWeeksLastWorkingDay() {
        // Tuesday 10 November 2026: due by the end of Friday 13 November.
        assertThat(EntryDeadline.of(LessonKind.REGULAR, true).due(LocalDate.of(2026, 11, 10), FIVE, CALENDAR))
                .isEqualTo(ZonedDateTime.of(2026, 11, 14, 0, 0, 0, 0, Messages.RIGA).toInstant());
    }

    @Test
    void aPublicHolidayOnFridayMovesTheAccompanistsDeadlineToThursday() {
        // Week of 21 December 2026: 24–25 December (Thu, Fri) are holidays, so Wednesday 23 December is the last.
        assertThat(EntryDeadline.of(LessonKind.REGULAR, true).due(LocalDate.of(2026, 12, 21), FIVE, CALENDAR))
                .isEqualTo(ZonedDateTime.of(2026, 12, 24, 0, 0, 0, 0, Messages.RIGA).toInstant());
    }
}
