package lv.klade.grades;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The weighted average of one student's grades in one subject, for whatever grades the caller
 * chose (a month, a semester, since the year's start). Pure: usable by the grade book, the CLI and
 * the reports alike.
 * <ul>
 * <li>nv never counts; any atb makes the result {@link AverageResult.Exempt}.</li>
 * <li>10-point grades count with their kind's weight; a kind of weight 0 does not count.</li>
 * <li>i / ni count only when the school gives them points; % only when conversion is on.</li>
 * <li>Levels (S/T/A/P) are not numbers and never count.</li>
 * </ul>
 */
public final class WeightedAverage {
    private WeightedAverage() {
    }

    public static AverageResult of(List<CountedGrade> grades, Weights weights) {
        if (grades.stream().anyMatch(g -> g.grade() instanceof Grade.Exempt)) {
            return new AverageResult.Exempt();
        }
        List<AverageResult.Term> terms = new ArrayList<>();
        long sum = 0;
        long total = 0;
        for (CountedGrade g : grades) {
            int weight = weights.of(g.kind());
            OptionalInt points = points(g.grade(), weights);
            if (weight > 0 && points.isPresent()) {
                terms.add(new AverageResult.Term(g, points.getAsInt(), weight));
                sum += (long) points.getAsInt() * weight;
                total += weight;
            }
        }
        return terms.isEmpty() ? new AverageResult.None() : new AverageResult.Average(terms, sum, total);
    }

    private static OptionalInt points(Grade grade, Weights weights) {
        return switch (grade) {
            case Grade.Points p -> OptionalInt.of(p.value());
            case Grade.Percent p -> weights.convertPercent()
                    ? OptionalInt.of(PercentTable.points(p).value()) : OptionalInt.empty();
            case Grade.PassFail pf -> nonZero(pf.passed() ? weights.passedPoints() : weights.notPassedPoints());
            case Grade.Level l -> OptionalInt.empty();
            case Grade.NoGrade n -> OptionalInt.empty();
            case Grade.Exempt e -> OptionalInt.empty();
        };
    }

    private static OptionalInt nonZero(int points) {
        return points == 0 ? OptionalInt.empty() : OptionalInt.of(points);
    }
}
