package lv.klade.printing;

import java.nio.file.Path;
import lv.klade.school.SchoolClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The print section's preview of a class's report cards: the time until the first pupil's page can
 * show (assembled, first card rendered, its page drawn) beside the time for the whole class's pages
 * as the preview made them before (the raw anchor), measured in the same run. Not a test: prints
 * figures. Run with {@code mvn -o test -Dtest=PreviewBenchmark}.
 */
class PreviewBenchmark {
    private static final int ROUNDS = 5;

    @TempDir
    Path folder;

    @Test
    void firstPageBesideTheWholeClass() {
        try (PrintingFixture journal = PrintingFixture.create(folder)) {
            PrintService printing = journal.printingAll();
            SchoolClass schoolClass = journal.class7a;
            PrintRequest request = new PrintRequest(PrintKind.REPORT_CARD, schoolClass.id(), new PrintPeriod.Year());
            // Warm up the JIT, the fonts and PDFBox, as the day's second preview would find them.
            whole(printing, request);
            first(printing, request);
            long firstBest = Long.MAX_VALUE;
            long wholeBest = Long.MAX_VALUE;
            for (int i = 0; i < ROUNDS; i++) {
                long start = System.nanoTime();
                first(printing, request);
                firstBest = Math.min(firstBest, System.nanoTime() - start);
                start = System.nanoTime();
                int pages = whole(printing, request);
                wholeBest = Math.min(wholeBest, System.nanoTime() - start);
                if (i == 0) {
                    System.out.printf("class %s: %d students, %d pages%n", schoolClass.name(),
                            journal.students.size(), pages);
                }
            }
            System.out.printf("preview, first page shown:        %6.0f ms (best of %d)%n", firstBest / 1e6, ROUNDS);
            System.out.printf("preview, whole class (raw anchor): %6.0f ms (best of %d), first page at %.0f %%%n",
                    wholeBest / 1e6, ROUNDS, 100.0 * firstBest / wholeBest);
        }
    }

    private static void first(PrintService printing, PrintRequest request) {
        PagePictures.first(printing.assemble(request).first(), 72f);
    }

    private static int whole(PrintService printing, PrintRequest request) {
        return PagePictures.render(printing.render(request).pdf(), 72f).size();
    }
}
