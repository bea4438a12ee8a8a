package lv.klade.grades;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.people.Role;
import lv.klade.school.SchoolSettingsService;
import lv.klade.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The grade book reads the deadlines the administrator saves: a changed deadline changes what is late. */
class SettingsDeadlinesTest {
    /** Monday 5 October 2026. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 10, 5);
    /** Thursday 8 October, noon in Riga: three working days after the work. */
    private static final Instant THURSDAY = Instant.parse("2026-10-08T09:00:00Z");

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(THURSDAY);
    private GradesFixture f;
    private GradeService grades;
    private GradeBookService books;
    private SchoolSettingsService settings;
    private UUID anna;

    @BeforeEach
    void open() {
        f = new GradesFixture(dir, clock);
        grades = new GradeService(f.store, f.school);
        books = new GradeBookService(f.store, f.school);
        settings = new SchoolSettingsService(f.store, f.school, f.schoolService, GradeSettingRules.all(), id -> true);
        anna = f.student("Anna", "Ozola", f.class7a);
    }

    @AfterEach
    void close() {
        f.close();
    }

    /** A formative i on Monday's work, entered on Thursday. */
    private UUID formativeEnteredOnThursday() {
        return grades.add(Actor.SYSTEM, NewGrade.of(anna, f.journal7a, GradeKind.FORMATIVE, new Grade.PassFail(true),
                MONDAY));
    }

    private Timeliness timelinessOf(UUID grade) {
        return books.gradeBook(f.journal7a, Optional.empty()).timeliness().get(grade);
    }

    @Test
    void aShorterFormativeDeadlineMakesTheSameGradeLate() {
        UUID grade = formativeEnteredOnThursday();
        assertThat(timelinessOf(grade)).isEqualTo(new Timeliness.OnTime(Optional.of(LocalDate.of(2026, 10, 8))));

        settings.save(Actor.SYSTEM, Map.of("grades.deadline.FORMATIVE", "1"));

        assertThat(timelinessOf(grade)).isEqualTo(new Timeliness.Late(Optional.of(LocalDate.of(2026, 10, 6)), 2));
    }

    @Test
    void aFormativeGradeDueByTheNextLessonIsLateWhenEnteredAfterThatLesson() {
        UUID teacher = f.staff("berzina", Role.SUBJECT_TEACHER);
        f.lesson(f.journal7a, MONDAY, teacher);
        f.lesson(f.journal7a, LocalDate.of(2026, 10, 7), teacher);
        UUID grade = formativeEnteredOnThursday();

        settings.save(Actor.SYSTEM, Map.of("grades.deadline.FORMATIVE", GradeSettings.NEXT_LESSON));

        assertThat(timelinessOf(grade)).isEqualTo(new Timeliness.Late(Optional.of(LocalDate.of(2026, 10, 7)), 1));
    }

    @Test
    void aGradeDueByTheNextLessonIsNotLateBeforeThereIsOne() {
        f.lesson(f.journal7a, MONDAY, f.staff("berzina", Role.SUBJECT_TEACHER));
        settings.save(Actor.SYSTEM, Map.of("grades.deadline.HOMEWORK", GradeSettings.NEXT_LESSON));

        UUID grade = grades.add(Actor.SYSTEM, NewGrade.of(anna, f.journal7a, GradeKind.HOMEWORK,
                new Grade.PassFail(false), MONDAY));

        assertThat(timelinessOf(grade)).isEqualTo(new Timeliness.OnTime(Optional.empty()));
    }

    @Test
    void transcriptsAreDueOnTheSchoolsDayOfTheNextMonthAndNoneInSeptember() {
        assertThat(books.transcriptDue(YearMonth.of(2026, 10))).contains(LocalDate.of(2026, 11, 5));

        settings.save(Actor.SYSTEM, Map.of("grades.deadline.transcriptDay", "3"));

        assertThat(books.transcriptDue(YearMonth.of(2026, 10))).contains(LocalDate.of(2026, 11, 3));
        assertThat(books.transcriptDue(YearMonth.of(2026, 8))).isEmpty();
    }

    @Test
    void changedWeightsChangeTheAverage() {
        grades.add(Actor.SYSTEM, NewGrade.of(anna, f.journal7a, GradeKind.TEST, new Grade.Points(9), MONDAY));
        grades.add(Actor.SYSTEM, NewGrade.of(anna, f.journal7a, GradeKind.SUMMATIVE, new Grade.Points(6), MONDAY));
        settings.save(Actor.SYSTEM, Map.of("grades.weight.TEST", "1", "grades.weight.SUMMATIVE", "2"));

        assertThat(books.suggestYear(anna, f.journal7a)).contains(new Grade.Points(7));
    }
}
