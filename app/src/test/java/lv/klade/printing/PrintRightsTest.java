package lv.klade.printing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import lv.klade.i18n.UserError;
import lv.klade.reports.BatchProgress;
import lv.klade.school.Journal;
import lv.klade.school.SchoolClass;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who may print what, enforced by the service whatever a screen offered. */
class PrintRightsTest {
    private static final PrintPeriod SEMESTER = new PrintPeriod.Semester(1);
    @TempDir
    static Path folder;
    private static PrintingFixture journal;

    @BeforeAll
    static void create() {
        journal = PrintingFixture.create(folder);
    }

    @AfterAll
    static void close() {
        journal.close();
    }

    private static SchoolClass otherClass() {
        return journal.services.classRepository().classes(journal.services.year().id()).stream()
                .filter(c -> !c.id().equals(journal.class7a.id())).findFirst().orElseThrow();
    }

    private static String refusal(Runnable call) {
        try {
            call.run();
        } catch (UserError e) {
            return e.problem().key();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void classTutorPrintsTheirClassesReportCards() {
        PrintService tutor = journal.printingAs("audzinataja");
        assertThat(tutor.render(new PrintRequest(PrintKind.REPORT_CARD, journal.class7a.id(), SEMESTER)).pdf())
                .isNotEmpty();
        assertThat(tutor.classes()).extracting(SchoolClass::id).containsExactly(journal.class7a.id());
    }

    @Test
    void classTutorCannotPrintAnotherClass() {
        PrintService tutor = journal.printingAs("audzinataja");
        assertThat(refusal(() -> tutor.render(new PrintRequest(PrintKind.REPORT_CARD, otherClass().id(), SEMESTER))))
                .isEqualTo("printing.notAllowedClass");
    }

    @Test
    void teacherCannotPrintAClassesReportCards() {
        PrintService teacher = journal.printingAs("skolotajs");
        assertThat(refusal(() -> teacher.render(new PrintRequest(PrintKind.REPORT_CARD, journal.class7a.id(), SEMESTER))))
                .isEqualTo("printing.notAllowedClass");
    }

    @Test
    void teacherCannotPrintABatchOfAnotherClassAndNothingIsWritten() throws Exception {
        PrintService teacher = journal.printingAs("skolotajs");
        Path out = Files.createDirectories(folder.resolve("teacher-batch"));
        assertThat(refusal(() -> teacher.batch(PrintKind.REPORT_CARD, List.of(journal.class7a.id()), SEMESTER, out,
                false, BatchProgress.NONE, () -> false))).isEqualTo("printing.notAllowedClass");
        try (var files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void teacherPrintsTheMonthOfTheirOwnJournalsOnly() {
        var teacher = journal.login("skolotajs");
        PrintService printing = journal.printingAs("skolotajs");
        List<Journal> own = printing.journals();
        assertThat(own).isNotEmpty().allMatch(j -> j.teachers().stream().anyMatch(t -> t.staffId().equals(teacher.id())));
        PrintPeriod october = new PrintPeriod.Month(YearMonth.of(2026, 10));
        assertThat(printing.render(new PrintRequest(PrintKind.TEACHER_MONTH, own.getFirst().id(), october)).pdf())
                .isNotEmpty();
        UUID someoneElses = journal.services.classRepository().journals(journal.services.year().id()).stream()
                .filter(j -> j.teachers().stream().noneMatch(t -> t.staffId().equals(teacher.id()))).findFirst()
                .orElseThrow().id();
        assertThat(refusal(() -> printing.render(new PrintRequest(PrintKind.TEACHER_MONTH, someoneElses, october))))
                .isEqualTo("printing.notAllowedJournal");
    }

    @Test
    void registrarPrintsEveryClassesDocumentsButNoTeachersMonth() {
        PrintService registrar = journal.printingAs("lietvedis");
        assertThat(registrar.classes()).extracting(SchoolClass::id).contains(journal.class7a.id(), otherClass().id());
        assertThat(registrar.render(new PrintRequest(PrintKind.REPORT_CARD, otherClass().id(), new PrintPeriod.Year()))
                .pdf()).isNotEmpty();
        Journal any = journal.services.classRepository().journals(journal.services.year().id()).getFirst();
        assertThat(refusal(() -> registrar.render(new PrintRequest(PrintKind.TEACHER_MONTH, any.id(),
                new PrintPeriod.Month(YearMonth.of(2026, 10)))))).isEqualTo("printing.notAllowedJournal");
    }

    @Test
    void deputyDirectorAndAdministratorPrintEverything() {
        for (String login : List.of("vietnieks", "admin")) {
            PrintService printing = journal.printingAs(login);
            assertThat(printing.rights().seesEverything()).as(login).isTrue();
            assertThat(printing.render(new PrintRequest(PrintKind.SUMMARY, otherClass().id(), new PrintPeriod.Year()))
                    .pdf()).isNotEmpty();
        }
    }
}
