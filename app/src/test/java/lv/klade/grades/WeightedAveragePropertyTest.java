package lv.klade.grades;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import static org.assertj.core.api.Assertions.assertThat;

class WeightedAveragePropertyTest {
    private static final Weights WEIGHTS = GradeSettings.defaults().weights();

    @Provide
    Arbitrary<CountedGrade> grade() {
        Arbitrary<Grade> value = Arbitraries.oneOf(
                Arbitraries.integers().between(1, 10).map(Grade.Points::new),
                Arbitraries.integers().between(0, 100).map(Grade.Percent::new),
                Arbitraries.of(true, false).map(Grade.PassFail::new),
                Arbitraries.of(LearningLevel.class).map(Grade.Level::new),
                Arbitraries.just(new Grade.NoGrade()));
        return Combinators.combine(value, Arbitraries.of(GradeKind.class),
                        Arbitraries.integers().between(0, 300))
                .as((g, kind, day) -> new CountedGrade(null, g, kind, LocalDate.of(2026, 9, 1).plusDays(day)));
    }

    @Property
    void orderDoesNotMatter(@ForAll @Size(max = 30) List<@From("grade") CountedGrade> grades, @ForAll long seed) {
        List<CountedGrade> shuffled = new ArrayList<>(grades);
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(value(WeightedAverage.of(shuffled, WEIGHTS))).isEqualTo(value(WeightedAverage.of(grades, WEIGHTS)));
    }

    @Property
    void addingNvChangesNothing(@ForAll @Size(max = 30) List<@From("grade") CountedGrade> grades,
                                @ForAll GradeKind kind) {
        List<CountedGrade> withNv = new ArrayList<>(grades);
        withNv.add(new CountedGrade(null, new Grade.NoGrade(), kind, LocalDate.of(2026, 10, 1)));
        assertThat(value(WeightedAverage.of(withNv, WEIGHTS))).isEqualTo(value(WeightedAverage.of(grades, WEIGHTS)));
    }

    @Property
    void exemptStudentIsLeftOutOfTheAverage(@ForAll @Size(max = 30) List<@From("grade") CountedGrade> grades,
                                            @ForAll GradeKind kind) {
        List<CountedGrade> withAtb = new ArrayList<>(grades);
        withAtb.add(new CountedGrade(null, new Grade.Exempt(), kind, LocalDate.of(2026, 10, 1)));
        assertThat(WeightedAverage.of(withAtb, WEIGHTS)).isInstanceOf(AverageResult.Exempt.class);
    }

    @Property
    void multiplyingAllWeightsByAConstantChangesNothing(
            @ForAll @Size(max = 30) List<@From("grade") CountedGrade> grades, @ForAll @IntRange(min = 1, max = 50) int k) {
        assertThat(value(WeightedAverage.of(grades, WEIGHTS.times(k))))
                .isEqualTo(value(WeightedAverage.of(grades, WEIGHTS)));
    }

    @Property
    void anAverageLiesBetweenTheLowestAndHighestCountedGrade(
            @ForAll @Size(max = 30) List<@From("grade") CountedGrade> grades) {
        if (WeightedAverage.of(grades, WEIGHTS) instanceof AverageResult.Average average) {
            int min = average.terms().stream().mapToInt(AverageResult.Term::points).min().orElseThrow();
            int max = average.terms().stream().mapToInt(AverageResult.Term::points).max().orElseThrow();
            assertThat(average.value()).isBetween(BigDecimal.valueOf(min), BigDecimal.valueOf(max));
            assertThat(average.rounded().value()).isBetween(min, max);
        }
    }

    @Property
    void withDefaultsOnlyTenPointGradesOfWeightedKindsCount(
            @ForAll @Size(max = 30) List<@From("grade") CountedGrade> grades) {
        if (WeightedAverage.of(grades, WEIGHTS) instanceof AverageResult.Average average) {
            assertThat(average.terms()).allSatisfy(t -> {
                assertThat(t.source().grade()).isInstanceOf(Grade.Points.class);
                assertThat(t.weight()).isPositive();
            });
        }
    }

    private static Object value(AverageResult result) {
        return result instanceof AverageResult.Average a ? a.value() : result.getClass();
    }
}
