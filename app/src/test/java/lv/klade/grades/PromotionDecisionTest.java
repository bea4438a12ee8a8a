package lv.klade.grades;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.people.DirectorOrder;
import lv.klade.people.Role;
import lv.klade.people.StaffMember;
import lv.klade.people.Student;
import lv.klade.printing.PrintKind;
import lv.klade.printing.PrintPeriod;
import lv.klade.printing.PrintRequest;
import lv.klade.printing.PrintRights;
import lv.klade.reports.Pdf;
import lv.klade.school.SchoolClass;
import lv.klade.shell.Services;
import lv.klade.testing.TestLogins;
import lv.klade.testing.YearEndDemo;
import lv.klade.yearend.Step;
import lv.klade.yearend.StudentStep;
import lv.klade.yearend.YearEnd;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The pedagogical council's decision per student, by the director's order: recorded with its rights
 * and checks, kept once per student and year, printed on the year's report card and summary journal,
 * and standing at the year's end (a first-former kept back despite their levels).
 */
class PromotionDecisionTest {
    private static final LocalDate COUNCIL = LocalDate.of(2027, 6, 20);
    private static final DirectorOrder ORDER = new DirectorOrder("1-12/51", COUNCIL);
    @TempDir
    Path dir;
    private Services s;

    @BeforeEach
    void open() {
        YearEndDemo.finished(dir.resolve("j"));
        s = TestLogins.open(dir.resolve("j"), YearEndDemo.CLOCK);
    }

    @AfterEach
    void close() {
        s.close();
    }

    private SchoolClass classNamed(String name) {
        return s.classRepository().classes(s.year().id()).stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow();
    }

    private Student firstOf(String className) {
        return s.yearResults().ofClass(classNamed(className).id()).getFirst().student();
    }

    private Actor admin() {
        return Actor.user(s.user().id());
    }

    private String refusal(Runnable write) {
        try {
            write.run();
        } catch (UserError e) {
            return Messages.latvian().text(e.problem());
        }
        throw new AssertionError("not refused");
    }

    @Test
    void theCouncilKeepsAFirstFormerBackDespiteTheirLevelsAndTheYearsEndFollows() {
        Student pupil = firstOf("1.a");
        s.promotionDecisions().decide(admin(), pupil.id(), Decision.KEPT_BACK, ORDER);

        StudentYear year = s.yearResults().ofClass(classNamed("1.a").id()).getFirst();
        assertThat(year.outcome().verdict()).isEqualTo(Verdict.PROMOTED);
        assertThat(year.keptBack()).isTrue();
        YearEnd end = s.yearEnd().check(admin());
        assertThat(end.students()).filteredOn(st -> st.studentId().equals(pupil.id())).singleElement()
                .extracting(StudentStep::step).isEqualTo(Step.KEPT_BACK);
    }

    @Test
    void theYearCardAndTheSummaryJournalPrintTheDecisionWithItsOrder() {
        Student pupil = firstOf("5.a");
        s.promotionDecisions().decide(admin(), pupil.id(), Decision.ADDITIONAL_MEASURES, ORDER);
        var printing = s.printing(Messages.latvian(), PrintRights.everything());
        UUID classId = classNamed("5.a").id();

        Pdf cards = Pdf.read(printing.render(new PrintRequest(PrintKind.REPORT_CARD, classId, new PrintPeriod.Year()))
                .pdf());
        String card = cards.pageTexts().stream().filter(t -> t.contains(pupil.fullName())).findFirst().orElseThrow()
                .replaceAll("\\s+", " ");
        assertThat(card).contains("Lēmums par pārcelšanu: Noteikti papildu mācību pasākumi (direktora rīkojums Nr. "
                + "1-12/51, 20.06.2027)");
        String summary = Pdf.read(printing.render(new PrintRequest(PrintKind.SUMMARY, classId, new PrintPeriod.Year()))
                .pdf()).text().replaceAll("\\s+", " ");
        assertThat(summary).contains("PMP – noteikti papildu mācību pasākumi")
                .contains("rīkojums Nr. 1-12/51, 20.06.2027 (1.)");
    }

    @Test
    void aSecondDecisionReplacesTheFirst() {
        Student pupil = firstOf("7.a");
        s.promotionDecisions().decide(admin(), pupil.id(), Decision.EXTENDED_YEAR, ORDER);
        s.promotionDecisions().decide(admin(), pupil.id(), Decision.KEPT_BACK,
                new DirectorOrder("1-12/60", LocalDate.of(2027, 8, 30)));

        var decided = s.promotionDecisions().ofStudents(s.year().id(), List.of(pupil.id()));
        assertThat(decided).hasSize(1);
        assertThat(decided.get(pupil.id()).decision()).isEqualTo(Decision.KEPT_BACK);
        assertThat(decided.get(pupil.id()).order()).isEqualTo(new DirectorOrder("1-12/60", LocalDate.of(2027, 8, 30)));
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # class | decision                | order    | date       | refusal
            7.a     | PROMOTED                | ''       | 2027-06-20 | Lēmumam vajag direktora rīkojuma numuru un datumu.
            7.a     | PROMOTED                | 1-12/51  | 2027-09-01 | Rīkojuma datums 01.09.2027 nav šajā mācību gadā (01.09.2026–31.08.2027).
            7.a     | PROMOTED                | 1-12/51  | 2026-08-31 | Rīkojuma datums 31.08.2026 nav šajā mācību gadā (01.09.2026–31.08.2027).
            10.a    | PROMOTED_WITH_SHORTFALL | 1-12/51  | 2027-06-20 | Ar vienu nepietiekamu vērtējumu pārceļ tikai 4.–8. klasē, ne 10.a klasē.
            """)
    void aBadDecisionIsRefusedInLatvianAndNothingIsWritten(String className, Decision decision, String number,
                                                           LocalDate date, String refusal) {
        Student pupil = firstOf(className);
        assertThat(refusal(() -> s.promotionDecisions().decide(admin(), pupil.id(), decision,
                new DirectorOrder(number, date)))).isEqualTo(refusal);
        assertThat(s.promotionDecisions().ofStudents(s.year().id(), List.of(pupil.id()))).isEmpty();
    }

    @Test
    void aTeacherWhoIsNotTheClassTutorMayNotDecide() {
        SchoolClass seventh = classNamed("7.a");
        StaffMember teacher = s.staff().all().stream().filter(m -> !m.holds(Role.ADMINISTRATOR)
                        && !m.holds(Role.DEPUTY_DIRECTOR) && !m.id().equals(seventh.tutorId()))
                .filter(m -> m.roles().stream().noneMatch(g -> seventh.id().equals(g.classId())))
                .filter(m -> !m.roles().isEmpty()).findFirst().orElseThrow();
        Student pupil = firstOf("7.a");
        assertThatThrownBy(() -> s.promotionDecisions().decide(Actor.user(teacher.id()), pupil.id(),
                Decision.PROMOTED, ORDER)).isInstanceOf(UserError.class)
                .satisfies(e -> assertThat(((UserError) e).problem().key()).isEqualTo("decisions.notAllowed"));
    }

    @Test
    void theClassTutorMayDecide() {
        SchoolClass seventh = classNamed("7.a");
        Student pupil = firstOf("7.a");
        s.promotionDecisions().decide(Actor.user(seventh.tutorId()), pupil.id(), Decision.RE_EXAMINATION, ORDER);
        assertThat(s.yearResults().ofClass(seventh.id()).getFirst().decision()).map(PromotionDecision::decision)
                .contains(Decision.RE_EXAMINATION);
    }
}
