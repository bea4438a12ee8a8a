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
        assertThat(LessonFormViewModel.keysFor(AttendanceCodes.parse(null)))
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
}
