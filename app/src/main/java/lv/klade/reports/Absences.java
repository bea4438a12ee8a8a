package lv.klade.reports;

/** Missed lessons in a period: justified and unjustified, counted in lessons. */
public record Absences(int justified, int unjustified) {

    public static final Absences NONE = new Absences(0, 0);

    public Absences {
        if (justified < 0 || unjustified < 0) {
            throw new IllegalArgumentException("absences cannot be negative: " + justified + ", " + unjustified);
        }
    }

    public int total() {
        return justified + unjustified;
    }
}
