package lv.klade.reports;

import lv.klade.i18n.Messages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TranscriptDocumentTest {
    private final Pdf pdf = Pdf.read(new TranscriptDocument().render(Samples.transcript(Samples.ANNA),
            Messages.latvian()));

    @Test
    void studentsNameIsPrintedWithItsDiacritics() {
        assertThat(pdf.text()).contains("Anna Bērziņa");
    }

    @Test
    void gradesArePrintedWithTheDaysTheyWereGiven() {
        assertThat(pdf.text()).contains("8 (03.10.); 7 (17.10.)").contains("nv (10.10.)");
    }

    @Test
    void weightedAveragesArePrintedPerSubject() {
        assertThat(pdf.text()).containsPattern("Matemātika.*7,4").containsPattern("Latviešu valoda.*8,6");
    }

    @Test
    void justifiedAndUnjustifiedAbsencesArePrinted() {
        assertThat(pdf.text()).contains("attaisnotas 4, neattaisnotas 3, kopā 7");
    }

    @Test
    void monthIsNamedInLatvian() {
        assertThat(pdf.text()).contains("2025. gada oktobris");
    }

    @Test
    void classTutorSignsIt() {
        assertThat(pdf.text()).contains("Klases audzinātāja Ilze Ķēniņa").contains("paraksts");
    }

    @Test
    void englishTranscriptHasEnglishLabels() {
        Pdf english = Pdf.read(new TranscriptDocument().render(Samples.transcript(Samples.ANNA),
                new Messages(Messages.ENGLISH)));
        assertThat(english.text()).contains("Progress transcript").contains("October 2025")
                .contains("Anna Bērziņa").doesNotContain("Sekmju izraksts");
    }
}
