package lv.klade.grades;

/** The most tests a class should have on one day and in one week (Monday to Sunday). */
public record TestLimits(int perDay, int perWeek) {

    public TestLimits {
        if (perDay < 1 || perWeek < perDay) {
            throw new IllegalArgumentException("Test limits need 1 ≤ per day ≤ per week: " + perDay + ", " + perWeek);
        }
    }
}
