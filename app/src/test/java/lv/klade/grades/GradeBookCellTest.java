package lv.klade.grades;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lv.klade.db.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** One cell read on its own holds what the whole grade book shows in it, for every kind of column. */
class GradeBookCellTest {
    private static final LocalDate DAY = LocalDate.of(2026, 10, 7);

    @TempDir
    Path dir;
    private GradesFixture school;

    @BeforeEach
    void open() {
        school = new GradesFixture(dir, Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        school.close();
    }

    @Test
    void aCellReadAloneMatchesTheBook() {
        GradeService grades = new GradeService(school.store, school.school);
        GradeBookService books = new GradeBookService(school.store, school.school);
        UUID anna = school.student("Anna", "Liepa", school.class7a);
        UUID test = new TestPlannerService(school.store, school.school, school.staff).plan(Actor.SYSTEM,
                new TestPlan(school.class7a, school.journal7a, DAY.plusDays(1), 1, TestScope.END_OF_TOPIC, "Daļskaitļi"),
                true);
        grades.add(Actor.SYSTEM, NewGrade.of(anna, school.journal7a, GradeKind.SUMMATIVE, new Grade.Points(6), DAY));
        grades.add(Actor.SYSTEM, NewGrade.of(anna, school.journal7a, GradeKind.SUMMATIVE, new Grade.Points(9), DAY));
        grades.add(Actor.SYSTEM, NewGrade.of(anna, school.journal7a, GradeKind.FORMATIVE, new Grade.PassFail(true), DAY));
        grades.add(Actor.SYSTEM, new NewGrade(anna, school.journal7a, null, test, GradeKind.TEST, new Grade.Points(8),
                null, DAY.plusDays(1)));

        BookRow row = books.gradeBook(school.journal7a, Optional.empty()).rows().getFirst();
        assertThat(row.cells()).hasSize(3);
        row.cells().forEach((column, shown) ->
                assertThat(books.cell(school.journal7a, anna, column)).isEqualTo(shown));
        List<StoredGrade> summative = books.cell(school.journal7a, anna,
                new BookColumn(DAY, null, null, GradeKind.SUMMATIVE));
        assertThat(summative).extracting(StoredGrade::grade).containsExactly(new Grade.Points(6), new Grade.Points(9));
    }
}
