package lv.klade.lessons;

import lv.klade.testing.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.i18n.Messages;
import lv.klade.school.DateRange;
import lv.klade.timetable.TestSchool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class AbsenceServiceTest {
    @TempDir
    Path dir;
    private TestSchool school;
    private LessonService lessons;
    private AbsenceService absences;
    private UUID teacher;
    private UUID tutor;
    private UUID maths7a;
    private UUID anna;

    @BeforeEach
    void open() {
        school = new TestSchool(dir, new MutableClock(Instant.parse("2026-12-01T10:00:00Z")));
        LessonRepository lessonRepository = new LessonRepository(school.store);
        lessons = new LessonService(school.store, school.schools, school.timetables, lessonRepository,
                Messages.latvian());
        absences = new AbsenceService(school.store, school.schools, school.classes, lessonRepository,
                new AbsenceRepository(school.store));
        teacher = school.staff("berzina");
        tutor = school.staff("ozola");
        school.classService.setTutor(Actor.SYSTEM, school.class7a, tutor);
        maths7a = school.classJournal(school.class7a, school.maths, teacher);
        anna = school.students7a.get(0);
    }

    @AfterEach
    void close() {
        school.close();
    }

    /** Extra maths lessons on the first {@code count} school days from {@code from}, each with these marks. */
    private void lessonsWith(LocalDate from, int count, Map<UUID, String> marks) {
        List<LocalDate> days = school.schools.calendar(school.yearId).schoolDays().stream()
                .filter(d -> !d.isBefore(from)).limit(count).toList();
        school.store.run(Actor.user(teacher), w -> lessons.saveAll(w, days.stream().map(d ->
                LessonEntry.regular(maths7a, d, 2, teacher, "Daļskaitļi", null).withType(LessonType.extra())
                        .withMarks(marks)).toList()));
    }

    @Test
    void tutorSeesTheClassesUnjustifiedAbsencesButNotSelfJustifiedOnes() {
        lessonsWith(LocalDate.of(2026, 11, 2), 1, Map.of(anna, "n", school.students7a.get(1), "ns",
                school.students7a.get(2), "nk"));
        assertThat(absences.toJustify(school.class7a)).singleElement()
                .satisfies(a -> assertThat(a.studentId()).isEqualTo(anna))
                .satisfies(a -> assertThat(a.date()).isEqualTo(LocalDate.of(2026, 11, 2)));
    }

    @Test
    void tutorJustifiesOneAbsence() {
        lessonsWith(LocalDate.of(2026, 11, 2), 2, Map.of(anna, "n"));
        AbsenceToJustify first = absences.toJustify(school.class7a).getFirst();
        long before = school.log.count();
        absences.justify(Actor.user(tutor), first.markId(), JustificationReason.ILLNESS, LocalDate.of(2026, 11, 4));
        assertThat(school.log.count() - before).as("the justification and the mark").isEqualTo(2);
        assertThat(absences.toJustify(school.class7a)).hasSize(1);
    }

    @Test
    void anotherTeacherMayNotJustify() {
        lessonsWith(LocalDate.of(2026, 11, 2), 1, Map.of(anna, "n"));
        UUID mark = absences.toJustify(school.class7a).getFirst().markId();
        school.assertRefusedWithNothingWritten(() -> absences.justify(Actor.user(teacher), mark,
                JustificationReason.FAMILY, null), "justify.notTutor");
    }

    @Test
    void administratorMayJustify() {
        lessonsWith(LocalDate.of(2026, 11, 2), 1, Map.of(anna, "n"));
        UUID admin = school.staff("admins");
        school.grant(admin, "ADMINISTRATOR", null);
        absences.justify(Actor.user(admin), absences.toJustify(school.class7a).getFirst().markId(),
                JustificationReason.OTHER, null);
        assertThat(absences.toJustify(school.class7a)).isEmpty();
    }

    @Test
    void tutorJustifiesAStudentsDaysAtOnce() {
        lessonsWith(LocalDate.of(2026, 11, 2), 5, Map.of(anna, "n"));
        absences.justifyDays(Actor.user(tutor), anna, new DateRange(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 4)),
                JustificationReason.SCHOOL_EVENT, LocalDate.of(2026, 11, 5));
        assertThat(absences.toJustify(school.class7a)).extracting(AbsenceToJustify::date)
                .containsExactly(LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 6));
        school.assertRefusedWithNothingWritten(() -> absences.justifyDays(Actor.user(tutor), anna,
                new DateRange(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 4)), JustificationReason.ILLNESS, null),
                "justify.nothing");
    }

    @Test
    void monthlySummaryCountsJustifiedAndUnjustifiedLessons() {
        lessonsWith(LocalDate.of(2026, 11, 2), 3, Map.of(anna, "n", school.students7a.get(1), "ns"));
        absences.justify(Actor.user(tutor), absences.toJustify(school.class7a).getFirst().markId(),
                JustificationReason.ILLNESS, null);
        Map<UUID, AbsenceSummary> summary = absences.monthlySummary(school.class7a, YearMonth.of(2026, 11)).stream()
                .collect(java.util.stream.Collectors.toMap(AbsenceSummary::studentId, s -> s));
        assertThat(summary.get(anna)).extracting(AbsenceSummary::justified, AbsenceSummary::unjustified)
                .containsExactly(1, 2);
        assertThat(summary.get(school.students7a.get(1))).extracting(AbsenceSummary::justified,
                AbsenceSummary::unjustified).containsExactly(3, 0);
        assertThat(summary).hasSize(4);
    }

    @Test
    void studentPastTwentyUnjustifiedLessonsInTheSemesterIsFlagged() {
        lessonsWith(LocalDate.of(2026, 10, 1), 20, Map.of(anna, "n", school.students7a.get(1), "n"));
        lessonsWith(LocalDate.of(2026, 11, 16), 1, Map.of(anna, "n"));
        Map<UUID, AbsenceSummary> summary = absences.monthlySummary(school.class7a, YearMonth.of(2026, 11)).stream()
                .collect(java.util.stream.Collectors.toMap(AbsenceSummary::studentId, s -> s));
        assertThat(summary.get(anna)).extracting(AbsenceSummary::unjustifiedInSemester, AbsenceSummary::flagged)
                .containsExactly(21, true);
        assertThat(summary.get(school.students7a.get(1))).extracting(AbsenceSummary::unjustifiedInSemester,
                AbsenceSummary::flagged).containsExactly(20, false);
    }

    @Test
    void theFlagsLimitIsASchoolSetting() {
        school.schoolService.putSetting(Actor.SYSTEM, AbsenceService.LIMIT_SETTING, "2");
        lessonsWith(LocalDate.of(2026, 11, 2), 3, Map.of(anna, "n"));
        assertThat(absences.monthlySummary(school.class7a, YearMonth.of(2026, 11)))
                .filteredOn(AbsenceSummary::flagged).extracting(AbsenceSummary::studentId).containsExactly(anna);
    }
}
