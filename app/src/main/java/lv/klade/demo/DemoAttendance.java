package lv.klade.demo;

import java.util.random.RandomGenerator;

/**
 * Who is away when, for the demo's past lessons. A student falls ill now and then for one to five
 * school days ("ns" in every lesson of those days), misses a single lesson now and then ("n"), and
 * is late now and then ("nk"). A few students skip school: whole days and many single lessons, so
 * they pass the semester's limit of unjustified lessons. About 4 % of lessons are missed in all.
 */
final class DemoAttendance {
    static final String ABSENT = "n";
    static final String ILL = "ns";
    static final String LATE = "nk";

    private static final double FALLS_ILL = 0.009;
    private static final int LONGEST_ILLNESS = 5;
    private static final double MISSES_LESSON = 0.012;
    private static final double IS_LATE = 0.004;
    private static final double SKIPPER_MISSES_DAY = 0.04;
    private static final double SKIPPER_MISSES_LESSON = 0.13;
    private static final int STUDENTS_PER_SKIPPER = 100;

    private enum Day { PRESENT, ILL, SKIPPED }

    private final Day[][] days;
    private final boolean[] skipper;
    private final RandomGenerator random;

    /** Plans the days of {@code students} students over {@code schoolDays} school days. */
    DemoAttendance(int students, int schoolDays, RandomGenerator random) {
        this.random = random;
        this.skipper = new boolean[students];
        int skippers = Math.min(students, Math.max(2, students / STUDENTS_PER_SKIPPER));
        for (int given = 0; given < skippers; ) {
            int s = random.nextInt(students);
            if (!skipper[s]) {
                skipper[s] = true;
                given++;
            }
        }
        this.days = new Day[students][schoolDays];
        for (int s = 0; s < students; s++) {
            int illFor = 0;
            for (int d = 0; d < schoolDays; d++) {
                if (illFor == 0 && random.nextDouble() < FALLS_ILL) {
                    illFor = 1 + random.nextInt(LONGEST_ILLNESS);
                }
                if (illFor > 0) {
                    days[s][d] = Day.ILL;
                    illFor--;
                } else {
                    days[s][d] = skipper[s] && random.nextDouble() < SKIPPER_MISSES_DAY ? Day.SKIPPED : Day.PRESENT;
                }
            }
        }
    }

    /** Student {@code student}'s mark in one lesson on school day {@code day}, or null when present and on time. */
    String mark(int student, int day) {
        switch (days[student][day]) {
            case ILL -> {
                return ILL;
            }
            case SKIPPED -> {
                return ABSENT;
            }
            default -> {
                double r = random.nextDouble();
                double misses = skipper[student] ? SKIPPER_MISSES_LESSON : MISSES_LESSON;
                return r < misses ? ABSENT : r < misses + IS_LATE ? LATE : null;
            }
        }
    }

    /** True for a student who skips school; their tutor gets no excuse notes. */
    boolean skips(int student) {
        return skipper[student];
    }
}
