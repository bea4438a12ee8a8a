package lv.klade.printing;

import java.nio.file.Path;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.i18n.Messages;
import lv.klade.reports.Pdf;
import lv.klade.tutor.RemarkPeriod;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The tutor's remark, written through the remarks service, printed on the student's report card. */
class ReportCardRemarkTest {
    private static final String REMARK = "Ļoti čakla un izpalīdzīga; ģeogrāfijā jāstrādā vairāk, ņemot piemēru no Šķēles.";
    @TempDir
    static Path folder;
    private static PrintingFixture journal;
    private static PrintService printing;

    @BeforeAll
    static void create() {
        journal = PrintingFixture.create(folder);
        printing = journal.printingAll();
        UUID tutor = journal.class7a.tutorId();
        journal.services.remarks().write(Actor.user(tutor), journal.anna.id(), RemarkPeriod.SEMESTER_1, REMARK);
    }

    @AfterAll
    static void close() {
        journal.close();
    }

    private static Pdf cards(PrintPeriod period) {
        return Pdf.read(printing.render(new PrintRequest(PrintKind.REPORT_CARD, journal.class7a.id(), period)).pdf());
    }

    /** The page of the student's card: each card in a class's file is one page. */
    private static String pageOf(Pdf pdf, lv.klade.people.Student student) {
        for (int page = 1; page <= pdf.pages(); page++) {
            if (pdf.page(page).contains(student.fullName())) {
                return pdf.page(page).replaceAll("\\s+", " ");
            }
        }
        throw new AssertionError("no card of " + student.fullName());
    }

    @Test
    void theSemesterCardPrintsTheTutorsRemarkWithItsLatvianLetters() {
        String page = pageOf(cards(new PrintPeriod.Semester(1)), journal.anna);
        assertThat(page).contains("piezīmes").contains(REMARK);
    }

    @Test
    void aStudentWithoutARemarkGetsNoneOfAnothers() {
        String page = pageOf(cards(new PrintPeriod.Semester(1)), journal.failing);
        assertThat(page).doesNotContain(REMARK).doesNotContain("piezīmes");
    }

    @Test
    void theYearCardDoesNotPrintTheSemestersRemark() {
        String page = pageOf(cards(new PrintPeriod.Year()), journal.anna);
        assertThat(page).doesNotContain(REMARK);
    }
}
