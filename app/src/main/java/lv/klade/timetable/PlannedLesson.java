package lv.klade.timetable;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A lesson the timetable plans on a school day. When its teacher is away it is not held, unless a
 * substitute takes it; {@code absence} and {@code substitute} are null when they do not apply.
 */
public record PlannedLesson(LocalDate date, int period, UUID entryId, UUID journalId, UUID teacherId, String room,
                            TeacherAbsence absence, SubstituteAssignment substitute) {

    /** True unless the teacher is away and nobody substitutes. */
    public boolean held() {
        return absence == null || substitute != null;
    }

    /** Who teaches it: the substitute when there is one, else the timetable's teacher. */
    public UUID taughtBy() {
        return substitute != null ? substitute.substituteId() : teacherId;
    }

    public Optional<TeacherAbsence> teacherAbsence() {
        return Optional.ofNullable(absence);
    }
}
