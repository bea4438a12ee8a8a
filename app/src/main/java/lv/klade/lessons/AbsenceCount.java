package lv.klade.lessons;

/**
 * A student's lessons missed in a range of days, justified and unjustified, and the times marked
 * with a code that is not an absence (late, "nk" by default).
 */
public record AbsenceCount(int justified, int unjustified, int late) {
    public static final AbsenceCount NONE = new AbsenceCount(0, 0, 0);
}
