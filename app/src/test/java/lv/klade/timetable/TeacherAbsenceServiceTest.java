package lv.klade.timetable;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.db.ChangeLog;
import lv.klade.i18n.Messages;
import lv.klade.lessons.Lesson;
import lv.klade.lessons.LessonKind;
import lv.klade.lessons.LessonState;
import lv.klade.lessons.LessonType;
import lv.klade.lessons.LessonViews;
import lv.klade.lessons.TeacherDay;
import lv.klade.lessons.ui.LessonFormViewModel;
import lv.klade.lessons.ui.LessonRow;
import lv.klade.people.StaffMember;
import lv.klade.school.DateRange;
import lv.klade.school.SchoolYear;
import lv.klade.shell.Services;
import lv.klade.testing.Refusals;
import lv.klade.ui.Background;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Teachers' absences and substitutes on the {@link AbsenceDemo} school, end to end: the deputy
 * director records the tutor's sick leave and gives her lessons to substitutes; the substitute fills
 * one in their day.
 */
class TeacherAbsenceServiceTest {
    private static final LocalDate MONDAY = AbsenceDemo.MONDAY;
    private static final LocalDate TUESDAY = AbsenceDemo.TUESDAY;
    private static final LocalDate ORDER_DATE = LocalDate.of(2026, 11, 27);
    private static final Messages TEXT = Messages.latvian();

    @TempDir
    static Path dir;
    private static AbsenceDemo demo;
    private static Services services;
    private static TimetableService timetable;
    private static SchoolYear year;
    private static StaffMember deputy;
    private static StaffMember tutor;
    private static StaffMember teacher;
    private static UUID colleague;
    private static UUID tutorsJournal;

    @BeforeAll
    static void school() {
        demo = new AbsenceDemo(dir);
        services = demo.services;
        timetable = services.timetable();
        year = demo.year;
        deputy = demo.deputy;
        tutor = demo.tutor;
        teacher = demo.teacher;
        tutorsJournal = demo.tutorsJournal;
        colleague = services.timetableRepository().teachers().keySet().stream()
                .filter(id -> !id.equals(tutor.id()) && !id.equals(teacher.id())).findFirst().orElseThrow();
    }

    @AfterAll
    static void close() {
        demo.close();
    }

    @AfterEach
    void removeAbsences() {
        demo.removeAbsences();
    }

    private static Actor as(StaffMember member) {
        return Actor.user(member.id());
    }

    private static TeacherAbsence tutorsSickLeave() {
        return demo.tutorsSickLeave();
    }

    private static Planner planner() {
        return services.timetableRepository().planner(year.id());
    }

    private static UUID assign(LocalDate date, int period, UUID substitute) {
        return timetable.assignSubstitute(as(deputy), year.id(), tutorsJournal, date, period, substitute, "1-7/45",
                ORDER_DATE);
    }

    private static TeacherDay.Entry entryOf(UUID staffId, LocalDate date, UUID journalId, int period) {
        LessonViews views = services.lessonViews(TEXT);
        return views.teacherDay(staffId, date).lessons().stream()
                .filter(e -> e.journalId().equals(journalId) && e.period() == period).findFirst().orElseThrow();
    }

    @Test
    void anAbsenceListsItsLessonsAndTheSubstituteFillsOneInTheirDay() {
        TeacherAbsence absence = tutorsSickLeave();

        assertThat(planner().touchedBy(absence)).extracting(PlannedLesson::date, PlannedLesson::period,
                PlannedLesson::journalId).containsExactly(org.assertj.core.groups.Tuple.tuple(MONDAY, 1, tutorsJournal),
                org.assertj.core.groups.Tuple.tuple(MONDAY, 2, tutorsJournal),
                org.assertj.core.groups.Tuple.tuple(TUESDAY, 1, tutorsJournal));

        assign(MONDAY, 1, teacher.id());

        TeacherDay.Entry substitutes = entryOf(teacher.id(), MONDAY, tutorsJournal, 1);
        assertThat(substitutes.state()).isEqualTo(LessonState.TO_FILL);
        assertThat(entryOf(tutor.id(), MONDAY, tutorsJournal, 1).state()).isEqualTo(LessonState.NOT_HELD);
        assertThat(entryOf(tutor.id(), MONDAY, tutorsJournal, 2).notHeldReason()).isEqualTo(AbsenceDemo.SICK_NOTE);

        List<String> errors = new ArrayList<>();
        LessonFormViewModel form = new LessonFormViewModel(services.lessons(TEXT), services.lessonRepository(),
                services.timetableRepository(), services.schoolRepository(), teacher.id(),
                new Background(Runnable::run, Runnable::run, TEXT, errors::add));
        form.open(new LessonRow(MONDAY, substitutes));
        assertThat(form.kindProperty().get()).isEqualTo(LessonKind.SUBSTITUTED);
        assertThat(form.orderNoProperty().get()).isEqualTo("1-7/45");
        form.topicProperty().set("Daļskaitļu reizināšana");
        form.save();

        assertThat(form.errorProperty().get()).isEmpty();
        assertThat(errors).isEmpty();
        assertThat(entryOf(teacher.id(), MONDAY, tutorsJournal, 1).state()).isEqualTo(LessonState.FILLED);
        Lesson lesson = services.lessonRepository().lesson(entryOf(teacher.id(), MONDAY, tutorsJournal, 1).lessonId())
                .orElseThrow();
        assertThat(lesson.teacherId()).isEqualTo(teacher.id());
        assertThat(lesson.type()).isEqualTo(new LessonType.Substituted(tutor.id(), AbsenceDemo.SICK_NOTE, "1-7/45",
                ORDER_DATE));
    }

    @Test
    void aSubjectTeacherOrATutorMayNotRecordAnAbsenceOrASubstitute() {
        ChangeLog log = new ChangeLog(services.store());
        for (StaffMember who : List.of(teacher, tutor)) {
            assertThat(Refusals.problemOf(log, () -> timetable.addAbsence(as(who), colleague, AbsenceKind.OTHER,
                    new DateRange(MONDAY, MONDAY), "Konkurss"))).isEqualTo("absence.rights");
        }
        tutorsSickLeave();
        assertThat(Refusals.problemOf(log, () -> timetable.assignSubstitute(as(teacher), year.id(), tutorsJournal,
                MONDAY, 1, teacher.id(), "1-7/45", ORDER_DATE))).isEqualTo("absence.rights");
    }

    @ParameterizedTest(name = "{0}–{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-12-02 | 2026-12-01 | Slimība | absence.endsBeforeStart
            2027-08-02 | 2027-08-06 | Slimība | absence.outsideYear
            2026-08-28 | 2026-09-02 | Slimība | absence.outsideYear
            2026-12-01 | 2026-12-01 | ''      | absence.reasonMissing
            """)
    void aBadAbsenceIsRefusedWithNothingWritten(LocalDate from, LocalDate to, String reason, String problem) {
        assertThat(Refusals.problemOf(new ChangeLog(services.store()), () -> timetable.addAbsence(as(deputy),
                tutor.id(), AbsenceKind.SICK_LEAVE, new DateRange(from, to), reason))).isEqualTo(problem);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the substitute is away too      | 1 | colleague | 1-7/45 | 2026-11-27 | substitute.away
            the substitute teaches then     | 2 | teacher   | 1-7/45 | 2026-11-27 | substitute.busy
            no order number                 | 1 | teacher   | ''     | 2026-11-27 | substitute.orderMissing
            no order date                   | 1 | teacher   | 1-7/45 |            | substitute.orderMissing
            the absent teacher herself      | 1 | tutor     | 1-7/45 | 2026-11-27 | substitute.missing
            no lesson in that period        | 3 | teacher   | 1-7/45 | 2026-11-27 | substitute.noLesson
            """)
    void aBadSubstituteIsRefusedWithNothingWritten(String why, int period, String who, String orderNo,
                                                    LocalDate orderDate, String problem) {
        tutorsSickLeave();
        timetable.addAbsence(as(deputy), colleague, AbsenceKind.TRAINING, new DateRange(MONDAY, MONDAY), "Kursi");
        UUID substitute = switch (who) {
            case "colleague" -> colleague;
            case "teacher" -> teacher.id();
            default -> tutor.id();
        };
        assertThat(Refusals.problemOf(new ChangeLog(services.store()), () -> timetable.assignSubstitute(as(deputy),
                year.id(), tutorsJournal, MONDAY, period, substitute, orderNo, orderDate))).isEqualTo(problem);
    }

    @Test
    void aLessonMarkedNotHeldLosesItsSubstitute() {
        tutorsSickLeave();
        assign(TUESDAY, 1, teacher.id());

        timetable.markNotHeld(as(deputy), year.id(), tutorsJournal, TUESDAY, 1);

        PlannedLesson lesson = planner().at(tutorsJournal, TUESDAY, 1).orElseThrow();
        assertThat(lesson.held()).isFalse();
        assertThat(services.lessonViews(TEXT).teacherDay(teacher.id(), TUESDAY).lessons()).isEmpty();
    }

    @Test
    void removingAnAbsenceRemovesItsSubstitutes() {
        TeacherAbsence absence = tutorsSickLeave();
        assign(TUESDAY, 1, teacher.id());

        timetable.removeAbsence(as(deputy), absence.id());
        tutorsSickLeave();

        assertThat(planner().at(tutorsJournal, TUESDAY, 1).orElseThrow().substitute()).isNull();
    }
}
