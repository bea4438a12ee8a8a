package lv.klade.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import lv.klade.grades.Scale;

/**
 * One group's grades (a class, a subject, a teacher …): the average of its 10-point grades only,
 * and a distribution per scale. nv and atb are not grades and are not counted.
 */
public record GradeFigures(String label, List<Distribution> distributions) {
    public GradeFigures {
        distributions = List.copyOf(distributions);
    }

    /** The plain average of the 10-point grades, to two decimals; empty when there are none. */
    public Optional<BigDecimal> pointsAverage() {
        Distribution points = of(Scale.TEN_POINT);
        long sum = 0;
        for (int i = 0; i < points.counts().size(); i++) {
            sum += (long) points.counts().get(i) * (i + 1);
        }
        return points.total() == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(points.total()), 2, RoundingMode.HALF_UP));
    }

    public Distribution of(Scale scale) {
        return distributions.stream().filter(d -> d.scale() == scale).findFirst()
                .orElseThrow(() -> new IllegalStateException("No distribution of " + scale));
    }

    /** Grades of every scale together. */
    public int total() {
        return distributions.stream().mapToInt(Distribution::total).sum();
    }
}
