package lv.klade.grades;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.people.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class TestPlannerServiceTest {
    private static final LocalDate TUESDAY = LocalDate.of(2026, 10, 6);

    @TempDir
    Path dir;
    private GradesFixture f;
    private TestPlannerService planner;
    private Actor teacher;
    private Actor deputy;

    @BeforeEach
    void open() {
        f = new GradesFixture(dir, Clock.systemUTC());
        planner = new TestPlannerService(f.store, f.school, f.staff);
        teacher = Actor.user(f.staff("skolotaja", Role.SUBJECT_TEACHER));
        deputy = Actor.user(f.staff("vietniece", Role.DEPUTY_DIRECTOR));
    }

    @AfterEach
    void close() {
        f.close();
    }

    private TestPlan on(LocalDate date, String topic) {
        return new TestPlan(f.class7a, f.journal7a, date, 1, TestScope.END_OF_TOPIC, topic);
    }

    private UUID published(String topic) {
        UUID id = planner.plan(teacher, on(TUESDAY, topic), false);
        planner.publish(teacher, id);
        return id;
    }

    @Test
    void aTeacherChangesADraft() {
        UUID id = planner.plan(teacher, on(TUESDAY, "Daļskaitļi"), false);
        planner.change(teacher, id, on(TUESDAY.plusDays(1), "Daļskaitļi"), false);
        assertThat(planner.ofJournal(f.journal7a)).singleElement()
                .satisfies(t -> assertThat(t.plan().date()).isEqualTo(TUESDAY.plusDays(1)));
        assertThat(f.log.forRow("planned_test", id)).hasSize(2);
    }

    @Test
    void aTeacherCannotChangeAPublishedTest() {
        UUID id = published("Daļskaitļi");
        assertThat(f.problemOf(() -> planner.change(teacher, id, on(TUESDAY.plusDays(1), "Daļskaitļi"), false)))
                .isEqualTo("grades.test.publishedOnlyDeputy");
    }

    @Test
    void aTeacherCannotDeleteAPublishedTest() {
        UUID id = published("Daļskaitļi");
        assertThat(f.problemOf(() -> planner.remove(teacher, id))).isEqualTo("grades.test.publishedOnlyDeputy");
        assertThat(planner.ofJournal(f.journal7a)).hasSize(1);
    }

    @Test
    void theDeputyDirectorChangesAndDeletesAPublishedTest() {
        UUID id = published("Daļskaitļi");
        planner.change(deputy, id, on(TUESDAY.plusDays(2), "Daļskaitļi un procenti"), false);
        assertThat(planner.ofJournal(f.journal7a).getFirst().plan().topic()).isEqualTo("Daļskaitļi un procenti");
        planner.remove(deputy, id);
        assertThat(planner.ofJournal(f.journal7a)).isEmpty();
    }

    @Test
    void aThirdTestOnADayNeedsConfirmation() {
        planner.plan(teacher, on(TUESDAY, "Pirmais"), false);
        planner.plan(teacher, on(TUESDAY, "Otrais"), false);
        assertThat(f.problemOf(() -> planner.plan(teacher, on(TUESDAY, "Trešais"), false)))
                .isEqualTo("grades.test.dayLimit");
        planner.plan(teacher, on(TUESDAY, "Trešais"), true);
        assertThat(planner.ofClass(f.class7a, TUESDAY, TUESDAY)).hasSize(3);
    }

    @Test
    void aSixthTestInAWeekNeedsConfirmation() {
        for (int day = 0; day < 5; day++) {
            planner.plan(teacher, on(TUESDAY.minusDays(1).plusDays(day), "Darbs " + day), false);
        }
        assertThat(f.problemOf(() -> planner.plan(teacher, on(TUESDAY, "Sestais"), false)))
                .isEqualTo("grades.test.weekLimit");
    }

    @Test
    void theSchoolSetsItsOwnLimit() {
        f.schoolService.putSetting(Actor.SYSTEM, "grades.tests.perDay", "1");
        planner.plan(teacher, on(TUESDAY, "Pirmais"), false);
        assertThat(f.problemOf(() -> planner.plan(teacher, on(TUESDAY, "Otrais"), false)))
                .isEqualTo("grades.test.dayLimit");
    }

    @Test
    void aTestIsNotPlannedOnADayWithoutLessons() {
        assertThat(f.problemOf(() -> planner.plan(teacher, on(LocalDate.of(2026, 11, 18), "Svētkos"), false)))
                .isEqualTo("grades.test.notSchoolDay");
        assertThat(f.problemOf(() -> planner.plan(teacher,
                new TestPlan(f.class7a, f.journal7a, TUESDAY, 3, TestScope.PART_OF_TOPIC, "Garš"), false)))
                .isEqualTo("grades.test.lessons");
        assertThat(f.problemOf(() -> planner.plan(teacher,
                new TestPlan(f.class7b, f.journal7a, TUESDAY, 1, TestScope.PART_OF_TOPIC, "Cita klase"), false)))
                .isEqualTo("grades.test.journalNotOfClass");
    }

    @Test
    void aGradeNamesATestAndTheTestBecomesAColumn() {
        UUID id = published("Daļskaitļi");
        UUID student = f.student("Anna", "Ozola", f.class7a);
        GradeService grades = new GradeService(f.store, f.school);
        f.teaches(teacher.userId(), f.journal7a);
        grades.add(teacher, new NewGrade(student, f.journal7a, null, id, GradeKind.TEST, new Grade.Points(9), null,
                TUESDAY));
        var book = new GradeBookService(f.store, f.school).gradeBook(f.journal7a, java.util.Optional.empty());
        assertThat(book.columns()).containsExactly(new BookColumn(TUESDAY, null, id, GradeKind.TEST));
        assertThat(f.problemOf(() -> planner.remove(deputy, id))).isEqualTo("grades.test.hasGrades");
    }
}
