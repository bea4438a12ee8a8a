package lv.klade.reports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lv.klade.i18n.Messages;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryJournalDocumentTest {
    private static final int STUDENTS = 14;
    private final Pdf pdf = Pdf.read(new SummaryJournalDocument().render(Samples.summary(STUDENTS),
            Messages.latvian()));

    @Test
    void largeClassNeedsMoreThanOnePage() {
        assertThat(pdf.pages()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void headerRowIsRepeatedOnTheSecondPage() {
        assertThat(pdf.page(2)).contains("Nr.").contains("Skolēns").contains("Vērtējums");
        assertThat(pdf.upright(2)).contains("Latviešu valoda").contains("Matemātika").contains("Teātra māksla")
                .contains("Attaisnoti").contains("Neattaisnoti").contains("Pārcelšana");
    }

    @Test
    void titleIsOnTheFirstPageOnly() {
        assertThat(pdf.page(1)).contains("Mācību sasniegumu kopsavilkuma žurnāls");
        assertThat(pdf.page(2)).doesNotContain("Mācību sasniegumu kopsavilkuma žurnāls");
    }

    @Test
    void everyPageIsLandscapeA4() {
        for (int page = 1; page <= pdf.pages(); page++) {
            assertThat(pdf.landscape(page)).as("page %d", page).isTrue();
            assertThat(pdf.sizes().get(page - 1).getWidth()).isBetween(841f, 843f);
        }
    }

    @Test
    void studentsAreListedSurnameFirstWithTheirDiacritics() {
        assertThat(pdf.text()).contains("Bērziņa Anna").contains("Kalniņš Jānis").contains("Ķemere Ļena")
                .contains("Žagata Šarlote");
    }

    @Test
    void eachStudentHasSemesterYearExamAndFinalLines() {
        // Anna (base 4): semester 1 = 4, semester 2, year and final = 5 in every subject, exam 7 in Matemātika.
        assertThat(pdf.page(1)).contains("1. sem. 4 4 4").contains("2. sem. 5 5 5").contains("Gada 5 5 5")
                .contains("Eks. 7").contains("Galīgais 5 5 5");
    }

    @Test
    void absencesAndPromotionArePrintedPerStudent() {
        assertThat(pdf.page(1)).containsPattern("Bērziņa Anna 1\\. sem\\.( 4)+\\R(.*\\R){3}Galīgais( 5)+\\R30 0 P\\R");
    }

    @Test
    void pagesAreNumberedOutOfTheTotal() {
        int total = pdf.pages();
        for (int page = 1; page <= total; page++) {
            assertThat(pdf.page(page)).contains(page + "/" + total);
        }
    }

    @Test
    void tutorAndDirectorSignOnTheLastPageUnderTheLastStudent() {
        String last = pdf.page(pdf.pages());
        assertThat(last).contains("Klases audzinātāja Ilze Ķēniņa").contains("Direktors Pēteris Ozoliņš")
                .contains(Samples.classOf(STUDENTS).getLast().listName());
    }

    @Test
    void promotionIsAShortCodeExplainedInTheLegend() {
        assertThat(pdf.page(1)).containsPattern("Kalniņš Jānis 1\\. sem\\.( 5)+\\R(.*\\R){3}Galīgais( 6)+\\R31 1 PP\\R");
        assertThat(pdf.page(pdf.pages()).replaceAll("\\s+", " "))
                .contains("Pārcelšana: P – pārcelts nākamajā klasē; PP – jākārto pēcpārbaudījums");
    }

    @Test
    void headersAreWholeWords() {
        assertThat(pdf.page(1)).contains("Nr. Skolēns Vērtējums");
    }

    /** Each line of an upright header, as PDFBox sees it: glyphs drawn upwards at one x. */
    private static List<String> uprightLines(byte[] bytes) throws IOException {
        List<String> lines = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                private float x = Float.NaN;

                @Override
                protected void processTextPosition(TextPosition position) {
                    if (position.getDir() == 0) {
                        return;
                    }
                    if (Float.isNaN(x) || Math.abs(position.getX() - x) > 1) {
                        lines.add("");
                    }
                    x = position.getX();
                    lines.set(lines.size() - 1, lines.getLast() + position.getUnicode());
                }
            };
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            stripper.getText(document);
        }
        return lines;
    }

    @Test
    void uprightHeadersWrapOnlyBetweenWords() throws IOException {
        SummaryJournalData data = Samples.summary(3, false);
        Messages m = Messages.latvian();
        Set<String> words = new HashSet<>();
        List<String> headers = new ArrayList<>(data.subjects());
        headers.addAll(List.of(m.get("reports.summary.justified"), m.get("reports.summary.unjustified"),
                m.get("reports.summary.promotion")));
        headers.forEach(h -> words.addAll(Arrays.asList(h.split(" "))));
        List<String> lines = uprightLines(new SummaryJournalDocument().render(data, m));
        assertThat(lines).isNotEmpty().allSatisfy(line ->
                assertThat(words).as(line).containsAll(Arrays.asList(line.strip().split(" +"))));
        assertThat(lines).anyMatch(l -> l.strip().equals("Dizains un tehnoloģijas") || l.strip().equals("Dizains un"));
    }

    @Test
    void aClassWithoutExamsHasThreeLinesAStudentAndTwentyEightFitThreePages() {
        Pdf form7 = Pdf.read(new SummaryJournalDocument().render(Samples.summary(28, false), Messages.latvian()));
        assertThat(form7.pages()).isLessThanOrEqualTo(3);
        assertThat(form7.text()).containsPattern("Bērziņa Anna 1\\. sem\\.( 4)+\\R2\\. sem\\.( 5)+\\RGada( 5)+\\R30 0 P")
                .doesNotContainPattern("(?m)^(Eks\\.|Galīgais)");
        assertThat(form7.page(form7.pages())).contains("Direktors Pēteris Ozoliņš");
    }
}
