package lv.klade.lessons;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import lv.klade.i18n.Messages;

/**
 * Where a lesson's entry stands against the school's deadline (default 17:00 Riga time of the
 * lesson's day). A late entry is allowed and marked, never refused. {@code NOT_HELD} is a planned
 * lesson of an absent teacher that nobody substitutes: there is nothing to fill.
 */
public enum LessonState {
    TO_FILL,
    FILLED,
    FILLED_LATE,
    OVERDUE,
    NOT_HELD;

    /** The school setting with the deadline's time of day, such as "17:00". */
    public static final String DEADLINE_SETTING = "deadline.lessonEntry";
    public static final LocalTime DEFAULT_DEADLINE = LocalTime.of(17, 0);

    /** The state of a lesson on {@code date} first filled at {@code filledAt} (null: not yet), seen at {@code now}. */
    public static LessonState of(LocalDate date, Instant filledAt, Instant now, LocalTime deadline) {
        return of(filledAt, now, deadline(date, deadline));
    }

    /** The state of a lesson due at {@code due} ({@link EntryDeadline}) first filled at {@code filledAt}, seen at {@code now}. */
    public static LessonState of(Instant filledAt, Instant now, Instant due) {
        if (filledAt != null) {
            return filledAt.isAfter(due) ? FILLED_LATE : FILLED;
        }
        return now.isAfter(due) ? OVERDUE : TO_FILL;
    }

    /** The instant entries for a lesson on {@code date} are due: that time of that day in Riga. */
    public static Instant deadline(LocalDate date, LocalTime deadline) {
        return date.atTime(deadline).atZone(Messages.RIGA).toInstant();
    }

    /** The deadline time a setting value names; anything unreadable gives the default. */
    public static LocalTime parseDeadline(String value) {
        try {
            return value == null || value.isBlank() ? DEFAULT_DEADLINE : LocalTime.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return DEFAULT_DEADLINE;
        }
    }

    /** The key of the state's name in the lessons bundle. */
    public String messageKey() {
        return "lesson.state." + name();
    }
}
