package lv.klade.lessons;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import lv.klade.i18n.Messages;
import lv.klade.school.SchoolCalendar;

/**
 * When a lesson's entry is due. Most lessons by the school's time of day on their own day; a
 * consultation within its day (seed 000 §3.5: "konkrētās dienas laikā"); an accompanist's lessons by
 * the end of the week's last working day (seed 003 §20).
 */
public enum EntryDeadline {
    SAME_DAY,
    END_OF_DAY,
    END_OF_WEEK;

    /** The variant for a lesson of this kind entered by its journal's accompanist or by a teacher. */
    public static EntryDeadline of(LessonKind kind, boolean byAccompanist) {
        if (byAccompanist) {
            return END_OF_WEEK;
        }
        return kind == LessonKind.CONSULTATION ? END_OF_DAY : SAME_DAY;
    }

    /** The instant the entry of a lesson on {@code date} is due; {@code time} is the school's time of day. */
    public Instant due(LocalDate date, LocalTime time, SchoolCalendar calendar) {
        return switch (this) {
            case SAME_DAY -> LessonState.deadline(date, time);
            case END_OF_DAY -> endOf(date);
            case END_OF_WEEK -> endOf(lastWorkingDayOfWeek(date, calendar));
        };
    }

    /** The week's last working day on or after {@code date}; the lesson's own day when none follows it. */
    static LocalDate lastWorkingDayOfWeek(LocalDate date, SchoolCalendar calendar) {
        LocalDate day = date.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        while (day.isAfter(date) && !calendar.isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    private static Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(Messages.RIGA).toInstant();
    }
}
