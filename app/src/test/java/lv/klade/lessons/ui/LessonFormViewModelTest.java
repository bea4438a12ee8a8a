package lv.klade.lessons.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.i18n.Messages;
import lv.klade.lessons.AttendanceCodes;
import lv.klade.lessons.LessonKind;
import lv.klade.lessons.LessonRepository;
import lv.klade.lessons.LessonService;
import lv.klade.lessons.LessonState;
import lv.klade.lessons.LessonViews;
import lv.klade.school.JournalKind;
import lv.klade.timetable.NewEntry;
import lv.klade.timetable.NewVersion;
import lv.klade.timetable.TestSchool;
import lv.klade.ui.Background;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class LessonFormViewModelTest {
    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);
    private static final Messages TEXT = Messages.latvian();

    @TempDir
    Path dir;
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);
    private final List<String> errors = new ArrayList<>();
    private TestSchool school;
    private LessonRepository lessons;
    private LessonViews views;
    private LessonFormViewModel form;
    private MyLessonsViewModel myLessons;
    private UUID teacher;

    @BeforeEach
    void open() {
        school = new TestSchool(dir, clock);
        lessons = new LessonRepository(school.store);
        views = new LessonViews(school.schools, school.classes, school.timetables, lessons, TEXT, clock);
        teacher = school.staff("berzina");
        UUID maths = school.classJournal(school.class7a, school.maths, teacher);
        school.timetable.addVersion(Actor.SYSTEM, new NewVersion(school.yearId, "Pamata", LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 6, 18), List.of(new NewEntry(DayOfWeek.TUESDAY, 1, maths, teacher, "101"))));
        Background background = new Background(Runnable::run, Runnable::run, TEXT, errors::add);
        form = new LessonFormViewModel(new LessonService(school.store, school.schools, school.timetables, lessons, TEXT),
                lessons, school.timetables, school.schools, teacher, background);
        myLessons = new MyLessonsViewModel(views, form, teacher, clock, background);
    }

    @AfterEach
    void close() {
        school.close();
    }

    private LessonRow row(LocalDate date) {
        return new LessonRow(date, views.teacherDay(teacher, date).lessons().getFirst());
    }

    @Test
    void eachDefaultCodeHasItsOwnKey() {
        assertThat(AttendanceKeys.of(AttendanceCodes.parse(null)))
                .containsExactly(java.util.Map.entry("n", "n"), java.util.Map.entry("s", "ns"),
                        java.util.Map.entry("k", "nk"));
    }

    @Test
    void aLessonOnTheFirstOfSeptemberStartsWithKnowledgeDay() {
        form.open(row(LocalDate.of(2026, 9, 1)));

        assertThat(form.topicProperty().get()).isEqualTo("Zinību diena");
    }

    @Test
    void theSrTemplateWritesTheTopicOnce() {
        form.open(row(TUESDAY));
        form.plannedResultProperty().set("Saskaita daļskaitļus");
        form.topicProperty().set("Daļskaitļi");

        form.applySrTemplate();
        form.applySrTemplate();

        assertThat(form.topicProperty().get()).isEqualTo("SR: Saskaita daļskaitļus / Daļskaitļi");
    }

    @Test
    void twoStudentsOfOneNameAreToldApartByTheirBirthDatesAndNobodyElseIs() {
        school.student("Anna", school.class7a, LocalDate.of(2012, 9, 3));

        form.open(row(TUESDAY));

        assertThat(form.attendance()).extracting(AttendanceRow::name).containsExactlyInAnyOrder(
                "Anna Kalniņš (dz. 01.01.2012)", "Anna Kalniņš (dz. 03.09.2012)", "Jānis Kalniņš", "Līga Kalniņš",
                "Pēteris Kalniņš");
    }

    @Test
    void aRefusedSaveShowsWhyAndWritesNothing() {
        form.open(row(TUESDAY));
        form.kindProperty().set(LessonKind.NOT_HELD);
        long changes = school.log.count();

        form.save();

        assertThat(form.errorProperty().get()).isEqualTo(TEXT.get("lesson.notHeld.reasonMissing"));
        assertThat(school.log.count()).isEqualTo(changes);
        assertThat(form.stateProperty().get()).isEqualTo(LessonState.TO_FILL);
    }

    @Test
    void marksTypedByKeyAreSavedAndComeBackWhenTheLessonIsOpenedAgain() {
        myLessons.open(row(TUESDAY));
        form.topicProperty().set("Daļskaitļi");
        assertThat(form.markByKey(form.attendance().get(0), "n")).isTrue();
        assertThat(form.markByKey(form.attendance().get(1), "s")).isTrue();
        assertThat(form.markByKey(form.attendance().get(2), "x")).isFalse();

        form.save();

        assertThat(errors).isEmpty();
        assertThat(form.stateProperty().get()).isEqualTo(LessonState.FILLED);
        form.open(row(TUESDAY));
        assertThat(form.attendance()).extracting(AttendanceRow::code).containsExactly("n", "ns", "", "");
        assertThat(form.topicProperty().get()).isEqualTo("Daļskaitļi");
    }

    /** An elective for 7.a's first group on Tuesdays, period 2, taught by the same teacher. */
    private LessonRow electiveRow() {
        UUID elective = school.groupJournal(school.group1, school.english, teacher, JournalKind.ELECTIVE);
        school.timetable.addEntry(Actor.SYSTEM, school.timetables.versions(school.yearId).getFirst().id(),
                new NewEntry(DayOfWeek.TUESDAY, 2, elective, teacher, "102"));
        return new LessonRow(TUESDAY, views.teacherDay(teacher, TUESDAY).lessons().stream()
                .filter(e -> elective.equals(e.journalId())).findFirst().orElseThrow());
    }

    @Test
    void aSubjectLessonDoesNotAskWhoTookPart() {
        form.open(row(TUESDAY));

        assertThat(form.participationProperty().get()).isFalse();
    }

    @Test
    void whoTookPartInAnElectiveIsSavedAndTickedAgainWhenReopened() {
        LessonRow elective = electiveRow();
        form.open(elective);
        assertThat(form.participationProperty().get()).isTrue();
        assertThat(form.attendance()).extracting(AttendanceRow::tookPart).containsOnly(false);
        form.topicProperty().set("Sarunvaloda");
        form.toggleParticipation(form.attendance().get(1));

        form.save();

        assertThat(errors).isEmpty();
        assertThat(form.errorProperty().get()).isEmpty();
        LessonRow saved = new LessonRow(TUESDAY, views.teacherDay(teacher, TUESDAY).lessons().stream()
                .filter(e -> elective.entry().journalId().equals(e.journalId())).findFirst().orElseThrow());
        assertThat(lessons.participants(saved.entry().lessonId()))
                .containsExactly(form.attendance().get(1).student().id());
        form.open(saved);
        assertThat(form.attendance()).extracting(AttendanceRow::tookPart).containsExactly(false, true);
    }

    @Test
    void anExtraLessonWhereTheTimetablePlansOneIsRefused() {
        UUID maths = row(TUESDAY).entry().journalId();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> views.extraLesson(maths, TUESDAY, 1))
                .isInstanceOfSatisfying(lv.klade.i18n.UserError.class,
                        e -> assertThat(e.problem().key()).isEqualTo("extraLesson.planned"));
    }

    @Test
    void anExtraLessonInAFreePeriodOpensAsExtra() {
        UUID maths = row(TUESDAY).entry().journalId();

        myLessons.extraJournalProperty().set(new JournalOption(maths, "7.a Matemātika"));
        myLessons.extraDateProperty().set(TUESDAY);
        myLessons.extraPeriodProperty().set(4);
        myLessons.openExtra();

        assertThat(myLessons.extraErrorProperty().get()).isEmpty();
        assertThat(form.kindProperty().get()).isEqualTo(LessonKind.EXTRA);
        assertThat(form.lessonProperty().get().entry().period()).isEqualTo(4);
    }
}
