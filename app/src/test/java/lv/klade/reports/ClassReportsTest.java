package lv.klade.reports;

import lv.klade.i18n.Messages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClassReportsTest {
    private static final Messages LATVIAN = Messages.latvian();

    @Test
    void absenceReportCountsEachStudentsAbsencesAndTheClassTotal() {
        String text = Pdf.read(new AbsenceReport().render(Samples.absences(), LATVIAN)).text();
        assertThat(text).contains("01.09.2025 – 19.12.2025").contains("1. Bērziņa Anna 12 3 15 1")
                .contains("3. Ķemere Ļena 0 0 0 0").contains("Klasē kopā 23 28 51 8");
    }

    @Test
    void absenceReportMarksAStudentOverTheUnjustifiedLimit() {
        String text = Pdf.read(new AbsenceReport().render(Samples.absences(), LATVIAN)).text();
        assertThat(text).contains("2. Kalniņš Jānis * 4 23 27 5").contains("vairāk nekā 20 neattaisnotu stundu")
                .doesNotContain("Bērziņa Anna *");
    }

    @Test
    void gradeStatisticsShowTheAverageAndTheDistributionOfScores() {
        String text = Pdf.read(new GradeStatisticsReport().render(Samples.statistics(), LATVIAN)).text();
        assertThat(text).contains("Vērtējumu skaits pa ballēm").contains("1 2 3 4 5 6 7 8 9 10")
                .contains("Matemātika Gunta Šķēle 6,8 1 2 3 5 6 4 2 1 24")
                .contains("Ķīmija Aigars Žvīgurs 7,3 1 2 3 5 6 3 2 22");
    }

    @Test
    void teachersMonthListsMarksPerLessonAndTheLessonsTopics() {
        Pdf pdf = Pdf.read(new TeacherMonthReport().render(Samples.teacherMonth(), LATVIAN));
        assertThat(pdf.text()).contains("Matemātika · 2025. gada oktobris").contains("Skolotājs: Gunta Šķēle")
                .contains("01.10. 03.10. 06.10.").contains("2. Kalniņš Jānis n 6 1")
                .contains("10.10.2025 SR: risina lineāras vienādojumus / Vienādojumi 10 Uzd. 10 lpp. 45 Stunda aizvietota");
        assertThat(pdf.landscape(1)).isTrue();
    }

    @Test
    void testPlannerListsTestsWithLengthAndScope() {
        String text = Pdf.read(new TestPlannerReport().render(Samples.planner(), LATVIAN)).text();
        assertThat(text).contains("Pārbaudes darbu plānotājs")
                .contains("08.10.2025 Matemātika Gunta Šķēle 1 temata daļa Lineāri vienādojumi")
                .contains("22.10.2025 Ķīmija Aigars Žvīgurs 2 temata noslēguma darbs Vielu uzbūve");
    }

    @Test
    void emptyTestPlannerSaysNoTestsArePlanned() {
        TestPlannerData empty = new TestPlannerData(Samples.HEADING, Samples.planner().from(), Samples.planner().to(),
                java.util.List.of());
        assertThat(Pdf.read(new TestPlannerReport().render(empty, LATVIAN)).text())
                .contains("Pārbaudes darbi nav plānoti.");
    }
}
