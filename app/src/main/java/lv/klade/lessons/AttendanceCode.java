package lv.klade.lessons;

/**
 * One of the school's attendance codes: whether it counts as an absence, and whether it is
 * justified by itself (such as "ns", absent ill) or needs the class tutor's justification.
 */
public record AttendanceCode(String code, boolean absence, boolean justified) {
}
