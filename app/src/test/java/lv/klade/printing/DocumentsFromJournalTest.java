package lv.klade.printing;

import lv.klade.reports.Pdf;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import lv.klade.grades.AverageResult;
import lv.klade.grades.BookRow;
import lv.klade.i18n.Messages;
import lv.klade.reports.TranscriptData;
import lv.klade.school.DateRange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of document, assembled from a journal written through the services and read back from its PDF. */
class DocumentsFromJournalTest {
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    @TempDir
    static Path folder;
    private static PrintingFixture journal;
    private static PrintService printing;

    @BeforeAll
    static void create() {
        journal = PrintingFixture.create(folder);
        printing = journal.printingAll();
    }

    @AfterAll
    static void close() {
        journal.close();
    }

    private static Pdf render(PrintKind kind, java.util.UUID target, PrintPeriod period) {
        return Pdf.read(printing.render(new PrintRequest(kind, target, period)).pdf());
    }

    private static BookRow annasRow(YearMonth month) {
        return journal.services.gradeBooks().gradeBook(journal.first.id(), Optional.of(month)).rows().stream()
                .filter(r -> r.student().id().equals(journal.anna.id())).findFirst().orElseThrow();
    }

    private static String subject(lv.klade.school.Journal j) {
        return journal.services.classRepository().subjects().stream().filter(s -> s.id().equals(j.subjectId()))
                .findFirst().orElseThrow().name();
    }

    @Test
    void transcriptAverageIsTheGradeBooksSinceTheYearsStart() {
        var average = (AverageResult.Average) annasRow(OCTOBER).sinceYearStart();
        var sameByPeriod = (AverageResult.Average) journal.services.gradeBooks().average(journal.anna.id(),
                journal.first.id(), new DateRange(journal.services.year().starts(), OCTOBER.atEndOfMonth()));
        assertThat(sameByPeriod.value()).isEqualTo(average.value());
        TranscriptData annas = new ReportAssembler(printingReads(), Messages.latvian(), PrintingFixture.CLOCK)
                .transcripts(journal.class7a.id(), OCTOBER).stream()
                .filter(t -> t.student().surname().equals(journal.anna.lastName())).findFirst().orElseThrow();
        String printed = average.value().toPlainString().replace('.', ',');
        assertThat(annas.subjects()).anySatisfy(s -> {
            assertThat(s.subject()).isEqualTo(subject(journal.first));
            assertThat(s.weightedAverage()).isEqualTo(printed);
        });
        String text = render(PrintKind.TRANSCRIPT, journal.class7a.id(), new PrintPeriod.Month(OCTOBER)).text();
        assertThat(text).contains(journal.anna.fullName()).contains(printed);
    }

    @Test
    void transcriptListsTheMonthsGradesWithTheirDaysButNotSeptembers() {
        String text = render(PrintKind.TRANSCRIPT, journal.class7a.id(), new PrintPeriod.Month(OCTOBER)).text();
        assertThat(text).contains("8 (06.10.)").contains("i (07.10.)").contains("5 (20.10.)").contains("7 (08.10.)")
                .doesNotContain("(15.09.)");
    }

    @Test
    void transcriptAbsencesAreTheAttendanceMarksWithTheTutorsJustification() {
        String text = render(PrintKind.TRANSCRIPT, journal.class7a.id(), new PrintPeriod.Month(OCTOBER)).text();
        assertThat(text).contains("attaisnotas 1, neattaisnotas 2, kopā 3");
    }

    @Test
    void transcriptsOfAClassAreOnePagePerStudent() {
        Pdf pdf = render(PrintKind.TRANSCRIPT, journal.class7a.id(), new PrintPeriod.Month(OCTOBER));
        assertThat(pdf.pages()).isEqualTo(journal.students.size());
    }

    @Test
    void semesterCardShowsSemesterGradesAndExemption() {
        String text = render(PrintKind.REPORT_CARD, journal.class7a.id(), new PrintPeriod.Semester(1)).text();
        assertThat(text).contains(journal.anna.fullName()).contains(subject(journal.first) + " 7")
                .contains(subject(journal.second) + " atb").contains("attaisnotas 1, neattaisnotas 2, kopā 3")
                .doesNotContain("pārcelšanu");
    }

    @Test
    void yearCardCarriesThePromotionDecisionOfPromotionOutcome() {
        String text = render(PrintKind.REPORT_CARD, journal.class7a.id(), new PrintPeriod.Year()).text();
        String reExam = Messages.latvian().get("grades.verdict.RE_EXAMINATION_NEEDED", subject(journal.second));
        String promoted = Messages.latvian().get("grades.verdict.PROMOTED");
        assertThat(text.replaceAll("\\s+", " ")).contains(journal.failing.fullName()).contains(reExam)
                .contains(promoted);
    }

    @Test
    void summaryJournalHasEveryStudentAndRepeatsItsHeadersOnPageTwo() {
        Pdf pdf = render(PrintKind.SUMMARY, journal.class7a.id(), new PrintPeriod.Year());
        assertThat(pdf.pages()).isGreaterThanOrEqualTo(2);
        assertThat(pdf.page(2)).contains("Skolēns");
        assertThat(pdf.upright(2)).contains(subject(journal.first)).contains(subject(journal.second))
                .contains("Pārcelšana");
        String all = pdf.text().replaceAll("\\s+", " ");
        journal.students.forEach(s -> assertThat(all).contains(s.lastName() + " " + s.firstName()));
    }

    @Test
    void absenceReportCountsEqualTheAttendanceMarks() {
        String text = render(PrintKind.ABSENCES, journal.class7a.id(), new PrintPeriod.Month(OCTOBER)).text();
        String line = text.lines().filter(l -> l.contains(journal.anna.lastName() + " " + journal.anna.firstName()))
                .findFirst().orElseThrow();
        assertThat(line).endsWith("1 2 3 0");
    }

    @Test
    void gradeStatisticsCountTheTenPointGradesAndAverageThem() {
        var data = new ReportAssembler(printingReads(), Messages.latvian(), PrintingFixture.CLOCK)
                .statistics(journal.class7a.id(), new PrintPeriod.Month(OCTOBER));
        var row = data.rows().stream().filter(r -> r.subject().equals(subject(journal.first))).findFirst().orElseThrow();
        // October: Anna's 8 and 5, the other student's 6; the pass "i" is not a 10-point grade.
        assertThat(row.counts().get(7)).isEqualTo(1);
        assertThat(row.counts().get(4)).isEqualTo(1);
        assertThat(row.counts().get(5)).isEqualTo(1);
        assertThat(row.average()).isEqualTo("6,33");
        assertThat(render(PrintKind.STATISTICS, journal.class7a.id(), new PrintPeriod.Month(OCTOBER)).text())
                .contains("6,33");
    }

    @Test
    void teachersMonthShowsTheLessonsTopicsAndEachStudentsMarks() {
        Pdf pdf = render(PrintKind.TEACHER_MONTH, journal.first.id(), new PrintPeriod.Month(OCTOBER));
        assertThat(pdf.text()).contains("Daļskaitļi").contains("Vingrinājumi 12")
                .contains(journal.anna.lastName() + " " + journal.anna.firstName());
        assertThat(pdf.text()).containsPattern("n 8|8 n");
    }

    @Test
    void testPlannerPrintsTheClassesPlannerForThePeriod() {
        Pdf pdf = render(PrintKind.TEST_PLANNER, journal.class7a.id(), new PrintPeriod.Semester(1));
        assertThat(pdf.text()).contains("7.a").contains(Messages.date(journal.semester(1).starts()));
        assertThat(pdf.pages()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void everyDocumentNamesTheSchoolAndTheYear() {
        String school = journal.services.schoolName();
        String year = journal.services.year().starts().getYear() + "./" + journal.services.year().ends().getYear() + ".";
        assertThat(render(PrintKind.ABSENCES, journal.class7a.id(), new PrintPeriod.Year()).text())
                .contains(school).contains(year);
    }

    @Test
    void aMonthIsRefusedForAReportCard() {
        var request = new PrintRequest(PrintKind.REPORT_CARD, journal.class7a.id(), new PrintPeriod.Month(OCTOBER));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> printing.render(request))
                .isInstanceOf(lv.klade.i18n.UserError.class);
        assertThat(LocalDate.of(2026, 10, 1)).isNotNull();
    }

    private static JournalReads printingReads() {
        var s = journal.services;
        return new JournalReads(s.schoolRepository(), s.classRepository(), s.staff(), s.students(), s.gradeBooks(),
                s.absences(), s.testPlanner(), s.lessonRepository(), s.remarks(), s.promotionDecisions());
    }
}
