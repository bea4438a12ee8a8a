package lv.klade.yearend;

import java.nio.file.Path;
import lv.klade.db.Actor;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.people.DirectorOrder;
import lv.klade.printing.PrintPeriod;
import lv.klade.printing.PrintRequest;
import lv.klade.printing.PrintKind;
import lv.klade.printing.PrintService;
import lv.klade.school.SchoolClass;
import lv.klade.school.SchoolYear;
import lv.klade.shell.Services;
import lv.klade.testing.TestLogins;
import lv.klade.testing.YearEndDemo;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The closed year stays readable: its report cards print after the next year has begun. */
class ClosedYearPrintingTest {
    @TempDir
    Path dir;

    private SchoolYear closeTheYear(Services s) {
        SchoolYear old = s.year();
        YearEnd end = s.yearEnd().close(Actor.user(s.user().id()), new DirectorOrder("1-12/45", YearEndDemo.AFTER));
        assertThat(end.closed()).isTrue();
        return old;
    }

    @Test
    void theClosedYearsReportCardsPrintFromItsOwnClasses() throws Exception {
        YearEndDemo.finished(dir.resolve("j"));
        try (Services s = TestLogins.open(dir.resolve("j"), YearEndDemo.CLOCK)) {
            SchoolYear old = closeTheYear(s);
            PrintService current = s.printing(Messages.latvian(), s.user());
            assertThat(current.year().name()).isEqualTo("2027/28");
            assertThat(current.years()).extracting(SchoolYear::name).containsExactly("2026/27", "2027/28");

            PrintService closed = current.ofYear(current.yearNamed("2026./2027.").id());
            assertThat(closed.year().id()).isEqualTo(old.id());
            SchoolClass seventh = closed.classNamed("7.a");
            assertThat(seventh.yearId()).isEqualTo(old.id());
            byte[] pdf = closed.render(new PrintRequest(PrintKind.REPORT_CARD, seventh.id(), new PrintPeriod.Year()))
                    .pdf();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document);
                assertThat(text).contains("2026./2027.").contains("7.a");
            }
            assertThatThrownBy(() -> current.yearNamed("2019/20")).isInstanceOfSatisfying(UserError.class,
                    e -> assertThat(Messages.latvian().text(e.problem()))
                            .isEqualTo("Mācību gada „2019/20” žurnālā nav. Ir šādi mācību gadi: 2026/27, 2027/28."));
        }
    }
}
