package lv.klade.printing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import lv.klade.i18n.Messages;
import lv.klade.reports.BatchProgress;
import lv.klade.reports.BatchResult;
import lv.klade.reports.Pdf;
import lv.klade.reports.ReportCardData;
import lv.klade.school.SchoolClass;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A batch over several classes, whose classes are read from the journal side by side. */
class SchoolBatchTest {
    @TempDir
    static Path folder;
    private static PrintingFixture journal;
    private static PrintService printing;
    private static List<UUID> classes;

    @BeforeAll
    static void create() {
        journal = PrintingFixture.create(folder.resolve("journal"));
        printing = journal.printingAll();
        classes = printing.classes().stream().map(SchoolClass::id).toList();
    }

    @AfterAll
    static void close() {
        journal.close();
    }

    @Test
    void aWholeSchoolBatchWritesEveryStudentsCardInTheOrderOfClassesAndStudents() throws Exception {
        ReportAssembler assembler = new ReportAssembler(printingReads(), Messages.latvian(), PrintingFixture.CLOCK);
        List<ReportCardData> expected = classes.stream()
                .flatMap(id -> assembler.reportCards(id, new PrintPeriod.Semester(1)).stream()).toList();
        Path out = Files.createDirectories(folder.resolve("school"));

        BatchResult result = printing.batch(PrintKind.REPORT_CARD, classes, new PrintPeriod.Semester(1), out, false,
                BatchProgress.NONE, () -> false);

        assertThat(classes).hasSizeGreaterThan(1);
        assertThat(result.cancelled()).isFalse();
        assertThat(result.files()).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(Pdf.read(result.files().get(i)).text())
                    .contains(expected.get(i).heading().className())
                    .contains(expected.get(i).student().fullName());
        }
    }

    @Test
    void aBatchCancelledWhileTheClassesAreReadWritesNothing() throws Exception {
        Path out = Files.createDirectories(folder.resolve("cancelled"));

        BatchResult result = printing.batch(PrintKind.REPORT_CARD, classes, new PrintPeriod.Semester(1), out, false,
                BatchProgress.NONE, () -> true);

        assertThat(result.cancelled()).isTrue();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }

    private static JournalReads printingReads() {
        var s = journal.services;
        return new JournalReads(s.schoolRepository(), s.classRepository(), s.staff(), s.students(), s.gradeBooks(),
                s.absences(), s.testPlanner(), s.lessonRepository(), s.remarks(), s.promotionDecisions());
    }
}
