package lv.klade.statistics;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lv.klade.grades.Scale;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.people.StaffMember;
import lv.klade.printing.PrintPeriod;
import lv.klade.school.DateRange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static lv.klade.statistics.StatisticsFixture.SEP15;
import static lv.klade.statistics.StatisticsFixture.SEP16;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatisticsServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-15T09:00:00Z"), Messages.RIGA);
    @TempDir
    static Path folder;
    private static StatisticsFixture f;

    @BeforeAll
    static void craft() {
        f = new StatisticsFixture(folder, CLOCK, Messages.latvian());
    }

    @AfterAll
    static void close() {
        f.close();
    }

    private static Map<String, GradeFigures> grades(String login, Grouping by) {
        return byLabel(f.statistics.grades(f.member(login), query(by)), GradeFigures::label);
    }

    private static Map<String, AbsenceRate> absences(String login, Grouping by) {
        return byLabel(f.statistics.absences(f.member(login), query(by)), AbsenceRate::label);
    }

    private static StatisticsQuery query(Grouping by) {
        return new StatisticsQuery(f.yearId, f.statistics.days(f.yearId, new PrintPeriod.Year()), by, null, null);
    }

    private static <T> Map<String, T> byLabel(List<T> rows, Function<T, String> label) {
        return rows.stream().collect(Collectors.toMap(label, Function.identity()));
    }

    private static BigDecimal average(GradeFigures figures) {
        return figures.pointsAverage().orElseThrow();
    }

    @Test
    void aClassesAverageIsOfItsPointsOnlyWithNvAndPeriodGradesLeftOut() {
        GradeFigures class7a = grades("vietn", Grouping.CLASS).get("7.a");
        // 8 6 10 4 (maths) 7 5 (Latvian) 9 9 (English group): 58 / 8
        assertThat(average(class7a)).isEqualByComparingTo("7.25");
        assertThat(class7a.of(Scale.TEN_POINT).counts()).containsExactly(0, 0, 0, 1, 1, 1, 1, 1, 2, 1);
        assertThat(class7a.of(Scale.PASS_FAIL).counts()).containsExactly(1, 0);
        assertThat(class7a.of(Scale.PERCENT).counts().get(8)).isEqualTo(1);
        assertThat(class7a.total()).isEqualTo(10);
    }

    @Test
    void levelsAreCountedApartAndNeverMakeAnAverage() {
        GradeFigures class2a = grades("vietn", Grouping.CLASS).get("2.a");
        assertThat(class2a.pointsAverage()).isEmpty();
        assertThat(class2a.of(Scale.LEVELS).counts()).containsExactly(1, 0, 1, 1);
        GradeFigures maths = grades("vietn", Grouping.SUBJECT).get("Matemātika");
        assertThat(average(maths)).isEqualByComparingTo("7.00");
        assertThat(maths.of(Scale.TEN_POINT).total()).isEqualTo(4);
        assertThat(maths.of(Scale.LEVELS).total()).isEqualTo(3);
    }

    @Test
    void figuresGroupByTeacherProgrammeAndGroup() {
        assertThat(average(grades("vietn", Grouping.TEACHER).get("Māra Ozola"))).isEqualByComparingTo("7.00");
        // 7 5 9 9, and the levels of 2.a beside them
        GradeFigures otra = grades("vietn", Grouping.TEACHER).get("Olga Kalna");
        assertThat(average(otra)).isEqualByComparingTo("7.50");
        assertThat(otra.of(Scale.LEVELS).total()).isEqualTo(3);
        Map<String, GradeFigures> programmes = grades("vietn", Grouping.PROGRAMME);
        assertThat(average(programmes.get("21011111 Pamatizglītība"))).isEqualByComparingTo("7.25");
        assertThat(programmes.get("bez programmas").of(Scale.LEVELS).total()).isEqualTo(3);
        Map<String, GradeFigures> groups = grades("vietn", Grouping.GROUP);
        assertThat(groups).containsOnlyKeys("7.a (visa klase)", "7.a angļu", "2.a (visa klase)");
        assertThat(average(groups.get("7.a (visa klase)"))).isEqualByComparingTo("6.67");
        assertThat(average(groups.get("7.a angļu"))).isEqualByComparingTo("9.00");
    }

    @Test
    void absenceRatesShareTheLessonsDueThatWereMissed() {
        AbsenceRate class7a = absences("vietn", Grouping.CLASS).get("7.a");
        // maths 2 held lessons × 3, Latvian 1 × 3, English 1 × 2 members; the lesson not held and lateness do not count
        assertThat(class7a).isEqualTo(new AbsenceRate("7.a", 11, 2, 2));
        assertThat(class7a.missedPercent()).isEqualByComparingTo("36.4");
        assertThat(class7a.unjustifiedPercent()).isEqualByComparingTo("18.2");
        AbsenceRate maths = absences("vietn", Grouping.SUBJECT).get("Matemātika");
        assertThat(maths).isEqualTo(new AbsenceRate("Matemātika", 8, 2, 2));
        assertThat(maths.missedPercent()).isEqualByComparingTo("50.0");
        assertThat(absences("vietn", Grouping.SUBJECT).get("Angļu valoda").missed()).isZero();
    }

    @Test
    void aPeriodCountsOnlyItsDays() {
        DateRange firstDay = new DateRange(SEP15, SEP15);
        StatisticsQuery query = new StatisticsQuery(f.yearId, firstDay, Grouping.SUBJECT, f.class7a, f.maths);
        assertThat(f.statistics.grades(f.member("vietn"), query)).singleElement()
                .satisfies(g -> assertThat(average(g)).isEqualByComparingTo("8.00"));
        assertThat(f.statistics.absences(f.member("vietn"), query))
                .containsExactly(new AbsenceRate("Matemātika", 3, 0, 1));
    }

    @Test
    void aPupilsYearHasTheirPointsPerSubjectAndAbsencesPerMonth() {
        PupilDynamics anna = f.statistics.pupil(f.member("vietn"), f.yearId,
                f.statistics.days(f.yearId, new PrintPeriod.Year()), f.anna);
        assertThat(anna.className()).isEqualTo("7.a");
        assertThat(anna.subjects()).extracting(PupilDynamics.SubjectLine::subject)
                .containsExactly("Angļu valoda", "Latviešu valoda", "Matemātika");
        PupilDynamics.SubjectLine maths = anna.subjects().get(2);
        assertThat(maths.points()).containsExactly(new PupilDynamics.Point(SEP15, 8), new PupilDynamics.Point(SEP16, 6));
        assertThat(maths.otherScales()).isEqualTo(2);
        // Every month of the year, September to June; only September has an absence.
        assertThat(anna.months()).hasSize(10).first().isEqualTo(new PupilDynamics.MonthAbsences(YearMonth.of(2026, 9), 0, 1));
        assertThat(anna.months()).last().isEqualTo(new PupilDynamics.MonthAbsences(YearMonth.of(2027, 6), 0, 0));
        assertThat(anna.months().stream().skip(1)).allMatch(m -> m.justified() + m.unjustified() == 0);
    }

    @Test
    void theDeputyDirectorSeesTheWholeSchool() {
        assertThat(grades("vietn", Grouping.CLASS)).containsOnlyKeys("7.a", "2.a");
        assertThat(f.statistics.classes(f.member("vietn"), f.yearId)).extracting(StatisticsService.Choice::name)
                .containsExactly("2.a", "7.a");
    }

    @Test
    void aTutorSeesTheirClassesJournalsAndItsGroupsButNoOtherClass() {
        assertThat(grades("audz", Grouping.CLASS)).containsOnlyKeys("7.a");
        assertThat(grades("audz", Grouping.SUBJECT)).containsOnlyKeys("Angļu valoda", "Latviešu valoda", "Matemātika");
        assertThat(f.statistics.students(f.member("audz"), f.yearId, f.class2a)).isEmpty();
        assertThat(f.statistics.students(f.member("audz"), f.yearId, f.class7a)).hasSize(3);
    }

    @Test
    void aTeacherSeesOnlyTheJournalsTheyTeach() {
        Map<String, GradeFigures> mine = grades("mat", Grouping.SUBJECT);
        assertThat(mine).containsOnlyKeys("Matemātika");
        assertThat(mine.get("Matemātika").of(Scale.LEVELS).total()).isZero();
        assertThat(absences("mat", Grouping.CLASS)).containsOnlyKeys("7.a");
        PupilDynamics anna = f.statistics.pupil(f.member("mat"), f.yearId,
                f.statistics.days(f.yearId, new PrintPeriod.Year()), f.anna);
        assertThat(anna.subjects()).extracting(PupilDynamics.SubjectLine::subject).containsExactly("Matemātika");
    }

    @Test
    void aRegistrarSeesNoFigures() {
        StaffMember registrar = f.member("lietv");
        assertThat(StatisticsRights.maySeeAny(registrar.roles())).isFalse();
        assertThat(f.statistics.grades(registrar, query(Grouping.CLASS))).isEmpty();
        assertThat(StatisticsRights.maySeeAny(f.member("mat").roles())).isTrue();
    }

    @Test
    void aPeriodOutsideTheYearIsRefusedWithAMessage() {
        assertThatThrownBy(() -> f.statistics.days(f.yearId, new PrintPeriod.Month(YearMonth.of(2030, 1))))
                .isInstanceOfSatisfying(UserError.class,
                        e -> assertThat(e.problem().key()).isEqualTo("statistics.periodOutsideYear"));
    }
}
