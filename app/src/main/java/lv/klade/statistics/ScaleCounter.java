package lv.klade.statistics;

import java.util.ArrayList;
import java.util.List;
import lv.klade.grades.Grade;
import lv.klade.grades.LearningLevel;
import lv.klade.grades.Scale;

/** Counts grades into one distribution per scale; nv and atb are not counted. */
final class ScaleCounter {
    private static final int PERCENT_BANDS = 10;
    private final int[] points = new int[10];
    private final int[] levels = new int[LearningLevel.values().length];
    private final int[] passFail = new int[2];
    private final int[] percent = new int[PERCENT_BANDS];

    void add(Grade grade) {
        switch (grade) {
            case Grade.Points(int value) -> points[value - 1]++;
            case Grade.Level(LearningLevel level) -> levels[level.ordinal()]++;
            case Grade.PassFail(boolean passed) -> passFail[passed ? 0 : 1]++;
            // 100 % falls in the top band with 90–99 %.
            case Grade.Percent(int value) -> percent[Math.min(value / 10, PERCENT_BANDS - 1)]++;
            case Grade.NoGrade none -> { }
            case Grade.Exempt exempt -> { }
        }
    }

    List<Distribution> distributions() {
        List<String> pointMarks = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            pointMarks.add(Integer.toString(i));
        }
        List<String> bands = new ArrayList<>();
        for (int i = 0; i < PERCENT_BANDS; i++) {
            bands.add(i * 10 + "–" + (i == PERCENT_BANDS - 1 ? 100 : i * 10 + 9) + " %");
        }
        return List.of(new Distribution(Scale.TEN_POINT, pointMarks, list(points)),
                new Distribution(Scale.LEVELS, java.util.Arrays.stream(LearningLevel.values()).map(Enum::name).toList(),
                        list(levels)),
                new Distribution(Scale.PASS_FAIL, List.of("i", "ni"), list(passFail)),
                new Distribution(Scale.PERCENT, bands, list(percent)));
    }

    private static List<Integer> list(int[] counts) {
        return java.util.Arrays.stream(counts).boxed().toList();
    }
}
