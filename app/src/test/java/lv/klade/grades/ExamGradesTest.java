package lv.klade.grades;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.school.JournalKind;
import lv.klade.school.NewJournal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Exam, re-examination and final grades of form 9: one of each per student, set like period grades. */
class ExamGradesTest {
    @TempDir
    Path dir;
    private GradesFixture f;
    private GradeService grades;
    private UUID journal9a;
    private UUID student;
    private LocalDate yearEnds;

    @BeforeEach
    void open() {
        f = new GradesFixture(dir, Clock.systemUTC());
        grades = new GradeService(f.store, f.school);
        UUID class9a = f.classes.addClass(Actor.SYSTEM, f.yearId, "9.a", 9, null, null);
        journal9a = f.classes.addJournal(Actor.SYSTEM,
                NewJournal.forClass(f.yearId, JournalKind.SUBJECT, f.maths, class9a, List.of()));
        student = f.student("Elza", "Kalniņa", class9a);
        yearEnds = f.school.year(f.yearId).orElseThrow().ends();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private PeriodGrade of(GradeKind kind, Grade grade) {
        return new PeriodGrade(student, journal9a, kind, yearEnds, grade, null);
    }

    private Optional<Grade> shown(GradeKind kind) {
        return new GradeBookService(f.store, f.school).gradeBook(journal9a, Optional.empty()).rows().getFirst()
                .periods().entrySet().stream().filter(e -> e.getKey().kind() == kind).findFirst()
                .map(e -> e.getValue().grade());
    }

    @Test
    void anExamGradeIsReplacedNotDuplicated() {
        UUID first = grades.setPeriodGrade(Actor.SYSTEM, of(GradeKind.EXAM, new Grade.Percent(72)));
        UUID second = grades.setPeriodGrade(Actor.SYSTEM, of(GradeKind.EXAM, new Grade.Percent(85)));
        assertThat(second).isEqualTo(first);
        assertThat(shown(GradeKind.EXAM)).contains(new Grade.Percent(85));
    }

    @Test
    void anExamIsGradedInPointsOrPercentButNotInLevels() {
        grades.setPeriodGrade(Actor.SYSTEM, of(GradeKind.EXAM, new Grade.Points(8)));
        assertThat(f.problemOf(() -> grades.setPeriodGrade(Actor.SYSTEM,
                of(GradeKind.EXAM, new Grade.Level(LearningLevel.A))))).isEqualTo("grades.wrongScale.TEN_POINT");
    }

    @Test
    void anExamIsNotAWorkColumnGrade() {
        assertThat(f.problemOf(() -> grades.add(Actor.SYSTEM,
                NewGrade.of(student, journal9a, GradeKind.EXAM, new Grade.Points(8), yearEnds))))
                .isEqualTo("grades.periodGradeThroughSet");
    }

    @Test
    void reExaminationAndFinalGradesAreKeptBesideTheYearGrade() {
        grades.setPeriodGrade(Actor.SYSTEM, of(GradeKind.YEAR, new Grade.Points(3)));
        grades.setPeriodGrade(Actor.SYSTEM, of(GradeKind.RE_EXAMINATION, new Grade.Points(5)));
        grades.setPeriodGrade(Actor.SYSTEM, of(GradeKind.FINAL, new Grade.Points(5)));
        assertThat(List.of(shown(GradeKind.YEAR), shown(GradeKind.RE_EXAMINATION), shown(GradeKind.FINAL)))
                .containsExactly(Optional.of(new Grade.Points(3)), Optional.of(new Grade.Points(5)),
                        Optional.of(new Grade.Points(5)));
    }
}
