package lv.klade.grades;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lv.klade.i18n.Messages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WeightedAverageTest {
    private static final LocalDate DAY = LocalDate.of(2026, 10, 5);

    private static CountedGrade g(Grade grade, GradeKind kind) {
        return new CountedGrade(null, grade, kind, DAY);
    }

    @Test
    void theAverageExplainsItsTermsAndFormula() {
        var result = WeightedAverage.of(List.of(g(new Grade.Points(8), GradeKind.TEST),
                g(new Grade.Points(7), GradeKind.FORMATIVE)), GradeSettings.defaults().weights());
        var average = (AverageResult.Average) result;
        assertThat(average.value()).isEqualByComparingTo("7.75");
        assertThat(average.rounded().value()).isEqualTo(8);
        assertThat(Messages.latvian().text(average.formula())).isEqualTo("(8 × 3 + 7 × 1) / (3 + 1) = 7,75");
    }

    @Test
    void aHalfIsRoundedUpForThePeriodGrade() {
        var average = (AverageResult.Average) WeightedAverage.of(List.of(g(new Grade.Points(7), GradeKind.TEST),
                g(new Grade.Points(8), GradeKind.TEST)), GradeSettings.defaults().weights());
        assertThat(average.value()).isEqualByComparingTo(new BigDecimal("7.50"));
        assertThat(GradeBookService.suggestion(average)).contains(new Grade.Points(8));
    }

    @Test
    void passFailAndPercentCountOnlyWhenTheSchoolSaysSo() {
        List<CountedGrade> grades = List.of(g(new Grade.PassFail(true), GradeKind.FORMATIVE),
                g(new Grade.Percent(90), GradeKind.FORMATIVE));
        assertThat(WeightedAverage.of(grades, GradeSettings.defaults().weights())).isInstanceOf(AverageResult.None.class);
        Weights counting = GradeSettings.from(Map.of("grades.average.passed", "7",
                "grades.average.convertPercent", "true")).weights();
        assertThat(((AverageResult.Average) WeightedAverage.of(grades, counting)).value()).isEqualByComparingTo("8");
    }

    @Test
    void exemptMakesTheSuggestionAtb() {
        assertThat(GradeBookService.suggestion(new AverageResult.Exempt())).contains(new Grade.Exempt());
        assertThat(GradeBookService.suggestion(new AverageResult.None())).isEmpty();
    }

    @Test
    void percentConvertsByTheDocumentedTable() {
        assertThat(PercentTable.points(new Grade.Percent(0)).value()).isEqualTo(1);
        assertThat(PercentTable.points(new Grade.Percent(34)).value()).isEqualTo(3);
        assertThat(PercentTable.points(new Grade.Percent(35)).value()).isEqualTo(4);
        assertThat(PercentTable.points(new Grade.Percent(95)).value()).isEqualTo(10);
    }

    @Test
    void scalesFollowFormKindAndSchoolRules() {
        GradeSettings defaults = GradeSettings.defaults();
        assertThat(defaults.scales(2, GradeKind.TEST, null)).containsExactly(Scale.LEVELS);
        assertThat(defaults.scales(7, GradeKind.TEST, null)).containsExactly(Scale.TEN_POINT);
        assertThat(defaults.scales(7, GradeKind.FORMATIVE, null)).containsExactly(Scale.PASS_FAIL, Scale.PERCENT);
        var subject = java.util.UUID.randomUUID();
        GradeSettings school = GradeSettings.from(Map.of("grades.scales", "1-3:TEST:" + subject + ":TEN_POINT"));
        assertThat(school.scales(3, GradeKind.TEST, subject)).containsExactly(Scale.TEN_POINT);
        assertThat(school.scales(3, GradeKind.TEST, null)).containsExactly(Scale.LEVELS);
    }
}
