package lv.klade.grades;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.people.Role;
import lv.klade.school.ClassRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may write grades: the journal's teachers, a substitute in their lesson, the deputy director, administrators. */
class GradeRightsTest {
    private static final LocalDate OCT_5 = LocalDate.of(2026, 10, 5);

    @TempDir
    Path dir;
    private GradesFixture f;
    private GradeService grades;
    private UUID anna;
    private Actor teacher;
    private Actor stranger;

    @BeforeEach
    void open() {
        f = new GradesFixture(dir, Clock.systemUTC());
        grades = new GradeService(f.store, f.school);
        anna = f.student("Anna", "Ozola", f.class7a);
        UUID teacherId = f.staff("skolotaja", Role.SUBJECT_TEACHER);
        f.teaches(teacherId, f.journal7a);
        teacher = Actor.user(teacherId);
        stranger = Actor.user(f.staff("svesa", Role.SUBJECT_TEACHER));
    }

    @AfterEach
    void close() {
        f.close();
    }

    private NewGrade eight() {
        return NewGrade.of(anna, f.journal7a, GradeKind.TEST, new Grade.Points(8), OCT_5);
    }

    private PeriodGrade semesterGrade() {
        return new PeriodGrade(anna, f.journal7a, GradeKind.SEMESTER, f.school.semesters(f.yearId).getFirst().ends(),
                new Grade.Points(8), null);
    }

    @Test
    void aTeacherOfTheJournalGradesIt() {
        UUID id = grades.add(teacher, eight());
        grades.change(teacher, id, new Grade.Points(9), null);
        grades.setPeriodGrade(teacher, semesterGrade());
        grades.remove(teacher, id);
        assertThat(f.log.since(0).stream().filter(c -> c.table().equals("grade"))).hasSize(4);
    }

    @Test
    void aTeacherWhoDoesNotTeachTheJournalIsRefusedAndNothingIsWritten() {
        assertThat(f.problemOf(() -> grades.add(stranger, eight()))).isEqualTo("grades.notJournalTeacher");
    }

    @Test
    void theRefusalNamesTheJournalInTheUsersLanguage() {
        try {
            grades.add(stranger, eight());
        } catch (UserError e) {
            String name = new ClassRepository(f.store).journals(f.yearId).stream()
                    .filter(j -> j.id().equals(f.journal7a)).findFirst().orElseThrow().name();
            assertThat(e.problem().text(Messages.latvian())).startsWith("Jūs nemācāt žurnālā „" + name + "”");
            assertThat(e.problem().text(Messages.forLanguage("en"))).startsWith("You do not teach in the journal \"" + name + "\"");
            return;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aBatchWithAGradeInAJournalTheTeacherDoesNotTeachIsRefusedWhole() {
        UUID other = f.student("Pēteris", "Liepa", f.class7b);
        NewGrade notTheirs = NewGrade.of(other, f.journal7b, GradeKind.TEST, new Grade.Points(6), OCT_5);
        assertThat(f.problemOf(() -> f.store.run(teacher, w -> grades.addAll(w, List.of(eight(), notTheirs)))))
                .isEqualTo("grades.notJournalTeacher");
    }

    @Test
    void someoneElsesGradeCannotBeChangedOrCleared() {
        UUID id = grades.add(teacher, eight());
        assertThat(f.problemOf(() -> grades.change(stranger, id, new Grade.Points(2), null)))
                .isEqualTo("grades.notJournalTeacher");
        assertThat(f.problemOf(() -> grades.remove(stranger, id))).isEqualTo("grades.notJournalTeacher");
    }

    @Test
    void aPeriodGradeOfAnotherTeachersJournalIsRefused() {
        assertThat(f.problemOf(() -> grades.setPeriodGrade(stranger, semesterGrade())))
                .isEqualTo("grades.notJournalTeacher");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"DEPUTY_DIRECTOR", "ADMINISTRATOR"})
    void theDeputyDirectorAndAnAdministratorGradeAnyJournal(Role role) {
        Actor office = Actor.user(f.staff("birojs", role));
        UUID id = grades.add(office, eight());
        grades.change(office, id, new Grade.Points(9), null);
        grades.setPeriodGrade(office, semesterGrade());
        assertThat(f.log.since(0).stream().filter(c -> c.table().equals("grade"))).hasSize(3);
    }

    @Test
    void aClassTutorOrRegistrarWhoDoesNotTeachTheJournalIsRefused() {
        Actor registrar = Actor.user(f.staff("lietvede", Role.REGISTRAR));
        assertThat(f.problemOf(() -> grades.add(registrar, eight()))).isEqualTo("grades.notJournalTeacher");
    }

    @Test
    void aSubstituteGradesTheLessonTheyTaughtButNotTheRestOfTheJournal() {
        UUID substituteId = f.staff("aizvietotaja", Role.SUBJECT_TEACHER);
        Actor substitute = Actor.user(substituteId);
        UUID taught = f.lesson(f.journal7a, OCT_5, substituteId);
        NewGrade inTheirLesson = new NewGrade(anna, f.journal7a, taught, null, GradeKind.FORMATIVE,
                new Grade.PassFail(true), null, OCT_5);
        grades.add(substitute, inTheirLesson);
        UUID othersLesson = f.lesson(f.journal7a, OCT_5.plusDays(1), teacher.userId());
        assertThat(f.problemOf(() -> grades.add(substitute, new NewGrade(anna, f.journal7a, othersLesson, null,
                GradeKind.FORMATIVE, new Grade.PassFail(true), null, OCT_5.plusDays(1)))))
                .isEqualTo("grades.notJournalTeacher");
        assertThat(f.problemOf(() -> grades.add(substitute, eight()))).isEqualTo("grades.notJournalTeacher");
    }

    @Test
    void kladeItselfWritesGradesWithoutATeacher() {
        f.store.run(Actor.SYSTEM, w -> grades.addAll(w, List.of(eight())));
        grades.setPeriodGrade(Actor.SYSTEM, semesterGrade());
        assertThat(f.log.since(0).stream().filter(c -> c.table().equals("grade"))).hasSize(2);
    }
}
