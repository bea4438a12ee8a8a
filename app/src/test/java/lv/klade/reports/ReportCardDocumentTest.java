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
                .contains("Klases audzinātājas piezīmes:")
                .contains("Čakla un zinātkāra; jāpiestrādā pie rakstības.");
    }

    @Test
    void yearCardCarriesThePromotionDecisionWithTheDirectorsOrder() {
        assertThat(render(Samples.ANNA, ReportPeriod.YEAR).text().replaceAll("\\s+", " "))
                .contains("Mācību gada vērtējumi")
                .contains("Lēmums par pārcelšanu: Pārcelts nākamajā klasē (direktora rīkojums Nr. 45-i, 12.06.2026)");
    }

    @Test
    void yearCardShowsBothSemestersAndTheYear() {
        String text = render(Samples.ANNA, ReportPeriod.YEAR).text();
        assertThat(text).contains("1. semestris 2. semestris Gada vērtējums").contains("5. Matemātika 8 9 10")
                .contains("1. Latviešu valoda 4 5 6").contains("10. Mūzika atb atb atb");
    }

    @Test
    void secondSemesterCardShowsBothSemestersButNoYear() {
        String text = render(Samples.ANNA, ReportPeriod.SEMESTER_2).text();
        assertThat(text).contains("5. Matemātika 8 9").doesNotContain("Gada vērtējums")
                .doesNotContain("Matemātika 8 9 10");
    }

    @Test
    void cardNamesTheSchoolTheProgrammeWithItsCodeTheYearAndTheClass() {
        String text = render(Samples.ANNA, ReportPeriod.SEMESTER_1).text();
        assertThat(text).contains("Izglītības iestāde: Rīgas Āgenskalna ģimnāzija")
                .contains("Izglītības programma: Pamatizglītības programma, kods 21011111")
                .contains("Mācību gads: 2025./2026.").contains("Klase: 7.a").contains("Skolēns: Anna Bērziņa");
    }

    @Test
    void interestEducationHasASectionOfItsOwnAfterTheSubjects() {
        String text = render(Samples.ANNA, ReportPeriod.YEAR).text();
        assertThat(text).contains("Interešu izglītība un fakultatīvās nodarbības").contains("1. Koris")
                .contains("2. Robotika").doesNotContain("14. Koris");
        assertThat(text.indexOf("Koris")).isGreaterThan(text.indexOf("13. Teātra māksla"));
    }

    @Test
    void theSealHasItsPlaceAndAParentSignsTheDatedCard() {
        String text = render(Samples.ANNA, ReportPeriod.SEMESTER_1).text();
        assertThat(text).contains("Z.v.").contains("Vecāks (aizbildnis)").contains("Datums: 29.05.2026");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            FEMININE,  MASCULINE, Klases audzinātāja,     Direktors
            MASCULINE, FEMININE,  Klases audzinātājs,     Direktore
            NEUTRAL,   NEUTRAL,   Klases audzinātājs(-a), Direktors(-e)
            """)
    void signersAreTitledInTheFormThatFitsThem(TitleForm tutor, TitleForm director, String tutorTitle,
                                               String directorTitle) {
        Heading h = Samples.HEADING;
        Heading heading = new Heading(h.school(), h.schoolYear(), h.className(), "Ilze Ķēniņa", "Pēteris Ozoliņš",
                h.printedOn(), h.programme(), h.programmeCode(), tutor, director);
        ReportCardData card = Samples.reportCard(Samples.ANNA, ReportPeriod.YEAR);
        ReportCardData titled = new ReportCardData(heading, card.student(), card.period(), card.results(),
                card.activities(), card.absences(), card.tutorRemark(), card.promotionDecision(), card.promotionOrder());
        String text = Pdf.read(new ReportCardDocument().render(titled, Messages.latvian())).text();
        assertThat(text).contains(tutorTitle + " Ilze Ķēniņa").contains(directorTitle + " Pēteris Ozoliņš");
    }

    @Test
    void semesterCardHasNoPromotionDecision() {
        assertThat(render(Samples.ANNA, ReportPeriod.SEMESTER_1).text())
                .contains("1. semestris").doesNotContain("pārcelšanu");
    }

    @Test
    void classTutorAndDirectorSignIt() {
        assertThat(render(Samples.ANNA, ReportPeriod.YEAR).text()).contains("Klases audzinātāja Ilze Ķēniņa")
                .contains("Direktors Pēteris Ozoliņš");
    }

    @Test
    void reportCardIsPortraitA4() {
        Pdf pdf = render(Samples.ANNA, ReportPeriod.YEAR);
        assertThat(pdf.landscape(1)).isFalse();
        assertThat(pdf.sizes().get(0).getWidth()).isCloseTo(595f, org.assertj.core.api.Assertions.within(1f));
    }
}
