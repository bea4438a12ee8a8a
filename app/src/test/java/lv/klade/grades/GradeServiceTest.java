package lv.klade.grades;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.db.ChangeRecord;
import lv.klade.people.DirectorOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class GradeServiceTest {
    private static final LocalDate OCT_5 = LocalDate.of(2026, 10, 5);

    @TempDir
    Path dir;
    private GradesFixture f;
    private GradeService grades;
    private GradeBookService books;
    private UUID anna;
    private UUID berzs;

    @BeforeEach
    void open() {
        f = new GradesFixture(dir, Clock.systemUTC());
        grades = new GradeService(f.store, f.school);
        books = new GradeBookService(f.store, f.school);
        anna = f.student("Anna", "Ozola", f.class7a);
        berzs = f.student("Jānis", "Bērziņš", f.class7a);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private NewGrade test(UUID student, Grade grade) {
        return NewGrade.of(student, f.journal7a, GradeKind.TEST, grade, OCT_5);
    }

    @Test
    void aGradeIsWrittenWithOneChangeRecord() {
        UUID id = grades.add(Actor.SYSTEM, test(anna, new Grade.Points(8)));
        assertThat(f.log.forRow("grade", id)).singleElement().extracting(ChangeRecord::operation).isEqualTo("insert");
        assertThat(f.log.since(0).stream().filter(c -> c.table().equals("grade"))).hasSize(1);
    }

    @Test
    void aValueOffTheColumnsScaleIsRefusedAndNothingIsWritten() {
        assertThat(f.problemOf(() -> grades.add(Actor.SYSTEM, test(anna, new Grade.Level(LearningLevel.S)))))
                .isEqualTo("grades.wrongScale.TEN_POINT");
        assertThat(f.problemOf(() -> grades.add(Actor.SYSTEM,
                NewGrade.of(anna, f.journal7a, GradeKind.FORMATIVE, new Grade.Points(8), OCT_5))))
                .isEqualTo("grades.wrongScale.PASS_FAIL");
    }

    @Test
    void levelsAreTheScaleOfEarlyForms() {
        UUID pupil = f.student("Līga", "Kalna", f.class2a);
        grades.add(Actor.SYSTEM, NewGrade.of(pupil, f.journal2a, GradeKind.TEST, new Grade.Level(LearningLevel.A), OCT_5));
        assertThat(f.problemOf(() -> grades.add(Actor.SYSTEM,
                NewGrade.of(pupil, f.journal2a, GradeKind.TEST, new Grade.Points(8), OCT_5))))
                .isEqualTo("grades.wrongScale.LEVELS");
    }

    @Test
    void aStudentOfAnotherClassIsRefusedAndNothingIsWritten() {
        UUID other = f.student("Pēteris", "Liepa", f.class7b);
        assertThat(f.problemOf(() -> grades.add(Actor.SYSTEM, test(other, new Grade.Points(8)))))
                .isEqualTo("grades.notInJournal");
    }

    @Test
    void aStudentWhoHasLeftIsRefusedAndNothingIsWritten() {
        f.students.leave(Actor.SYSTEM, anna, LocalDate.of(2026, 9, 30), new DirectorOrder("1-12/9", OCT_5));
        assertThat(f.problemOf(() -> grades.add(Actor.SYSTEM, test(anna, new Grade.Points(8)))))
                .isEqualTo("grades.studentLeft");
    }

    @Test
    void oneBadGradeInABatchRefusesTheWholeBatch() {
        UUID other = f.student("Pēteris", "Liepa", f.class7b);
        assertThat(f.problemOf(() -> f.store.run(Actor.SYSTEM, w -> grades.addAll(w,
                List.of(test(anna, new Grade.Points(8)), test(other, new Grade.Points(6)))))))
                .isEqualTo("grades.notInJournal");
        assertThat(books.gradeBook(f.journal7a, Optional.empty()).rows())
                .allSatisfy(r -> assertThat(r.cells()).isEmpty());
    }

    @Test
    void aGroupJournalTakesOnlyTheGroupsMembers() {
        UUID group = f.classes.addGroup(Actor.SYSTEM, f.yearId, "7.a 1. grupa", f.class7a);
        f.classes.addGroupMembers(Actor.SYSTEM, group, List.of(anna));
        UUID journal = f.classes.addJournal(Actor.SYSTEM, lv.klade.school.NewJournal.forGroup(f.yearId,
                lv.klade.school.JournalKind.SUBJECT, f.maths, group, List.of()));
        grades.add(Actor.SYSTEM, NewGrade.of(anna, journal, GradeKind.TEST, new Grade.Points(9), OCT_5));
        assertThat(f.problemOf(() -> grades.add(Actor.SYSTEM,
                NewGrade.of(berzs, journal, GradeKind.TEST, new Grade.Points(9), OCT_5))))
                .isEqualTo("grades.notInJournal");
    }

    @Test
    void aFinalGradeIsRefusedBeforeFormNine() {
        assertThat(f.problemOf(() -> grades.setPeriodGrade(Actor.SYSTEM, new PeriodGrade(anna, f.journal7a,
                GradeKind.FINAL, LocalDate.of(2027, 6, 18), new Grade.Points(7), null))))
                .isEqualTo("grades.kindNotForForm.FINAL");
    }

    @Test
    void changingAGradeKeepsItsEarlierValueInTheHistory() {
        UUID id = grades.add(Actor.SYSTEM, test(anna, new Grade.NoGrade()));
        grades.change(Actor.SYSTEM, id, new Grade.Points(7), "uzrakstīts vēlāk");
        List<GradeChange> history = books.history(id);
        assertThat(history).extracting(GradeChange::operation).containsExactly("insert", "update");
        assertThat(history).extracting(GradeChange::mark)
                .containsExactly(Optional.of(new Grade.NoGrade()), Optional.of(new Grade.Points(7)));
        assertThat(history.get(1).note()).contains("uzrakstīts vēlāk");
    }

    @Test
    void aPeriodGradeIsReplacedNotDuplicatedAndRemembersTheSuggestion() {
        grades.add(Actor.SYSTEM, test(anna, new Grade.Points(7)));
        grades.add(Actor.SYSTEM, test(anna, new Grade.Points(8)));
        var semester = f.school.semesters(f.yearId).getFirst();
        Grade suggested = books.suggestSemester(anna, f.journal7a, semester).orElseThrow();
        assertThat(suggested).isEqualTo(new Grade.Points(8));
        UUID first = grades.setPeriodGrade(Actor.SYSTEM,
                new PeriodGrade(anna, f.journal7a, GradeKind.SEMESTER, semester.ends(), suggested, suggested));
        UUID second = grades.setPeriodGrade(Actor.SYSTEM,
                new PeriodGrade(anna, f.journal7a, GradeKind.SEMESTER, semester.ends(), new Grade.Points(7), suggested));
        assertThat(second).isEqualTo(first);
        assertThat(f.log.forRow("grade", first)).hasSize(2);
        var row = books.gradeBook(f.journal7a, Optional.empty()).rows().stream()
                .filter(r -> r.student().id().equals(anna)).findFirst().orElseThrow();
        StoredGrade semesterGrade = row.periods().get(new PeriodColumn(GradeKind.SEMESTER, semester.ends()));
        assertThat(semesterGrade.grade()).isEqualTo(new Grade.Points(7));
        assertThat(semesterGrade.overridden()).isTrue();
    }

    @Test
    void theGradeBookListsStudentsInLatvianOrderWithColumnsAndAverages() {
        grades.add(Actor.SYSTEM, test(anna, new Grade.Points(8)));
        grades.add(Actor.SYSTEM, NewGrade.of(anna, f.journal7a, GradeKind.SUMMATIVE, new Grade.Points(5),
                LocalDate.of(2026, 11, 2)));
        grades.add(Actor.SYSTEM, test(berzs, new Grade.Exempt()));
        GradeBook october = books.gradeBook(f.journal7a, Optional.of(YearMonth.of(2026, 10)));
        assertThat(october.rows()).extracting(r -> r.student().lastName()).containsExactly("Bērziņš", "Ozola");
        assertThat(october.columns()).containsExactly(new BookColumn(OCT_5, null, null, GradeKind.TEST));
        assertThat(october.rows().get(0).sinceYearStart()).isInstanceOf(AverageResult.Exempt.class);
        assertThat(((AverageResult.Average) october.rows().get(1).sinceYearStart()).value()).isEqualByComparingTo("8");
        GradeBook year = books.gradeBook(f.journal7a, Optional.empty());
        assertThat(((AverageResult.Average) year.rows().get(1).sinceYearStart()).value()).isEqualByComparingTo("6.80");
        assertThat(year.periodColumns()).extracting(PeriodColumn::kind)
                .containsExactly(GradeKind.SEMESTER, GradeKind.SEMESTER, GradeKind.YEAR);
    }

    @Test
    void aChangedScaleSettingHoldsForTheNextSave() {
        grades.add(Actor.SYSTEM, test(anna, new Grade.Points(8)));
        f.schoolService.putSetting(Actor.SYSTEM, "grades.scales", "7-7:TEST:*:PERCENT");
        assertThat(f.problemOf(() -> grades.add(Actor.SYSTEM, test(anna, new Grade.Points(8)))))
                .isEqualTo("grades.wrongScale.PERCENT");
        grades.add(Actor.SYSTEM, test(anna, new Grade.Percent(80)));
    }

    @Test
    void aSettingChangedInTheSameTransactionHoldsForItsGrades() {
        assertThat(f.problemOf(() -> f.store.run(Actor.SYSTEM, w -> {
            f.schoolService.putSetting(w, "grades.scales", "7-7:TEST:*:PERCENT");
            grades.addAll(w, List.of(test(anna, new Grade.Points(8))));
        }))).isEqualTo("grades.wrongScale.PERCENT");
    }

    @Test
    void aYearOfGradesIsWrittenInBulkQuickly() {
        List<NewGrade> batch = new ArrayList<>();
        for (int day = 0; day < 2_000; day++) {
            batch.add(NewGrade.of(day % 2 == 0 ? anna : berzs, f.journal7a, GradeKind.TEST,
                    new Grade.Points(1 + day % 10), LocalDate.of(2026, 9, 1).plusDays(day % 280)));
        }
        long started = System.nanoTime();
        f.store.run(Actor.SYSTEM, w -> grades.addAll(w, batch));
        assertThat((System.nanoTime() - started) / 1_000_000).as("ms for 2 000 grades").isLessThan(10_000);
        assertThat(f.log.since(0).stream().filter(c -> c.table().equals("grade"))).hasSize(2_000);
    }
}
