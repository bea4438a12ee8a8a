package lv.klade.timetable;

import java.util.UUID;
import lv.klade.school.DateRange;

/** One version of a year's timetable, valid on the days of {@code validity}. */
public record TimetableVersion(UUID id, UUID yearId, String name, DateRange validity) {
}
