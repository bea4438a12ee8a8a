package lv.klade.timetable;

import java.time.DayOfWeek;
import java.util.UUID;

/** A timetable entry to save: the journal gives the subject and the class or group; the room may be blank. */
public record NewEntry(DayOfWeek weekday, int period, UUID journalId, UUID teacherId, String room) {
}
