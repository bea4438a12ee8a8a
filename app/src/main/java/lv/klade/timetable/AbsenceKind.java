package lv.klade.timetable;

/** Why a teacher is away; the key of its name is {@code absence.kind.<NAME>} in the timetable bundle. */
public enum AbsenceKind {
    SICK_LEAVE,
    TRAINING,
    OTHER
}
