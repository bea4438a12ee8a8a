package lv.klade.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoPlannerTest {
    private static final DemoPlan PLAN = DemoPlanner.plan(600, 42);

    @Test
    void sameSeedAndSizeGiveAnEqualPlan() {
        assertThat(DemoPlanner.plan(600, 42)).isEqualTo(PLAN);
    }

    @Test
    void anotherSeedGivesAnotherPlan() {
        DemoPlan other = DemoPlanner.plan(600, 43);

        assertThat(other).isNotEqualTo(PLAN);
        assertThat(other.students()).isNotEqualTo(PLAN.students());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            600,  570,  630
            1500, 1425, 1575
            """)
    void schoolHasAboutTheAskedNumberOfStudents(int asked, int least, int most) {
        assertThat(DemoPlanner.plan(asked, 1).students()).hasSizeBetween(least, most);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            600,  44,  56
            1500, 110, 130
            """)
    void schoolHasAboutOneStaffMemberPerTwelveAndAHalfStudents(int asked, int least, int most) {
        assertThat(DemoPlanner.plan(asked, 1).staff()).hasSizeBetween(least, most);
    }

    @Test
    void everyFormFromOneToTwelveHasClasses() {
        assertThat(PLAN.classes()).extracting(DemoPlan.SchoolClass::form).containsAll(IntStream.rangeClosed(1, 12).boxed().toList());
    }

    @ParameterizedTest
    @CsvSource({"600", "1500", "777"})
    void everyClassHasTwentyToThirtyStudents(int asked) {
        DemoPlan plan = DemoPlanner.plan(asked, 5);

        for (int c = 0; c < plan.classes().size(); c++) {
            int schoolClass = c;
            assertThat(plan.students().stream().filter(s -> s.schoolClass() == schoolClass).count())
                    .as(plan.classes().get(c).name()).isBetween(20L, 30L);
        }
    }

    @Test
    void aTinySchoolStillHasAClassOfTwentyInEveryForm() {
        DemoPlan plan = DemoPlanner.plan(50, 5);

        assertThat(plan.classes()).hasSize(12);
        assertThat(plan.students()).hasSize(240);
    }

    @Test
    void classesAreNamedByFormAndLetter() {
        assertThat(PLAN.classes()).allSatisfy(c -> assertThat(c.name()).isEqualTo(c.form() + "." + c.letter()));
        assertThat(PLAN.classes()).extracting(DemoPlan.SchoolClass::name).contains("1.a", "7.a", "12.a").doesNotHaveDuplicates();
    }

    @Test
    void everyClassFollowsAProgrammeForItsForm() {
        assertThat(PLAN.classes()).allSatisfy(c -> {
            DemoPlan.Programme programme = PLAN.programmes().get(c.programme());
            assertThat(c.form()).isBetween(programme.firstForm(), programme.lastForm());
        });
        assertThat(PLAN.programmes()).extracting(DemoPlan.Programme::code).contains("21011111", "31011011")
                .allMatch(code -> code.matches("\\d{8}"));
    }

    @Test
    void schoolHasANameATenDigitRegistrationNumberAndALatvianAddress() {
        assertThat(PLAN.school().name()).isNotBlank();
        assertThat(PLAN.school().registrationNumber()).matches("\\d{10}");
        assertThat(PLAN.school().address().line()).matches(".+, .+, LV-\\d{4}");
        assertThat(PLAN.schoolYearStart()).isEqualTo(2026);
    }

    @Test
    void planIsUnmodifiable() {
        List<DemoPlan.Student> students = PLAN.students();

        assertThatThrownBy(students::clear).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aSchoolWithoutStudentsIsRefused() {
        assertThatThrownBy(() -> DemoPlanner.plan(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
