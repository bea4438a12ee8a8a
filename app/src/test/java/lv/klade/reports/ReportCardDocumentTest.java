package lv.klade.reports;

import lv.klade.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReportCardDocumentTest {

    private static Pdf render(Student student, ReportPeriod period) {
        return Pdf.read(new ReportCardDocument().render(Samples.reportCard(student, period), Messages.latvian()));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Anna,    Bērziņa, Anna Bērziņa
            Jānis,   Kalniņš, Jānis Kalniņš
            Ļena,    Ķemere,  Ļena Ķemere
            Šarlote, Žagata,  Šarlote Žagata
            """)
    void namesWithDiacriticsComeOutExactly(String given, String surname, String printed) {
        assertThat(render(new Student(given, surname), ReportPeriod.SEMESTER_1).text()).contains(printed);
    }

    @Test
    void subjectsAreListedWithTheirGradesAndExemptions() {
        String text = render(Samples.ANNA, ReportPeriod.SEMESTER_1).text();
        assertThat(text).contains("1. Latviešu valoda 4").contains("5. Matemātika 8")
                .contains("10. Mūzika atb").contains("13. Teātra māksla 9");
    }

    @Test
    void absencesAndTheTutorsRemarkArePrinted() {
        String text = render(Samples.ANNA, ReportPeriod.SEMESTER_2).text();
        assertThat(text).contains("attaisnotas 12, neattaisnotas 5, kopā 17")
                .contains("Čakla un zinātkāra; jāpiestrādā pie rakstības.");
    }

    @Test
    void yearCardCarriesThePromotionDecision() {
        assertThat(render(Samples.ANNA, ReportPeriod.YEAR).text())
                .contains("Mācību gada vērtējumi").contains("Lēmums par pārcelšanu: Pārcelts uz 8. klasi");
    }

    @Test
    void semesterCardHasNoPromotionDecision() {
        assertThat(render(Samples.ANNA, ReportPeriod.SEMESTER_1).text())
                .contains("1. semestris").doesNotContain("pārcelšanu");
    }

    @Test
    void classTutorAndDirectorSignIt() {
        assertThat(render(Samples.ANNA, ReportPeriod.YEAR).text()).contains("Klases audzinātājs Ilze Ķēniņa")
                .contains("Direktors Pēteris Ozoliņš");
    }

    @Test
    void reportCardIsPortraitA4() {
        Pdf pdf = render(Samples.ANNA, ReportPeriod.YEAR);
        assertThat(pdf.landscape(1)).isFalse();
        assertThat(pdf.sizes().get(0).getWidth()).isCloseTo(595f, org.assertj.core.api.Assertions.within(1f));
    }
}
