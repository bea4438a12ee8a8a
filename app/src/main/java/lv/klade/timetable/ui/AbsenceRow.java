package lv.klade.timetable.ui;

import java.util.UUID;
import lv.klade.timetable.AbsenceKind;
import lv.klade.timetable.TeacherAbsence;

/** A recorded absence as the list shows it: whose, what kind, which days, why. */
public record AbsenceRow(TeacherAbsence absence, String teacher) {

    public UUID id() {
        return absence.id();
    }

    public AbsenceKind kind() {
        return absence.kind();
    }
}
