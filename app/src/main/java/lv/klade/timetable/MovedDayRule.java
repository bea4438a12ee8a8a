package lv.klade.timetable;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Optional;

/**
 * Which weekday's timetable a moved working day (a worked Saturday) runs. School setting
 * {@value #SETTING}: {@code replaced} (the default) runs the timetable of the weekday it replaces;
 * a weekday name such as {@code FRIDAY} always runs that day's timetable.
 */
public record MovedDayRule(Optional<DayOfWeek> fixed) {
    public static final String SETTING = "timetable.movedDay";
    public static final MovedDayRule REPLACED = new MovedDayRule(Optional.empty());

    /** The rule a setting value names; anything unknown falls back to the default. */
    public static MovedDayRule parse(String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("replaced")) {
            return REPLACED;
        }
        try {
            return new MovedDayRule(Optional.of(DayOfWeek.valueOf(value.strip().toUpperCase(Locale.ROOT))));
        } catch (IllegalArgumentException e) {
            return REPLACED;
        }
    }

    DayOfWeek weekdayFor(DayOfWeek replaced) {
        return fixed.orElse(replaced);
    }
}
