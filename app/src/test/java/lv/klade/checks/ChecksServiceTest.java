package lv.klade.checks;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import lv.klade.i18n.UserError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static lv.klade.checks.ChecksFixture.riga;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each check finds exactly the rows planted to trip it, and not the control beside them. */
class ChecksServiceTest {
    private static final LocalDate MON_5_OCT = LocalDate.of(2026, 10, 5);
    private static final LocalDate TUE_6_OCT = LocalDate.of(2026, 10, 6);
    @TempDir
    Path dir;
    ChecksFixture f;

    @BeforeEach
    void aSchool() {
        f = new ChecksFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private List<CheckLine> lines(CheckKind kind, YearMonth month) {
        return f.checks.run(f.deputy, new CheckFilter(month, null, null)).stream().filter(l -> l.kind() == kind).toList();
    }

    @Test
    void aLessonFilledAfterFiveIsLateAndOneFilledBeforeIsNot() {
        f.lesson(f.journal7a, MON_5_OCT, 1, f.anna, "REGULAR", riga(MON_5_OCT, 18, 30));
        f.lesson(f.journal7a, TUE_6_OCT, 1, f.anna, "REGULAR", riga(TUE_6_OCT, 16, 0));

        assertThat(lines(CheckKind.LESSON_LATE, YearMonth.of(2026, 10))).singleElement().satisfies(l -> {
            assertThat(l.date()).isEqualTo(MON_5_OCT);
            assertThat(l.journalId()).isEqualTo(f.journal7a);
            assertThat(l.names()).isEqualTo("7.a Matemātika");
        });
    }

    @Test
    void anAccompanistHasTheWeekAndAConsultationItsDay() {
        LocalDate wednesday = LocalDate.of(2026, 10, 7);
        // The accompanist fills Wednesday's lesson on Friday: on time; the next Monday: late.
        f.lesson(f.journal7a, wednesday, 2, f.accompanist, "REGULAR", riga(LocalDate.of(2026, 10, 9), 20, 0));
        f.lesson(f.journal7a, wednesday, 3, f.accompanist, "REGULAR", riga(LocalDate.of(2026, 10, 12), 8, 0));
        // A consultation entered at 22:00 of its day is on time; a regular lesson then would be late.
        f.lesson(f.journal7b, wednesday, 4, f.anna, "CONSULTATION", riga(wednesday, 22, 0));

        assertThat(lines(CheckKind.LESSON_LATE, YearMonth.of(2026, 10))).singleElement()
                .satisfies(l -> assertThat(l.details()).containsExactly("12.10.2026 08:00"));
    }

    @Test
    void aPlannedLessonNotFilledIsOverdueAfterItsDayAndToFillOnIt() {
        f.timetable(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 10), f.journal7a, 1, 1);
        f.timetable(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 10), f.journal7b, 2, 3);
        // Control: Monday's lesson of 7.b would be planned too, but it was filled.
        f.timetable(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 9), f.journal7b, 1, 2);
        f.lesson(f.journal7b, LocalDate.of(2026, 11, 9), 2, f.anna, "REGULAR", riga(LocalDate.of(2026, 11, 9), 10, 0));

        assertThat(lines(CheckKind.LESSON_OVERDUE, YearMonth.of(2026, 11))).singleElement().satisfies(l -> {
            assertThat(l.date()).isEqualTo(LocalDate.of(2026, 11, 9));
            assertThat(l.journalId()).isEqualTo(f.journal7a);
            assertThat(l.teacherId()).isEqualTo(f.anna);
        });
        assertThat(lines(CheckKind.LESSON_TO_FILL, YearMonth.of(2026, 11))).singleElement()
                .satisfies(l -> assertThat(l.journalId()).isEqualTo(f.journal7b));
    }

    @Test
    void aSummativeGradeEnteredAfterSevenWorkingDaysIsLateAndOneWithinThemIsNot() {
        LocalDate work = LocalDate.of(2026, 10, 1);
        f.grade(f.journal7a, f.pupilA, "SUMMATIVE", work, riga(LocalDate.of(2026, 10, 20), 9, 0), null);
        f.grade(f.journal7a, f.pupilB, "FORMATIVE", work, riga(LocalDate.of(2026, 10, 5), 9, 0), null);

        assertThat(lines(CheckKind.GRADE_LATE, null)).singleElement().satisfies(l -> {
            assertThat(l.details()).containsExactly("grades.kind.SUMMATIVE", 1, "12.10.2026");
            assertThat(l.journalId()).isEqualTo(f.journal7a);
        });
    }

    @Test
    void formativeWorkDueByTheNextLessonIsLateWhenEnteredAfterIt() {
        f.setting("grades.deadline.FORMATIVE", "nextLesson");
        f.lesson(f.journal7a, MON_5_OCT, 1, f.anna, "REGULAR", riga(MON_5_OCT, 9, 0));
        f.lesson(f.journal7a, TUE_6_OCT, 1, f.anna, "REGULAR", riga(TUE_6_OCT, 9, 0));
        f.grade(f.journal7a, f.pupilA, "FORMATIVE", MON_5_OCT, riga(LocalDate.of(2026, 10, 7), 9, 0), null);
        f.grade(f.journal7b, f.pupilB, "FORMATIVE", MON_5_OCT, riga(LocalDate.of(2026, 10, 7), 9, 0), null);

        // 7.b had no next lesson yet, so its grade is not due; 7.a's was due on Tuesday.
        assertThat(lines(CheckKind.GRADE_LATE, null)).singleElement()
                .satisfies(l -> assertThat(l.details()).containsExactly("grades.kind.FORMATIVE", 1, "06.10.2026"));
    }

    @Test
    void aTestGradedWithoutAPlannerEntryIsFoundAndAPlannedOneIsNot() {
        LocalDate day = LocalDate.of(2026, 10, 14);
        UUID planned = f.plannedTest(f.journal7b, f.class7b, day);
        f.grade(f.journal7a, f.pupilA, "TEST", day, riga(day, 15, 0), null);
        f.grade(f.journal7a, f.pupilB, "TEST", day, riga(day, 15, 0), null);
        f.grade(f.journal7b, f.pupilB, "TEST", day, riga(day, 15, 0), planned);

        assertThat(lines(CheckKind.TEST_NOT_PLANNED, null)).singleElement()
                .satisfies(l -> assertThat(l.journalId()).isEqualTo(f.journal7a));
    }

    @Test
    void anUnjustifiedAbsenceOfAClosedMonthIsFoundAndAJustifiedOrThisMonthsIsNot() {
        UUID october = f.lesson(f.journal7a, TUE_6_OCT, 1, f.anna, "REGULAR", riga(TUE_6_OCT, 9, 0));
        LocalDate nov9 = LocalDate.of(2026, 11, 9);
        UUID november = f.lesson(f.journal7a, nov9, 1, f.anna, "REGULAR", riga(nov9, 9, 0));
        f.mark(october, f.pupilA, TUE_6_OCT, "n");
        f.mark(october, f.pupilB, TUE_6_OCT, "ns");
        f.mark(november, f.pupilB, nov9, "n");

        assertThat(lines(CheckKind.ABSENCE_UNPROCESSED, null)).singleElement()
                .satisfies(l -> assertThat(l.details()).containsExactly("Ilze Kalniņa", 1));
    }

    @Test
    void aPupilPastTheSemestersUnjustifiedLimitIsFlaggedAndOneAtItIsNot() {
        f.setting("attendance.unjustifiedLimit", "1");
        UUID first = f.lesson(f.journal7a, MON_5_OCT, 1, f.anna, "REGULAR", riga(MON_5_OCT, 9, 0));
        UUID second = f.lesson(f.journal7a, TUE_6_OCT, 1, f.anna, "REGULAR", riga(TUE_6_OCT, 9, 0));
        f.mark(first, f.pupilA, MON_5_OCT, "n");
        f.mark(second, f.pupilA, TUE_6_OCT, "n");
        f.mark(first, f.pupilB, MON_5_OCT, "n");

        assertThat(lines(CheckKind.ABSENCE_LIMIT, null)).singleElement().satisfies(l -> {
            assertThat(l.classId()).isEqualTo(f.class7a);
            assertThat(l.details()).containsExactly("Ilze Kalniņa", 2);
        });
    }

    @Test
    void transcriptsNotIssuedByTheFifthAreFoundAndOnesIssuedOnTimeAreNot() {
        f.transcriptIssued(f.class7a, "2026-10", riga(LocalDate.of(2026, 11, 4), 10, 0));
        f.transcriptIssued(f.class7b, "2026-10", riga(LocalDate.of(2026, 11, 6), 10, 0));
        f.transcriptIssued(f.class7a, "2026-09", riga(LocalDate.of(2026, 10, 2), 10, 0));
        f.transcriptIssued(f.class7b, "2026-09", riga(LocalDate.of(2026, 10, 5), 10, 0));

        assertThat(lines(CheckKind.TRANSCRIPT_NOT_ISSUED, null)).singleElement().satisfies(l -> {
            assertThat(l.classId()).isEqualTo(f.class7b);
            assertThat(l.details()).containsExactly("2026-10", "05.11.2026");
        });
    }

    @Test
    void aTeachersFilterKeepsOnlyTheirLines() {
        f.lesson(f.journal7a, MON_5_OCT, 1, f.anna, "REGULAR", riga(MON_5_OCT, 18, 30));

        assertThat(f.checks.run(f.deputy, new CheckFilter(null, f.anna, null))).isNotEmpty()
                .allMatch(l -> f.anna.equals(l.teacherId()));
        assertThat(f.checks.run(f.deputy, new CheckFilter(null, f.deputy.id(), null))).isEmpty();
    }

    @Test
    void aTeacherMayNotRunTheChecks() {
        assertThatThrownBy(() -> f.checks.run(f.teacher, CheckFilter.wholeSchool()))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.problem().key()).isEqualTo("checks.notAllowed"));
    }

    @Test
    void aMonthOutsideTheYearIsRefused() {
        assertThatThrownBy(() -> f.checks.run(f.deputy, new CheckFilter(YearMonth.of(2027, 9), null, null)))
                .isInstanceOfSatisfying(UserError.class,
                        e -> assertThat(e.problem().key()).isEqualTo("checks.monthOutsideYear"));
    }
}
