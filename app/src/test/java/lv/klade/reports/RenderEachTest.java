package lv.klade.reports;

import java.util.List;
import lv.klade.i18n.Messages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A batch's documents rendered together and cut apart are the documents rendered one by one. */
class RenderEachTest {
    private static final Messages LATVIAN = Messages.latvian();
    private static final ReportCardDocument CARDS = new ReportCardDocument();
    private static final List<ReportCardData> NAMED = Samples.NAMED.stream()
            .map(s -> Samples.reportCard(s, ReportPeriod.SEMESTER_1)).toList();

    @Test
    void eachPartHasTheSamePagesAndTextAsTheDocumentRenderedAlone() {
        List<byte[]> parts = CARDS.renderEach(NAMED, LATVIAN);

        assertThat(parts).hasSameSizeAs(NAMED);
        for (int i = 0; i < NAMED.size(); i++) {
            Pdf alone = Pdf.read(CARDS.render(NAMED.get(i), LATVIAN));
            Pdf part = Pdf.read(parts.get(i));
            assertThat(part.pageTexts()).isEqualTo(alone.pageTexts());
            assertThat(part.sizes()).usingElementComparator((a, b) -> a.toString().compareTo(b.toString()))
                    .isEqualTo(alone.sizes());
        }
    }

    @Test
    void aPartHoldsNoneOfTheOtherStudentsText() {
        String lenas = Pdf.read(CARDS.renderEach(NAMED, LATVIAN).get(2)).text();
        assertThat(lenas).contains("Ļena Ķemere");
        assertThat(lenas).doesNotContain("Bērziņa").doesNotContain("Kalniņš").doesNotContain("Žagata");
    }

    @Test
    void everyPartEmbedsTheUnicodeFont() {
        for (byte[] part : CARDS.renderEach(NAMED, LATVIAN)) {
            assertThat(Pdf.read(part).fonts()).isNotEmpty().allSatisfy(font -> {
                assertThat(font.name()).contains("DejaVuSans");
                assertThat(font.type0()).as(font.name()).isTrue();
                assertThat(font.embedded()).as(font.name()).isTrue();
            });
        }
    }

    @Test
    void aLandscapeDocumentOfSeveralPagesKeepsThemAllWithTheirPageNumbers() {
        SummaryJournalDocument summary = new SummaryJournalDocument();
        List<SummaryJournalData> classes = List.of(Samples.summary(3), Samples.summary(60), Samples.summary(5));
        List<byte[]> parts = summary.renderEach(classes, LATVIAN);

        Pdf several = Pdf.read(parts.get(1));
        Pdf alone = Pdf.read(summary.render(classes.get(1), LATVIAN));
        assertThat(several.pages()).isGreaterThan(1).isEqualTo(alone.pages());
        assertThat(several.pageTexts()).isEqualTo(alone.pageTexts());
        assertThat(several.sizes().getFirst().getWidth()).isGreaterThan(several.sizes().getFirst().getHeight());
        assertThat(Pdf.read(parts.get(2)).pageTexts())
                .isEqualTo(Pdf.read(summary.render(classes.get(2), LATVIAN)).pageTexts());
    }
}
