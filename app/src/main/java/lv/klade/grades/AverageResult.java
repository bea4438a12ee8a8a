package lv.klade.grades;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import lv.klade.i18n.Problem;

/** A weighted average that explains itself, or why there is none. */
public sealed interface AverageResult {

    /** One grade that counts: its 10-point value and its weight. */
    record Term(CountedGrade source, int points, int weight) {
    }

    /** The average of the terms: Σ(points × weight) / Σ weight, shown to two decimals (half up). */
    record Average(List<Term> terms, long weightedSum, long totalWeight) implements AverageResult {
        public Average {
            terms = List.copyOf(terms);
            if (terms.isEmpty() || totalWeight <= 0) {
                throw new IllegalArgumentException("An average needs at least one grade with a weight");
            }
        }

        public BigDecimal value() {
            return BigDecimal.valueOf(weightedSum).divide(BigDecimal.valueOf(totalWeight), 2, RoundingMode.HALF_UP);
        }

        /** The nearest 10-point grade, a half rounded up (7.5 → 8): the suggestion for a period grade. */
        public Grade.Points rounded() {
            int points = BigDecimal.valueOf(weightedSum)
                    .divide(BigDecimal.valueOf(totalWeight), 0, RoundingMode.HALF_UP).intValueExact();
            return new Grade.Points(Math.clamp(points, 1, 10));
        }

        /** "(8 × 3 + 7 × 1) / (3 + 1) = 7,75" through the bundle, which sets the decimal mark. */
        public Problem formula() {
            String sum = terms.stream().map(t -> t.points() + " × " + t.weight()).collect(Collectors.joining(" + "));
            String weights = terms.stream().map(t -> Integer.toString(t.weight())).collect(Collectors.joining(" + "));
            return Problem.of("grades.average.formula", sum, weights, value());
        }
    }

    /** The student is exempt (atb) in the subject: left out of its average. */
    record Exempt() implements AverageResult {
    }

    /** No grade counts yet (none, only nv, or only kinds and scales that do not count). */
    record None() implements AverageResult {
    }
}
