package lv.klade.timetable.ui;

import java.time.DayOfWeek;
import java.util.UUID;

/** One timetable entry of the chosen class, as the editor lists it for removal; {@code room} may be empty. */
public record EntryRow(UUID id, DayOfWeek weekday, int period, String journal, String teacher, String room) {
}
