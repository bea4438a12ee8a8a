package lv.klade.grades;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.people.DirectorOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A student moved from 7.a to 7.b on Monday 16 November 2026 by the director's order: work before
 * that day is graded in 7.a's journal, work from it in 7.b's, whichever path the grade takes.
 */
class MovedStudentGradesTest {
    private static final LocalDate MOVED = LocalDate.of(2026, 11, 16);
    private static final LocalDate BEFORE = LocalDate.of(2026, 11, 10);
    private static final LocalDate AFTER = LocalDate.of(2026, 11, 20);

    @TempDir
    Path dir;
    private GradesFixture school;
    private GradeService grades;
    private GradeBookService books;
    private UUID roberts;
    private UUID stays;

    @BeforeEach
    void open() {
        school = new GradesFixture(dir, Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC));
        grades = new GradeService(school.store, school.school);
        books = new GradeBookService(school.store, school.school);
        roberts = school.student("Roberts", "Kalniņš", school.class7a);
        stays = school.student("Anna", "Liepa", school.class7a);
        school.students.move(Actor.SYSTEM, roberts, school.class7b, MOVED,
                new DirectorOrder("1-12/7", LocalDate.of(2026, 11, 12)));
    }

    @AfterEach
    void close() {
        school.close();
    }

    private static NewGrade eight(UUID student, UUID journal, LocalDate day) {
        return NewGrade.of(student, journal, GradeKind.SUMMATIVE, new Grade.Points(8), day);
    }

    @Test
    void workBeforeTheMoveIsGradedInTheOldClassAndFromItInTheNew() {
        grades.add(Actor.SYSTEM, eight(roberts, school.journal7a, BEFORE));
        grades.add(Actor.SYSTEM, eight(roberts, school.journal7a, MOVED.minusDays(1)));
        grades.add(Actor.SYSTEM, eight(roberts, school.journal7b, MOVED));
        grades.add(Actor.SYSTEM, eight(roberts, school.journal7b, AFTER));

        assertThat(school.problemOf(() -> grades.add(Actor.SYSTEM, eight(roberts, school.journal7a, MOVED))))
                .isEqualTo("grades.notInJournal");
        assertThat(school.problemOf(() -> grades.add(Actor.SYSTEM, eight(roberts, school.journal7b, BEFORE))))
                .isEqualTo("grades.notInJournal");
    }

    @Test
    void aBatchIsCheckedDayByDayToo() {
        school.store.run(Actor.SYSTEM, w -> grades.addAll(w, List.of(eight(stays, school.journal7a, AFTER),
                eight(roberts, school.journal7a, BEFORE), eight(roberts, school.journal7b, AFTER))));

        assertThat(school.problemOf(() -> school.store.run(Actor.SYSTEM, w -> grades.addAll(w,
                List.of(eight(stays, school.journal7a, AFTER), eight(roberts, school.journal7a, AFTER))))))
                .isEqualTo("grades.notInJournal");
    }

    @Test
    void theOldClassesBookListsTheStudentForTheMonthsTheyWereThere() {
        GradeBook october7a = books.gradeBook(school.journal7a, Optional.of(YearMonth.of(2026, 10)));
        assertThat(october7a.rows()).filteredOn(r -> r.student().id().equals(roberts))
                .singleElement().extracting(BookRow::current).isEqualTo(true);
        GradeBook october7b = books.gradeBook(school.journal7b, Optional.of(YearMonth.of(2026, 10)));
        assertThat(october7b.rows()).extracting(r -> r.student().id()).doesNotContain(roberts);

        // November: in 7.a until the 15th, so listed there, but no longer of the class by the month's end.
        GradeBook november7a = books.gradeBook(school.journal7a, Optional.of(YearMonth.of(2026, 11)));
        assertThat(november7a.rows()).filteredOn(r -> r.student().id().equals(roberts))
                .singleElement().extracting(BookRow::current).isEqualTo(false);
        GradeBook november7b = books.gradeBook(school.journal7b, Optional.of(YearMonth.of(2026, 11)));
        assertThat(november7b.rows()).filteredOn(r -> r.student().id().equals(roberts))
                .singleElement().extracting(BookRow::current).isEqualTo(true);
        assertThat(november7a.rows()).filteredOn(r -> r.student().id().equals(stays))
                .singleElement().extracting(BookRow::current).isEqualTo(true);
    }
}
