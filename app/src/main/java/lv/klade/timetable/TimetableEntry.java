package lv.klade.timetable;

import java.time.DayOfWeek;
import java.util.UUID;

/** A weekly slot of a timetable version: on {@code weekday} in bell period {@code period}, a journal's lesson. */
public record TimetableEntry(UUID id, UUID versionId, DayOfWeek weekday, int period, UUID journalId, UUID teacherId,
                             String room) {
}
