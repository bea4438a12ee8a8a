package lv.klade.lessons;

import lv.klade.testing.MutableClock;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.school.JournalKind;
import lv.klade.timetable.NewEntry;
import lv.klade.timetable.NewVersion;
import lv.klade.timetable.TestSchool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LessonServiceTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 9);

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-09T10:00:00Z"));
    private TestSchool school;
    private LessonRepository lessons;
    private LessonService service;
    private UUID teacher;
    private UUID english1;

    @BeforeEach
    void open() {
        school = new TestSchool(dir, clock);
        lessons = new LessonRepository(school.store);
        service = new LessonService(school.store, school.schools, school.timetables, lessons, Messages.latvian());
        teacher = school.staff("berzina");
        english1 = school.groupJournal(school.group1, school.english, teacher, JournalKind.SUBJECT);
        school.timetable.addVersion(Actor.SYSTEM, new NewVersion(school.yearId, "Pamata", LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 6, 18), List.of(new NewEntry(DayOfWeek.MONDAY, 1, english1, teacher, "12"))));
    }

    @AfterEach
    void close() {
        school.close();
    }

    private LessonEntry lesson(LocalDate date) {
        return LessonEntry.regular(english1, date, 1, teacher, "Present Simple", "Ex. 3");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(textBlock = """
            2026-11-18, Latvijas Republikas proklamēšanas diena
            2026-10-20, Rudens brīvlaiks
            2026-11-14, Brīvdiena
            """)
    void lessonOnADayWithoutLessonsIsRefusedNamingWhy(LocalDate date, String why) {
        school.assertRefusedWithNothingWritten(() -> service.save(Actor.user(teacher), lesson(date)), "lesson.dayOff");
        assertThatThrownBy(() -> service.save(Actor.user(teacher), lesson(date)))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(Messages.latvian().text(e.problem())).contains(why));
    }

    @Test
    void lessonOnAnExtraHolidayIsRefused() {
        school.schoolService.addExtraHoliday(Actor.SYSTEM, school.yearId, MONDAY, "Skolas jubileja");
        school.assertRefusedWithNothingWritten(() -> service.save(Actor.user(teacher), lesson(MONDAY)), "lesson.dayOff");
    }

    @Test
    void substitutionWithoutAReasonIsRefused() {
        LessonEntry entry = lesson(MONDAY).withType(new LessonType.Substituted(school.staff("ozola"), " ", "5-v", MONDAY));
        school.assertRefusedWithNothingWritten(() -> service.save(Actor.user(teacher), entry),
                "lesson.substitute.reasonMissing");
    }

    @Test
    void makeUpWithoutTheDateItMakesUpIsRefused() {
        school.assertRefusedWithNothingWritten(() -> service.save(Actor.user(teacher),
                lesson(MONDAY).withType(new LessonType.MakeUp(null))), "lesson.makeUp.dateMissing");
    }

    @Test
    void lessonNotHeldWithoutAReasonIsRefused() {
        school.assertRefusedWithNothingWritten(() -> service.save(Actor.user(teacher),
                lesson(MONDAY).withType(new LessonType.NotHeld(""))), "lesson.notHeld.reasonMissing");
    }

    @Test
    void absenceForAStudentNotInTheGroupIsRefusedWithNothingWritten() {
        UUID inGroup = school.students7a.get(0);
        UUID otherGroup = school.students7a.get(3);
        school.assertRefusedWithNothingWritten(() -> service.save(Actor.user(teacher),
                lesson(MONDAY).withMarks(Map.of(inGroup, "n", otherGroup, "n"))), "attendance.notInJournal");
    }

    @Test
    void unknownAttendanceCodeIsRefused() {
        school.assertRefusedWithNothingWritten(() -> service.save(Actor.user(teacher),
                lesson(MONDAY).withMarks(Map.of(school.students7a.get(0), "x"))), "attendance.codeUnknown");
    }

    @Test
    void lessonWithTwoMarksWritesOneChangeRecordPerRow() {
        long before = school.log.count();
        UUID id = service.save(Actor.user(teacher), lesson(MONDAY)
                .withMarks(Map.of(school.students7a.get(0), "n", school.students7a.get(1), "NS")));
        assertThat(school.log.count() - before).isEqualTo(3);
        assertThat(lessons.marks(id)).containsOnly(Map.entry(school.students7a.get(0), "n"),
                Map.entry(school.students7a.get(1), "ns"));
    }

    @Test
    void savingAgainChangesTheLessonAndItsMarksButKeepsWhenItWasFirstFilled() {
        UUID id = service.save(Actor.user(teacher), lesson(MONDAY).withMarks(Map.of(school.students7a.get(0), "n",
                school.students7a.get(1), "n")));
        clock.set(Instant.parse("2026-11-10T09:00:00Z"));
        long before = school.log.count();
        UUID again = service.save(Actor.user(teacher), lesson(MONDAY).withMarks(Map.of(school.students7a.get(0), "nk")));

        assertThat(again).isEqualTo(id);
        assertThat(school.log.count() - before).as("lesson, one changed mark, one removed").isEqualTo(3);
        Lesson saved = lessons.lesson(id).orElseThrow();
        assertThat(saved.firstFilledAt()).isEqualTo(Instant.parse("2026-11-09T10:00:00Z"));
        assertThat(saved.changedAt()).isEqualTo(Instant.parse("2026-11-10T09:00:00Z"));
        assertThat(lessons.marks(id)).containsOnly(Map.entry(school.students7a.get(0), "nk"));
    }

    @Test
    void firstSeptemberTopicDefaultsToKnowledgeDay() {
        UUID id = service.save(Actor.user(teacher), LessonEntry.regular(english1, LocalDate.of(2026, 9, 1), 1, teacher,
                " ", null).withType(LessonType.extra()));
        assertThat(lessons.lesson(id).orElseThrow().topic()).isEqualTo("Zinību diena");
    }

    @Test
    void plannedResultTemplateReadsSrThenTopic() {
        assertThat(LessonTexts.srTemplate(Messages.latvian(), "Lieto Present Simple", "Tagadne"))
                .isEqualTo("SR: Lieto Present Simple / Tagadne");
    }

    @Test
    void optionalLessonRecordsWhoTookPart() {
        UUID choir = school.groupJournal(school.group2, school.maths, teacher, JournalKind.INTEREST_EDUCATION);
        UUID id = service.save(Actor.user(teacher), LessonEntry.regular(choir, MONDAY, 7, teacher, "Dziesmas", null)
                .withType(LessonType.extra()).withParticipants(Set.of(school.students7a.get(2))));
        assertThat(lessons.participants(id)).containsExactly(school.students7a.get(2));
        school.assertRefusedWithNothingWritten(() -> service.save(Actor.user(teacher),
                LessonEntry.regular(choir, MONDAY, 8, teacher, "Dziesmas", null).withType(LessonType.extra())
                        .withParticipants(Set.of(school.students7a.get(0)))), "participation.notInJournal");
    }

    @Test
    void teacherOnSickLeaveCannotRecordALesson() {
        school.timetable.addAbsence(Actor.SYSTEM, teacher, lv.klade.timetable.AbsenceKind.SICK_LEAVE,
                new lv.klade.school.DateRange(MONDAY, MONDAY.plusDays(4)), "B-77");
        school.assertRefusedWithNothingWritten(() -> service.save(Actor.user(teacher), lesson(MONDAY)),
                "lesson.teacherOnSickLeave");
    }
}
