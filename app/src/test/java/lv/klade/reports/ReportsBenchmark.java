package lv.klade.reports;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import lv.klade.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Prints how fast report cards render for a whole school (1 500 students; the target is
 * under 15 s), beside a bare OpenPDF loop writing one A4 page per document with the same embedded
 * font in the same run. Not a timed test: run it with {@code -Dtest=ReportsBenchmark}.
 */
class ReportsBenchmark {
    private static final int STUDENTS = 1500;
    private static final Messages LATVIAN = Messages.latvian();

    @TempDir
    Path folder;

    @Test
    void reportCardsForAWholeSchool() {
        List<ReportCardData> cards = Samples.classOf(STUDENTS).stream()
                .map(s -> Samples.reportCard(s, ReportPeriod.YEAR)).toList();
        ReportCardDocument document = new ReportCardDocument();
        // Warm up the JIT and load the fonts, so the figures compare steady states.
        cards.subList(0, 200).forEach(card -> document.render(card, LATVIAN));
        bareLoop(200);

        report("bare OpenPDF, 1 page each", STUDENTS, time(() -> bareLoop(STUDENTS)));
        report("report cards, rendered in memory", STUDENTS,
                time(() -> cards.forEach(card -> document.render(card, LATVIAN))));
        report("report cards, one combined file", STUDENTS, time(() ->
                new BatchPrinter(LATVIAN, BatchProgress.NONE, () -> false)
                        .printCombined(document, cards, folder.resolve("all.pdf"))));
        report("report cards, one file each", STUDENTS, time(() ->
                new BatchPrinter(LATVIAN, BatchProgress.NONE, () -> false).printEach(document, cards, folder)));
    }

    private static void bareLoop(int documents) {
        for (int i = 0; i < documents; i++) {
            OutputStream out = new ByteArrayOutputStream(32 * 1024);
            Document document = new Document(PageSize.A4);
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph("Liecība — Ļena Ķemere, 7.a", Fonts.TITLE));
            document.add(new Paragraph("Matemātika 8 · Latviešu valoda 7 · Sports un veselība atb", Fonts.BODY));
            document.close();
        }
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private static void report(String what, int documents, long nanos) {
        double seconds = nanos / 1e9;
        System.out.printf("%-42s %5d in %6.2f s = %7.1f per second%n", what, documents, seconds, documents / seconds);
    }
}
