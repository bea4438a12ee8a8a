package lv.klade.printing;

import lv.klade.testing.TestLogins;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import lv.klade.demo.DemoSchool;
import lv.klade.i18n.Messages;
import lv.klade.reports.BatchProgress;
import lv.klade.reports.BatchResult;
import lv.klade.school.SchoolClass;
import lv.klade.shell.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Report cards for the whole demo school at 1 500 students, from the journal to the files (target
 * under 15 s), beside a bare OpenPDF loop writing as many one-page A4 documents with the same
 * embedded font in the same run. Not a test: prints figures. The demo school has no grades yet, so
 * the cards list every subject with an empty grade — the same pages, with less to read.
 */
class PrintingBenchmark {
    private static final int STUDENTS = 1500;

    @TempDir
    Path folder;

    @Test
    void reportCardsOfTheWholeSchool() throws Exception {
        // -Dbenchmark.demo=DIR keeps the demo school there and reuses it: making it takes minutes.
        String kept = System.getProperty("benchmark.demo", "");
        Path file = kept.isBlank() ? folder.resolve("demo") : Files.createDirectories(Path.of(kept)).resolve("demo");
        if (!lv.klade.db.JournalFile.of(file).exists()) {
            long made = System.nanoTime();
            DemoSchool.create(file, STUDENTS, 1, PrintingFixture.CLOCK);
            System.out.printf("demo school of %d students made in %.1f s%n", STUDENTS, (System.nanoTime() - made) / 1e9);
        }
        try (Services services = TestLogins.open(file, PrintingFixture.CLOCK)) {
            PrintService printing = services.printing(Messages.latvian(), PrintRights.everything());
            List<UUID> classes = printing.classes().stream().map(SchoolClass::id).toList();
            // Warm up the JIT and the font once, as a school's second batch of the day would be.
            printing.batch(PrintKind.REPORT_CARD, classes.subList(0, 1), new PrintPeriod.Year(),
                    Files.createDirectories(folder.resolve("warm")), false, BatchProgress.NONE, () -> false);
            Path combined = Files.createDirectories(folder.resolve("combined"));
            long start = System.nanoTime();
            BatchResult result = printing.batch(PrintKind.REPORT_CARD, classes, new PrintPeriod.Year(), combined, true,
                    BatchProgress.NONE, () -> false);
            report("report cards, journal → one combined file", result.printed(), System.nanoTime() - start);
            Path each = Files.createDirectories(folder.resolve("each"));
            start = System.nanoTime();
            result = printing.batch(PrintKind.REPORT_CARD, classes, new PrintPeriod.Year(), each, false,
                    BatchProgress.NONE, () -> false);
            report("report cards, journal → one file each", result.printed(), System.nanoTime() - start);
            start = System.nanoTime();
            for (UUID classId : classes) {
                new ReportAssembler(reads(services), Messages.latvian(), PrintingFixture.CLOCK)
                        .reportCards(classId, new PrintPeriod.Year());
            }
            report("  of which assembling the data only", result.printed(), System.nanoTime() - start);
            bareLoop(50);
            start = System.nanoTime();
            bareLoop(result.printed());
            report("bare OpenPDF loop, one A4 page each", result.printed(), System.nanoTime() - start);
        }
    }

    private static JournalReads reads(Services s) {
        return new JournalReads(s.schoolRepository(), s.classRepository(), s.staff(), s.students(), s.gradeBooks(),
                s.absences(), s.testPlanner(), s.lessonRepository(), s.remarks(), s.promotionDecisions());
    }

    private static void bareLoop(int documents) throws Exception {
        BaseFont base = BaseFont.createFont("lv/klade/reports/fonts/DejaVuSans.ttf", BaseFont.IDENTITY_H,
                BaseFont.EMBEDDED, true, readFont(), null);
        Font font = new Font(base, 10);
        for (int i = 0; i < documents; i++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            Document document = new Document(PageSize.A4);
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph("Liecība — Ļena Ķemere, 7.a", font));
            for (int line = 0; line < 17; line++) {
                document.add(new Paragraph((line + 1) + ". Matemātika 8", font));
            }
            document.close();
        }
    }

    private static byte[] readFont() throws Exception {
        try (var in = PrintingBenchmark.class.getResourceAsStream("/lv/klade/reports/fonts/DejaVuSans.ttf")) {
            return in.readAllBytes();
        }
    }

    private static void report(String what, int documents, long nanos) {
        double seconds = nanos / 1e9;
        System.out.printf("%-46s %5d in %6.2f s = %7.1f per second%n", what, documents, seconds, documents / seconds);
    }
}
