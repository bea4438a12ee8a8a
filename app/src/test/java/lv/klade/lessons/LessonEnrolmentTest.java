package lv.klade.lessons;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.db.Ids;
import lv.klade.db.generated.tables.records.EnrolmentRecord;
import lv.klade.i18n.Messages;
import lv.klade.school.DateRange;
import lv.klade.timetable.TestSchool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A student who moved from 7.b to 7.a on Monday 16 November 2026 (the enrolments as the people
 * feature stores a move) is in 7.b's lessons before that day and in 7.a's from it, and each class's
 * absences count the days the student was in it.
 */
class LessonEnrolmentTest {
    private static final LocalDate MOVED = LocalDate.of(2026, 11, 16);
    private static final LocalDate BEFORE = LocalDate.of(2026, 11, 10);
    private static final LocalDate AFTER = LocalDate.of(2026, 11, 24);

    @TempDir
    Path dir;
    private TestSchool school;
    private LessonRepository lessons;
    private LessonService service;
    private UUID teacher;
    private UUID maths7a;
    private UUID maths7b;
    private UUID moved;

    @BeforeEach
    void open() {
        school = new TestSchool(dir, Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC));
        lessons = new LessonRepository(school.store);
        service = new LessonService(school.store, school.schools, school.timetables, lessons, Messages.latvian());
        teacher = school.staff("berzina");
        maths7a = school.classJournal(school.class7a, school.maths, teacher);
        maths7b = school.classJournal(school.class7b, school.maths, teacher);
        moved = school.student("Roberts", school.class7a);
        enrol(moved, school.class7b, LocalDate.of(2026, 9, 1), MOVED.minusDays(1));
        enrol(moved, school.class7a, MOVED, null);
    }

    @AfterEach
    void close() {
        school.close();
    }

    private void enrol(UUID student, UUID classId, LocalDate starts, LocalDate ends) {
        EnrolmentRecord row = new EnrolmentRecord();
        row.setId(Ids.next());
        row.setStudentId(student);
        row.setClassId(classId);
        row.setStarts(starts);
        row.setEnds(ends);
        school.store.run(Actor.SYSTEM, w -> w.insert(row));
    }

    private void absent(UUID journal, LocalDate date) {
        service.save(Actor.user(teacher), LessonEntry.regular(journal, date, 1, teacher, "Daļskaitļi", null)
                .withMarks(Map.of(moved, "n")));
    }

    @Test
    void theOldClassListsTheStudentBeforeTheMoveAndTheNewClassFromIt() {
        assertThat(lessons.students(maths7b, BEFORE)).extracting(StudentName::id).contains(moved);
        assertThat(lessons.students(maths7a, BEFORE)).extracting(StudentName::id).doesNotContain(moved);
        assertThat(lessons.students(maths7b, AFTER)).extracting(StudentName::id).doesNotContain(moved);
        assertThat(lessons.students(maths7a, AFTER)).extracting(StudentName::id).contains(moved)
                .containsAll(school.students7a);
    }

    @Test
    void theStudentIsMarkedAbsentInTheOldClassBeforeTheMoveAndInTheNewClassAfter() {
        absent(maths7b, BEFORE);
        absent(maths7a, AFTER);

        assertThat(lessons.lessonsOfJournals(java.util.List.of(maths7b, maths7a),
                new lv.klade.school.DateRange(BEFORE, AFTER))).hasSize(2)
                .allSatisfy(lesson -> assertThat(lessons.marks(lesson.id())).containsEntry(moved, "n"));
    }

    @Test
    void eachClassCountsTheAbsencesOfTheDaysTheStudentWasInIt() {
        absent(maths7b, BEFORE);
        absent(maths7a, AFTER);
        AbsenceService absences = new AbsenceService(school.store, school.schools, school.classes, lessons,
                new AbsenceRepository(school.store));
        YearMonth november = YearMonth.of(2026, 11);

        AbsenceSummary inOld = summaryOf(absences.monthlySummary(school.class7b, november));
        AbsenceSummary inNew = summaryOf(absences.monthlySummary(school.class7a, november));
        assertThat(inOld.unjustified()).isEqualTo(1);
        assertThat(inNew.unjustified()).isEqualTo(1);
        // The semester's limit is the student's own, wherever they learned.
        assertThat(inOld.unjustifiedInSemester()).isEqualTo(2);
        assertThat(inNew.unjustifiedInSemester()).isEqualTo(2);
        assertThat(absences.monthlySummary(school.class7a, YearMonth.of(2026, 10)))
                .extracting(AbsenceSummary::studentId).doesNotContain(moved);

        DateRange november7 = new DateRange(november.atDay(1), november.atEndOfMonth());
        assertThat(absences.counts(school.class7b, november7).get(moved).unjustified()).isEqualTo(1);
        assertThat(absences.counts(school.class7a, november7).get(moved).unjustified()).isEqualTo(1);
    }

    private AbsenceSummary summaryOf(List<AbsenceSummary> summaries) {
        return summaries.stream().filter(s -> s.studentId().equals(moved)).findFirst().orElseThrow();
    }

    @Test
    void markingTheStudentInTheOldClassAfterTheMoveIsRefused() {
        school.assertRefusedWithNothingWritten(() -> absent(maths7b, AFTER), "attendance.notInJournal");
    }

    @Test
    void markingTheStudentInTheNewClassBeforeTheMoveIsRefused() {
        school.assertRefusedWithNothingWritten(() -> absent(maths7a, BEFORE), "attendance.notInJournal");
    }
}
