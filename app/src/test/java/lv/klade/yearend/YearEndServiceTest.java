package lv.klade.yearend;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.db.ChangeLog;
import lv.klade.grades.BookRow;
import lv.klade.grades.Grade;
import lv.klade.grades.GradeKind;
import lv.klade.grades.PeriodGrade;
import lv.klade.grades.StudentYear;
import lv.klade.grades.YearPeriod;
import lv.klade.i18n.Messages;
import lv.klade.people.DirectorOrder;
import lv.klade.people.Enrolment;
import lv.klade.people.RoleGrant;
import lv.klade.people.Student;
import lv.klade.school.Journal;
import lv.klade.school.SchoolCalendar;
import lv.klade.school.SchoolClass;
import lv.klade.school.SchoolYear;
import lv.klade.shell.Services;
import lv.klade.testing.TestLogins;
import lv.klade.testing.YearEndDemo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class YearEndServiceTest {
    private static final DirectorOrder ORDER = new DirectorOrder("1-12/45", YearEndDemo.AFTER);
    private static final LocalDate NEXT_FIRST_DAY = LocalDate.of(2027, 9, 1);

    @TempDir
    Path dir;

    private Services unfinished(Clock clock) {
        YearEndDemo.unfinished(dir.resolve("j"));
        return TestLogins.open(dir.resolve("j"), clock);
    }

    private Services finished() {
        YearEndDemo.finished(dir.resolve("j"));
        return TestLogins.open(dir.resolve("j"), YearEndDemo.CLOCK);
    }

    private static Actor admin(Services s) {
        return Actor.user(s.user().id());
    }

    private static SchoolClass classNamed(Services s, UUID yearId, String name) {
        return s.classRepository().classes(yearId).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aYearIsNotClosedOnItsLastLessonDay() {
        try (Services s = unfinished(YearEndDemo.clockOn(LocalDate.of(2027, 6, 18)))) {
            YearEnd end = s.yearEnd().close(admin(s), ORDER);

            assertThat(end.closed()).isFalse();
            assertThat(end.refusals()).extracting(p -> p.key()).containsExactly("yearEnd.notOver");
            assertThat(s.year().name()).isEqualTo("2026/27");
        }
    }

    @Test
    void missingGradesAreListedStudentByStudentAndSubjectAndNothingIsWritten() {
        try (Services s = unfinished(YearEndDemo.CLOCK)) {
            long changes = new ChangeLog(s.store()).count();

            YearEnd end = s.yearEnd().close(admin(s), ORDER);

            assertThat(end.closed()).isFalse();
            assertThat(new ChangeLog(s.store()).count()).isEqualTo(changes);
            assertThat(s.year().name()).isEqualTo("2026/27");
            SchoolClass seventh = classNamed(s, s.year().id(), "7.a");
            assertThat(end.unfinished()).filteredOn(u -> u.className().equals("7.a"))
                    .hasSize(s.students().ofClass(seventh.id()).size());
            Unfinished first = end.unfinished().stream().filter(u -> u.className().equals("7.a")).findFirst().orElseThrow();
            // The demo gave semester 1 grades; semester 2 and the year are still to come in every subject.
            assertThat(first.missing()).isNotEmpty().allSatisfy(m -> assertThat(m.periods())
                    .containsExactly(YearPeriod.SEMESTER_2, YearPeriod.YEAR));
            String line = YearEndTexts.refusals(end, Messages.latvian()).get(1);
            assertThat(line).isEqualTo("1.a " + end.unfinished().getFirst().student() + ", "
                    + end.unfinished().getFirst().missing().getFirst().subject() + " — trūkst: gada vērtējums");
        }
    }

    @Test
    void aReExaminationStillToWriteStopsTheYear() {
        try (Services s = finished()) {
            SchoolClass eighth = classNamed(s, s.year().id(), "8.a");
            StudentYear student = s.yearResults().ofClass(eighth.id()).getFirst();
            Journal journal = s.classRepository().journals(s.year().id()).stream()
                    .filter(j -> eighth.id().equals(j.classId())).findFirst().orElseThrow();
            s.grades().setPeriodGrade(Actor.SYSTEM, new PeriodGrade(student.student().id(), journal.id(),
                    GradeKind.YEAR, s.year().ends(), new Grade.Points(2), null));

            YearEnd end = s.yearEnd().check(admin(s));

            assertThat(end.unfinished()).singleElement().satisfies(u -> {
                assertThat(u.className()).isEqualTo("8.a");
                assertThat(u.missing()).isEmpty();
                assertThat(u.reExaminations()).hasSize(1);
            });
        }
    }

    @Test
    void onlyTheAdministratorClosesTheYear() {
        try (Services s = finished()) {
            UUID teacher = s.staff().byLogin("skolotajs").orElseThrow().id();

            YearEnd end = s.yearEnd().close(Actor.user(teacher), ORDER);

            assertThat(end.refusals()).extracting(p -> p.key()).containsExactly("yearEnd.notAdministrator");
            assertThat(s.year().name()).isEqualTo("2026/27");
        }
    }

    @Test
    void thePreviewTriesTheWholeYearEndAndWritesNothing() {
        try (Services s = finished()) {
            long changes = new ChangeLog(s.store()).count();

            YearEnd end = s.yearEnd().preview(admin(s), ORDER);

            assertThat(end.canClose()).isTrue();
            assertThat(end.closed()).isFalse();
            assertThat(new ChangeLog(s.store()).count()).isEqualTo(changes);
            assertThat(s.schoolRepository().years()).hasSize(1);
        }
    }

    @Test
    void aDirectorsOrderIsNeeded() {
        try (Services s = finished()) {
            YearEnd end = s.yearEnd().close(admin(s), new DirectorOrder(" ", null));

            assertThat(end.refusals()).extracting(p -> p.key()).containsExactly("yearEnd.orderMissing");
        }
    }

    @Test
    void closingOpensTheNextYearWithItsClassesAFormUpAndMovesEachStudent() {
        try (Services s = finished()) {
            SchoolYear old = s.year();
            SchoolClass seventh = classNamed(s, old.id(), "7.a");
            List<Student> sevenths = s.students().ofClass(seventh.id());
            Student keptBack = s.yearResults().ofClass(seventh.id()).getFirst().student();
            Student promoted = sevenths.stream().filter(st -> !st.id().equals(keptBack.id())).findFirst().orElseThrow();
            List<Student> ninths = s.students().ofClass(classNamed(s, old.id(), "9.a").id());
            List<Student> twelfths = s.students().ofClass(classNamed(s, old.id(), "12.a").id());

            YearEnd end = s.yearEnd().close(admin(s), ORDER);

            assertThat(end.closed()).isTrue();
            SchoolYear next = s.year();
            assertThat(next.name()).isEqualTo("2027/28");
            assertThat(next.range().starts()).isEqualTo(NEXT_FIRST_DAY);
            SchoolCalendar calendar = s.schoolRepository().calendar(next.id());
            assertThat(calendar.lastLessonDay(7)).isEqualTo(LocalDate.of(2028, 5, 31));
            assertThat(calendar.lastLessonDay(9)).isEqualTo(LocalDate.of(2028, 6, 9));
            assertThat(s.classRepository().classes(next.id())).extracting(SchoolClass::name)
                    .containsExactly("2.a", "3.a", "4.a", "5.a", "6.a", "7.a", "8.a", "9.a", "10.a", "11.a", "12.a");
            SchoolClass eighth = classNamed(s, next.id(), "8.a");
            assertThat(eighth.tutorId()).isEqualTo(seventh.tutorId());
            assertThat(eighth.programmeId()).isEqualTo(seventh.programmeId());
            assertThat(s.staff().byId(seventh.tutorId()).orElseThrow().roles())
                    .contains(RoleGrant.tutorOf(eighth.id())).doesNotContain(RoleGrant.tutorOf(seventh.id()));
            assertThat(s.students().ofClass(eighth.id())).extracting(Student::id)
                    .contains(promoted.id()).doesNotContain(keptBack.id());
            assertThat(s.students().ofClass(classNamed(s, next.id(), "7.a").id())).extracting(Student::id)
                    .contains(keptBack.id());
            SchoolClass tenth = classNamed(s, next.id(), "10.a");
            assertThat(s.students().ofClass(tenth.id())).extracting(Student::id)
                    .containsExactlyInAnyOrderElementsOf(ninths.stream().map(Student::id).toList());
            assertThat(tenth.programmeId()).isEqualTo(classNamed(s, old.id(), "10.a").programmeId());
            assertThat(twelfths).allSatisfy(t -> assertThat(s.students().details(t.id()).orElseThrow().student()
                    .hasLeft()).isTrue());
            List<Enrolment> enrolments = s.students().details(promoted.id()).orElseThrow().enrolments();
            assertThat(enrolments).extracting(Enrolment::classId).containsExactly(seventh.id(), eighth.id());
            assertThat(enrolments.getFirst().ends()).isEqualTo(NEXT_FIRST_DAY.minusDays(1));
            assertThat(enrolments.getLast().starts()).isEqualTo(NEXT_FIRST_DAY);
        }
    }

    @Test
    void theClosedYearStaysReadable() {
        try (Services s = finished()) {
            SchoolYear old = s.year();
            SchoolClass seventh = classNamed(s, old.id(), "7.a");
            Journal journal = s.classRepository().journals(old.id()).stream()
                    .filter(j -> seventh.id().equals(j.classId())).findFirst().orElseThrow();
            Student student = s.students().ofClass(seventh.id()).getLast();

            s.yearEnd().close(admin(s), ORDER);

            assertThat(s.schoolRepository().year(old.id())).hasValueSatisfying(y -> assertThat(y.current()).isFalse());
            assertThat(s.classRepository().classes(old.id())).hasSize(12);
            assertThat(s.classRepository().journals(old.id())).contains(journal);
            BookRow row = s.gradeBooks().gradeBook(journal.id(), Optional.empty()).rows().stream()
                    .filter(r -> r.student().id().equals(student.id())).findFirst().orElseThrow();
            assertThat(row.periods().values()).anySatisfy(g -> assertThat(g.kind()).isEqualTo(GradeKind.YEAR));
            assertThat(s.students().ofClass(seventh.id(), old.range())).extracting(Student::id).contains(student.id());
        }
    }

    @Test
    void aSecondCloseSaysTheYearIsClosedAlready() {
        try (Services s = finished()) {
            s.yearEnd().close(admin(s), ORDER);

            YearEnd again = s.yearEnd().close(admin(s), ORDER);

            assertThat(again.closed()).isFalse();
            assertThat(again.refusals()).extracting(p -> p.key()).containsExactly("yearEnd.closedAlready");
            assertThat(Messages.latvian().text(again.refusals().getFirst())).startsWith("Mācību gads 2026/27 jau ir noslēgts.");
        }
    }

    @Test
    void formTwelveFinishesSchoolAndFormNineGoesOnToFormTen() {
        try (Services s = finished()) {
            YearEnd end = s.yearEnd().check(admin(s));

            assertThat(end.ending()).containsExactly("12.a");
            assertThat(end.students()).filteredOn(st -> st.fromClass().equals("12.a"))
                    .extracting(StudentStep::step).containsOnly(Step.GRADUATES, Step.LEAVES).contains(Step.LEAVES);
            // The demo teaches form 10, so form 9 goes on with its certificate.
            assertThat(end.students()).filteredOn(st -> st.fromClass().equals("9.a"))
                    .extracting(StudentStep::step).containsOnly(Step.CONTINUES);
            assertThat(end.count(Step.KEPT_BACK)).isEqualTo(1);
        }
    }
}
