package lv.klade.lessons;

import lv.klade.testing.MutableClock;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.i18n.Messages;
import lv.klade.school.DateRange;
import lv.klade.timetable.AbsenceKind;
import lv.klade.timetable.NewEntry;
import lv.klade.timetable.NewVersion;
import lv.klade.timetable.TestSchool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class LessonViewsTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-16T10:00:00Z"));
    private TestSchool school;
    private LessonService lessons;
    private LessonViews views;
    private UUID teacher;
    private UUID maths7a;
    private UUID english7a;

    @BeforeEach
    void open() {
        school = new TestSchool(dir, clock);
        LessonRepository repository = new LessonRepository(school.store);
        lessons = new LessonService(school.store, school.schools, school.timetables, repository, Messages.latvian());
        views = new LessonViews(school.schools, school.classes, school.timetables, repository, Messages.latvian(), clock);
        teacher = school.staff("berzina");
        UUID other = school.staff("ozola");
        maths7a = school.classJournal(school.class7a, school.maths, teacher);
        english7a = school.classJournal(school.class7a, school.english, other);
        school.timetable.addVersion(Actor.SYSTEM, new NewVersion(school.yearId, "Pamata", LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 6, 18), List.of(
                new NewEntry(DayOfWeek.MONDAY, 1, maths7a, teacher, "101"),
                new NewEntry(DayOfWeek.MONDAY, 2, english7a, other, "102"),
                new NewEntry(DayOfWeek.TUESDAY, 1, maths7a, teacher, "101"))));
    }

    @AfterEach
    void close() {
        school.close();
    }

    @Test
    void classWeekShowsFilledLessonsFromTheirEntriesAndTheRestAsPlanned() {
        lessons.save(Actor.user(teacher), LessonEntry.regular(maths7a, MONDAY, 1, teacher, "Daļskaitļi", "12. lpp."));

        ClassWeek week = views.classWeek("7.A", MONDAY.plusDays(2)).orElseThrow();

        assertThat(week.monday()).isEqualTo(MONDAY);
        assertThat(week.days()).extracting(ClassWeek.Day::date).hasSize(5);
        assertThat(week.days().get(0).lessons()).extracting(ClassWeek.Entry::subject, ClassWeek.Entry::topic,
                        ClassWeek.Entry::homework, ClassWeek.Entry::recorded)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Matemātika", "Daļskaitļi", "12. lpp.", true),
                        org.assertj.core.groups.Tuple.tuple("Angļu valoda", null, null, false));
        assertThat(week.days().get(2).dayOff()).isEqualTo("Latvijas Republikas proklamēšanas diena");
    }

    @Test
    void teacherDayShowsEachLessonsStateAgainstTheDeadline() {
        lessons.save(Actor.user(teacher), LessonEntry.regular(maths7a, MONDAY, 1, teacher, "Daļskaitļi", null));
        clock.set(Instant.parse("2026-11-17T16:00:00Z"));
        lessons.save(Actor.user(teacher), LessonEntry.regular(maths7a, MONDAY.plusDays(1), 1, teacher, "Procenti", null));

        assertThat(views.teacherDay("berzina", MONDAY).orElseThrow().lessons())
                .extracting(TeacherDay.Entry::state).containsExactly(LessonState.FILLED);
        assertThat(views.teacherDay(teacher, MONDAY.plusDays(1)).lessons())
                .extracting(TeacherDay.Entry::state).containsExactly(LessonState.FILLED_LATE);
        assertThat(views.teacherDay(teacher, MONDAY.plusDays(7)).lessons())
                .extracting(TeacherDay.Entry::state).containsExactly(LessonState.TO_FILL);
        clock.set(Instant.parse("2026-11-23T15:00:01Z"));
        assertThat(views.teacherDay(teacher, MONDAY.plusDays(7)).lessons())
                .extracting(TeacherDay.Entry::state).containsExactly(LessonState.OVERDUE);
    }

    @Test
    void absentTeachersDayShowsTheLessonNotHeldAndTheSubstitutesDayShowsItToFill() {
        school.timetable.addAbsence(Actor.SYSTEM, teacher, AbsenceKind.TRAINING, new DateRange(MONDAY, MONDAY), "Kursi");
        UUID substitute = school.staff("kalna");
        school.timetable.assignSubstitute(Actor.SYSTEM, school.yearId, maths7a, MONDAY, 1, substitute, "1-7/45",
                MONDAY.minusDays(3));

        assertThat(views.teacherDay(teacher, MONDAY).lessons()).singleElement()
                .satisfies(e -> assertThat(e.state()).isEqualTo(LessonState.NOT_HELD))
                .satisfies(e -> assertThat(e.notHeldReason()).isEqualTo("Kursi"));
        assertThat(views.teacherDay(substitute, MONDAY).lessons()).singleElement()
                .satisfies(e -> assertThat(e.state()).isEqualTo(LessonState.TO_FILL));
    }
}
