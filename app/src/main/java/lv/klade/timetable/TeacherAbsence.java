package lv.klade.timetable;

import java.util.UUID;
import lv.klade.school.DateRange;

/** A period a teacher is away: their planned lessons in it are not held, with this reason. */
public record TeacherAbsence(UUID id, UUID staffId, AbsenceKind kind, DateRange days, String reason) {
}
