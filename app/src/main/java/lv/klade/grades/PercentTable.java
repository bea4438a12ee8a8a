package lv.klade.grades;

/**
 * The conversion of a percentage to the 10-point scale, used in averages only when the school turns
 * it on (setting {@code grades.average.convertPercent}). The bands are the ones Latvian schools
 * commonly use: 0–10 % → 1, 11–20 → 2, 21–34 → 3, 35–46 → 4, 47–57 → 5, 58–67 → 6, 68–77 → 7,
 * 78–86 → 8, 87–94 → 9, 95–100 → 10.
 */
public final class PercentTable {
    /** The lowest percentage of each grade from 2 to 10. */
    private static final int[] LOWEST = {11, 21, 35, 47, 58, 68, 78, 87, 95};

    private PercentTable() {
    }

    public static Grade.Points points(Grade.Percent percent) {
        int points = 1;
        for (int lowest : LOWEST) {
            if (percent.value() >= lowest) {
                points++;
            }
        }
        return new Grade.Points(points);
    }
}
