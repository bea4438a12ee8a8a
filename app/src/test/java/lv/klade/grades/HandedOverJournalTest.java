package lv.klade.grades;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.people.Role;
import lv.klade.school.ClassRepository;
import lv.klade.school.Journal;
import lv.klade.school.JournalTeacher;
import lv.klade.school.TeacherRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 7.a's mathematics changes teacher on 1 February 2027: Anna taught it to 31 January, Ilze from
 * 1 February. Each grades the work done while they taught it, and the journal is Ilze's now.
 */
class HandedOverJournalTest {
    private static final LocalDate HANDED_OVER = LocalDate.of(2027, 2, 1);

    @TempDir
    Path dir;
    private GradesFixture school;
    private GradeService grades;
    private UUID anna;
    private UUID ilze;
    private UUID student;

    @BeforeEach
    void open() {
        school = new GradesFixture(dir, Clock.fixed(Instant.parse("2027-02-15T08:00:00Z"), ZoneOffset.UTC));
        grades = new GradeService(school.store, school.school);
        anna = school.staff("anna", Role.SUBJECT_TEACHER);
        ilze = school.staff("ilze", Role.SUBJECT_TEACHER);
        student = school.student("Roberts", "Kalniņš", school.class7a);
        school.teaches(anna, school.journal7a);
        school.classes.endJournalTeacher(Actor.SYSTEM, school.journal7a, anna, HANDED_OVER.minusDays(1));
        school.classes.addJournalTeacher(Actor.SYSTEM, school.journal7a,
                new JournalTeacher(ilze, TeacherRole.TEACHER, HANDED_OVER, null));
    }

    @AfterEach
    void close() {
        school.close();
    }

    private NewGrade eight(LocalDate day) {
        return NewGrade.of(student, school.journal7a, GradeKind.SUMMATIVE, new Grade.Points(8), day);
    }

    @Test
    void eachTeacherGradesTheWorkOfTheirOwnDays() {
        grades.add(Actor.user(anna), eight(LocalDate.of(2027, 1, 29)));
        grades.add(Actor.user(ilze), eight(HANDED_OVER));

        assertThat(school.problemOf(() -> grades.add(Actor.user(anna), eight(HANDED_OVER))))
                .isEqualTo("grades.notJournalTeacher");
        assertThat(school.problemOf(() -> grades.add(Actor.user(ilze), eight(LocalDate.of(2027, 1, 29)))))
                .isEqualTo("grades.notJournalTeacher");
    }

    @Test
    void theJournalIsListedForTheTeacherWhoHasItNow() {
        ClassRepository classes = new ClassRepository(school.store);

        assertThat(classes.journalsOfTeacher(school.yearId, ilze)).extracting(Journal::id)
                .containsExactly(school.journal7a);
        assertThat(classes.journalsOfTeacher(school.yearId, anna)).isEmpty();
    }
}
