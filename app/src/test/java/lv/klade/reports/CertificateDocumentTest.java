package lv.klade.reports;

import java.util.List;
import lv.klade.i18n.Messages;
import lv.klade.reports.CertificateData.FinalGrade;
import lv.klade.reports.CertificateData.Kind;
import lv.klade.reports.CertificateData.Mark;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CertificateDocumentTest {
    private static CertificateData certificate(Kind kind, TitleForm form) {
        return new CertificateData(Samples.HEADING, Samples.ANNA, "010110-10011", kind, form, List.of(
                new FinalGrade("Latviešu valoda", new Mark.Points(8)), new FinalGrade("Matemātika", new Mark.Points(10)),
                new FinalGrade("Sports un veselība", new Mark.Exempt())), "2026/9.a/03");
    }

    private static String text(CertificateData data) {
        return Pdf.read(new CertificateDocument().render(data, Messages.latvian())).text().replaceAll("\\s+", " ");
    }

    @Test
    void basicCertificateNamesTheSchoolProgrammeStudentAndPersonalCode() {
        assertThat(text(certificate(Kind.BASIC, TitleForm.FEMININE)))
                .contains("APLIECĪBA PAR PAMATIZGLĪTĪBU").contains("Rīgas Āgenskalna ģimnāzija")
                .contains("Anna Bērziņa, personas kods 010110-10011, ir ieguvusi pamatizglītību.")
                .contains("Izglītības programma: Pamatizglītības programma, kods 21011111");
    }

    @Test
    void everySubjectHasItsFinalGradeInPointsAndWords() {
        assertThat(text(certificate(Kind.BASIC, TitleForm.FEMININE))).contains("Latviešu valoda 8 (astoņi)")
                .contains("Matemātika 10 (desmit)").contains("Sports un veselība atbrīvots");
    }

    @Test
    void itIsNumberedDatedAndSignedByTheDirectorWithAPlaceForTheStamp() {
        assertThat(text(certificate(Kind.SECONDARY, TitleForm.MASCULINE))).contains("Reģistrācijas Nr.: 2026/9.a/03")
                .contains("Izsniegšanas datums: 29.05.2026").contains("Direktors Pēteris Ozoliņš").contains("Z.v.")
                .contains("paraksts");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            SECONDARY | MASCULINE | ATESTĀTS PAR VISPĀRĒJO VIDĒJO IZGLĪTĪBU | ir ieguvis vispārējo vidējo izglītību
            SECONDARY | FEMININE  | ATESTĀTS PAR VISPĀRĒJO VIDĒJO IZGLĪTĪBU | ir ieguvusi vispārējo vidējo izglītību
            BASIC     | NEUTRAL   | APLIECĪBA PAR PAMATIZGLĪTĪBU            | ir ieguvis(-usi) pamatizglītību
            """)
    void theTitleAndTheWordsAboutTheStudentFitTheKindAndTheirGender(Kind kind, TitleForm form, String title,
                                                                   String attained) {
        assertThat(text(certificate(kind, form))).contains(title).contains(attained);
    }

    @Test
    void everyPointHasItsWordInBothLanguages() {
        Messages english = new Messages(Messages.ENGLISH);
        for (int points = 1; points <= 10; points++) {
            assertThat(CertificateDocument.printed(new Mark.Points(points), Messages.latvian()))
                    .matches(points + " \\(\\p{L}+\\)");
            assertThat(CertificateDocument.printed(new Mark.Points(points), english)).matches(points + " \\(\\p{L}+\\)");
        }
        assertThat(CertificateDocument.printed(new Mark.Points(3), Messages.latvian())).isEqualTo("3 (trīs)");
    }
}
