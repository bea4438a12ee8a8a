package lv.klade.grades;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.school.JournalKind;
import lv.klade.school.NewJournal;
import lv.klade.school.SchoolClass;
import lv.klade.shell.Services;
import lv.klade.testing.TestLogins;
import lv.klade.testing.YearEndDemo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forms 1–3 get learning levels only in some subjects: a journal of theirs that holds no level at all
 * is not one whose year level is missing, while in forms 4–12 every subject journal needs its grades.
 */
class LevelFormsYearTest {
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

    private UUID ungradedJournal(UUID subject, String className) {
        return s.classes().addJournal(Actor.SYSTEM, NewJournal.forClass(s.year().id(), JournalKind.SUBJECT, subject,
                classNamed(className).id(), List.of()));
    }

    @Test
    void aFirstFormJournalWithoutAnyLevelBlocksNobodyButAFourthFormOneDoes() {
        UUID ethics = s.classes().addSubject(Actor.SYSTEM, "Ētika", "Ēt");
        ungradedJournal(ethics, "1.a");
        ungradedJournal(ethics, "4.a");

        assertThat(s.yearResults().ofClass(classNamed("1.a").id())).allSatisfy(y -> {
            assertThat(y.missing()).isEmpty();
            assertThat(y.outcome().verdict()).isEqualTo(Verdict.PROMOTED);
        });
        String cards = lv.klade.reports.Pdf.read(s.printing(lv.klade.i18n.Messages.latvian(),
                lv.klade.printing.PrintRights.everything()).render(new lv.klade.printing.PrintRequest(
                lv.klade.printing.PrintKind.REPORT_CARD, classNamed("1.a").id(), new lv.klade.printing.PrintPeriod.Year()))
                .pdf()).text();
        assertThat(cards).doesNotContain("Trūkst gada vērtējuma").contains("Pārcelts nākamajā klasē");
        assertThat(s.yearResults().ofClass(classNamed("4.a").id())).allSatisfy(y -> {
            assertThat(y.missing()).extracting(MissingGrades::subject).containsExactly("Ētika");
            assertThat(y.outcome().verdict()).isEqualTo(Verdict.GRADES_MISSING);
        });
    }

    @Test
    void aFirstFormJournalWhereTheTeacherGivesLevelsNeedsEveryonesYearLevel() {
        UUID ethics = s.classes().addSubject(Actor.SYSTEM, "Ētika", "Ēt");
        UUID journal = ungradedJournal(ethics, "1.a");
        List<StudentYear> before = s.yearResults().ofClass(classNamed("1.a").id());
        UUID first = before.getFirst().student().id();
        s.grades().setPeriodGrade(Actor.SYSTEM, new PeriodGrade(first, journal, GradeKind.YEAR, s.year().ends(),
                new Grade.Level(LearningLevel.A), null));

        List<StudentYear> after = s.yearResults().ofClass(classNamed("1.a").id());
        assertThat(after.getFirst().missing()).isEmpty();
        assertThat(after.subList(1, after.size())).isNotEmpty().allSatisfy(y ->
                assertThat(y.missing()).extracting(MissingGrades::subject).containsExactly("Ētika"));
    }
}
