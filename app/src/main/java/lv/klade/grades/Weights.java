package lv.klade.grades;

import java.util.EnumMap;
import java.util.Map;

/**
 * How grades count in a weighted average: a whole-number weight per kind (0: does not count), the
 * points an i or ni counts as (0: does not count), and whether percentages count, converted by
 * {@link PercentTable}. The defaults are in {@link GradeSettings}.
 */
public record Weights(Map<GradeKind, Integer> byKind, int passedPoints, int notPassedPoints,
                      boolean convertPercent) {

    public Weights {
        EnumMap<GradeKind, Integer> copy = new EnumMap<>(GradeKind.class);
        for (GradeKind kind : GradeKind.values()) {
            int weight = byKind.getOrDefault(kind, 0);
            if (weight < 0) {
                throw new IllegalArgumentException("A weight is not negative: " + kind + " " + weight);
            }
            copy.put(kind, weight);
        }
        byKind = Map.copyOf(copy);
        checkPoints(passedPoints);
        checkPoints(notPassedPoints);
    }

    private static void checkPoints(int points) {
        if (points < 0 || points > 10) {
            throw new IllegalArgumentException("i/ni counts as 0 (not at all) or 1–10 points: " + points);
        }
    }

    public int of(GradeKind kind) {
        return byKind.get(kind);
    }

    /** The same rules with every kind's weight multiplied by {@code factor}. */
    public Weights times(int factor) {
        EnumMap<GradeKind, Integer> scaled = new EnumMap<>(GradeKind.class);
        byKind.forEach((kind, weight) -> scaled.put(kind, weight * factor));
        return new Weights(scaled, passedPoints, notPassedPoints, convertPercent);
    }
}
