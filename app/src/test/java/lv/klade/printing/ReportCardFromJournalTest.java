package lv.klade.printing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import lv.klade.db.Actor;
import lv.klade.i18n.Messages;
import lv.klade.people.DirectorOrder;
import lv.klade.people.Student;
import lv.klade.reports.Pdf;
import lv.klade.school.Journal;
import lv.klade.school.Programme;
import lv.klade.school.SchoolClass;
import lv.klade.school.Subject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year's report cards and summary journal of a demo class, read back from their PDFs: graded
 * subjects only, interest education apart, the programme, the tutor's title and the promotion order;
 * the month's transcripts alike.
 */
class ReportCardFromJournalTest {
    private static final String ORDER = "45-i";
    @TempDir
    static Path folder;
    private static PrintingFixture journal;
    private static PrintService printing;
    private static Student moved;
    private static LocalDate nextYear;

    @BeforeAll
    static void create() {
        journal = PrintingFixture.create(folder);
        printing = journal.printingAll();
        // The year's end moves a student on by the director's order from the day after the year.
        moved = journal.students.getLast();
        nextYear = journal.semester(2).ends().plusDays(1);
        SchoolClass other = journal.services.classRepository().classes(journal.services.year().id()).stream()
                .filter(c -> !c.id().equals(journal.class7a.id())).findFirst().orElseThrow();
        journal.services.students().move(Actor.SYSTEM, moved.id(), other.id(), nextYear,
                new DirectorOrder(ORDER, journal.semester(2).ends()));
    }

    @AfterAll
    static void close() {
        journal.close();
    }

    private static Pdf render(PrintKind kind) {
        return Pdf.read(printing.render(new PrintRequest(kind, journal.class7a.id(), new PrintPeriod.Year())).pdf());
    }

    /**
     * The subjects only journals of another kind than a subject teach: interest education and the like
     * (an elective or individual work in a school subject shares the subject's name).
     */
    private static Set<String> activities() {
        List<Journal> journals = journal.services.classRepository().journals(journal.services.year().id());
        Set<java.util.UUID> graded = journals.stream().filter(j -> j.kind().graded()).map(Journal::subjectId)
                .collect(Collectors.toSet());
        Set<java.util.UUID> ids = journals.stream().filter(j -> !j.kind().graded()).map(Journal::subjectId)
                .filter(id -> !graded.contains(id)).collect(Collectors.toSet());
        return journal.services.classRepository().subjects().stream().filter(s -> ids.contains(s.id()))
                .map(Subject::name).collect(Collectors.toSet());
    }

    @Test
    void yearCardsListNeitherTheTutorsLessonNorInterestEducationAmongTheSubjects() {
        String heading = Messages.latvian().get("reports.reportCard.activities");
        Pdf pdf = render(PrintKind.REPORT_CARD);
        assertThat(pdf.text()).doesNotContain("Klases stunda").contains(heading);
        for (int page = 1; page <= pdf.pages(); page++) {
            String text = pdf.page(page);
            for (String activity : activities()) {
                if (text.contains(activity)) {
                    assertThat(text.indexOf(activity)).as("%s on page %d", activity, page)
                            .isGreaterThan(text.indexOf(heading));
                }
            }
        }
    }

    @Test
    void transcriptsListNeitherTheTutorsLessonNorInterestEducationAmongTheSubjects() {
        String heading = Messages.latvian().get("reports.reportCard.activities");
        Pdf pdf = Pdf.read(printing.render(new PrintRequest(PrintKind.TRANSCRIPT, journal.class7a.id(),
                new PrintPeriod.Month(java.time.YearMonth.of(2026, 10)))).pdf());
        assertThat(pdf.text()).doesNotContain("Klases stunda");
        for (String page : pdf.pageTexts()) {
            String text = page.replaceAll("\\s+", " ");
            for (String activity : activities()) {
                if (text.contains(activity)) {
                    assertThat(text.indexOf(activity)).as(activity).isGreaterThan(text.indexOf(heading));
                    assertThat(text).contains(heading);
                }
            }
        }
    }

    @Test
    void yearCardNamesTheProgrammeWithItsCodeAndTheTutorInHerTitle() {
        Programme programme = journal.services.classRepository().programmes().stream()
                .filter(p -> p.id().equals(journal.class7a.programmeId())).findFirst().orElseThrow();
        String tutor = journal.services.staff().byId(journal.class7a.tutorId()).orElseThrow().fullName();
        String title = lv.klade.people.Gender.ofLatvianName(tutor).map(g -> g == lv.klade.people.Gender.F
                ? "Klases audzinātāja" : "Klases audzinātājs").orElse("Klases audzinātājs(-a)");
        String text = render(PrintKind.REPORT_CARD).text();
        assertThat(text).contains("Izglītības programma: " + programme.name() + ", kods " + programme.code())
                .contains(title + " " + tutor);
    }

    @Test
    void yearCardOfAMovedOnStudentCarriesTheDirectorsOrder() {
        Pdf pdf = render(PrintKind.REPORT_CARD);
        String card = pdf.pageTexts().stream().filter(t -> t.contains(moved.fullName())).findFirst().orElseThrow();
        assertThat(card.replaceAll("\\s+", " "))
                .contains("(direktora rīkojums Nr. " + ORDER + ", " + Messages.date(journal.semester(2).ends()) + ")");
        List<String> others = pdf.pageTexts().stream().filter(t -> !t.contains(moved.fullName())).toList();
        assertThat(others).noneMatch(t -> t.contains("rīkojums Nr. " + ORDER));
    }

    @Test
    void summaryJournalHasOnlyGradedSubjectsAndAShortPromotionCode() {
        Pdf pdf = render(PrintKind.SUMMARY);
        String upright = String.join("", pdf.uprightTexts());
        assertThat(upright).doesNotContain("Klases stunda");
        activities().forEach(a -> assertThat(upright).doesNotContain(a));
        String text = pdf.text().replaceAll("\\s+", " ");
        assertThat(text).doesNotContain("Trūkst gada vērtējuma:").doesNotContain("Jākārto pēcpārbaudījums:")
                .contains("Pārcelšana: ");
        assertThat(pdf.page(pdf.pages())).contains(journal.students.stream()
                .filter(s -> !s.id().equals(moved.id())).toList().getLast().lastName());
    }
}
