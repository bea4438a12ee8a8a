package lv.klade.reports;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import lv.klade.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What every document shares: the heading on each page, page numbers, the embedded font. */
class DocumentFrameTest {
    private static final Messages LATVIAN = Messages.latvian();

    static Stream<Arguments> everyDocument() {
        return Stream.of(
                Arguments.of("transcript", new TranscriptDocument().render(Samples.transcript(Samples.LENA), LATVIAN)),
                Arguments.of("report card", new ReportCardDocument().render(
                        Samples.reportCard(Samples.LENA, ReportPeriod.YEAR), LATVIAN)),
                Arguments.of("summary journal", new SummaryJournalDocument().render(Samples.summary(14), LATVIAN)),
                Arguments.of("absences", new AbsenceReport().render(Samples.absences(), LATVIAN)),
                Arguments.of("statistics", new GradeStatisticsReport().render(Samples.statistics(), LATVIAN)),
                Arguments.of("teacher's month", new TeacherMonthReport().render(Samples.teacherMonth(), LATVIAN)),
                Arguments.of("test planner", new TestPlannerReport().render(Samples.planner(), LATVIAN)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyDocument")
    void everyFontIsEmbeddedUnicodeDejaVu(String name, byte[] pdf) {
        assertThat(Pdf.read(pdf).fonts()).isNotEmpty().allSatisfy(font -> {
            assertThat(font.name()).contains("DejaVuSans");
            assertThat(font.type0()).as(font.name()).isTrue();
            assertThat(font.embedded()).as(font.name()).isTrue();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyDocument")
    void everyPageNamesTheSchoolYearClassPrintDateAndItsNumber(String name, byte[] bytes) {
        Pdf pdf = Pdf.read(bytes);
        for (int page = 1; page <= pdf.pages(); page++) {
            assertThat(pdf.page(page)).as("page %d", page).contains("Rīgas Āgenskalna ģimnāzija")
                    .contains("2025./2026. mācību gads · 7.a klase").contains("Izdrukāts 29.05.2026")
                    .contains(page + "/" + pdf.pages());
        }
    }

    @Test
    void twoPageDocumentIsNumberedOneOfTwoAndTwoOfTwo() {
        List<AbsenceReportData.Row> rows = new ArrayList<>();
        for (Student student : Samples.classOf(45)) {
            rows.add(new AbsenceReportData.Row(student, new Absences(2, 1), 0));
        }
        AbsenceReportData data = new AbsenceReportData(Samples.HEADING, Samples.absences().from(),
                Samples.absences().to(), rows, 20);
        Pdf pdf = Pdf.read(new AbsenceReport().render(data, LATVIAN));
        assertThat(pdf.pages()).isEqualTo(2);
        assertThat(pdf.page(1)).contains("1/2").doesNotContain("2/2");
        assertThat(pdf.page(2)).contains("2/2").contains("Skolēns").contains("Neattaisnotas");
    }

    @Test
    void documentsWrittenTogetherEachCountTheirOwnPages() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SummaryJournalDocument().writeAll(List.of(Samples.summary(14), Samples.summary(3)), LATVIAN, out);
        Pdf pdf = Pdf.read(out.toByteArray());
        int first = pdf.pages() - 1;
        assertThat(pdf.page(first)).contains(first + "/" + first);
        assertThat(pdf.page(pdf.pages())).contains("1/1").contains("Mācību sasniegumu kopsavilkuma žurnāls");
    }

    @Test
    void eachDocumentOfACombinedFileEmbedsTheFontOnce() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<ReportCardData> cards = Samples.NAMED.stream()
                .map(s -> Samples.reportCard(s, ReportPeriod.SEMESTER_1)).toList();
        new ReportCardDocument().writeAll(cards, LATVIAN, out);
        byte[] combined = out.toByteArray();
        byte[] single = new ReportCardDocument().render(cards.get(0), LATVIAN);
        assertThat(Pdf.read(combined).pages()).isEqualTo(4);
        assertThat(combined.length).isLessThan(2 * single.length);
    }
}
