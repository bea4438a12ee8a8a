package lv.klade.demo;

import lv.klade.testing.TestLogins;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lv.klade.db.Database;
import lv.klade.db.JournalStore;
import lv.klade.grades.AverageResult;
import lv.klade.grades.Grade;
import lv.klade.grades.GradeBook;
import lv.klade.grades.GradeBookService;
import lv.klade.grades.GradeKind;
import lv.klade.grades.PlannedTest;
import lv.klade.grades.StoredGrade;
import lv.klade.grades.TestPlannerService;
import lv.klade.grades.Timeliness;
import lv.klade.i18n.Messages;
import lv.klade.people.StaffService;
import lv.klade.lessons.AbsenceRepository;
import lv.klade.lessons.AbsenceService;
import lv.klade.lessons.AbsenceSummary;
import lv.klade.lessons.Lesson;
import lv.klade.lessons.LessonKind;
import lv.klade.lessons.LessonRepository;
import lv.klade.lessons.LessonState;
import lv.klade.lessons.LessonViews;
import lv.klade.lessons.TeacherDay;
import lv.klade.school.ClassRepository;
import lv.klade.school.DateRange;
import lv.klade.school.Journal;
import lv.klade.school.SchoolClass;
import lv.klade.school.SchoolRepository;
import lv.klade.timetable.TimetableEntry;
import lv.klade.timetable.TimetableRepository;
import lv.klade.timetable.TimetableVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's timetable and its school year up to "today", in a small school. */
class DemoYearTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T16:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dir;
    private static DemoSchool.Made made;
    private static DemoSchool.Made again;
    private static final List<String> progress = new java.util.ArrayList<>();
    private static Database database;
    private static SchoolRepository school;
    private static ClassRepository classes;
    private static TimetableRepository timetables;
    private static LessonRepository lessons;
    private static UUID yearId;
    private static List<Lesson> all;
    private static List<GradeBook> books;
    private static Map<UUID, Integer> formOfJournal;

    @Test
    void makingTheDemoTellsEachStepInOrderAndEveryTeachersLessons() {
        List<String> steps = progress.stream().map(p -> p.substring(0, p.indexOf(' '))).distinct().toList();
        assertThat(steps).containsExactly("SCHOOL", "TEACHER_ABSENCES", "LESSONS", "SEMESTER_GRADES", "JUSTIFICATIONS",
                "COMPACTING");
        List<String> lessons = progress.stream().filter(p -> p.startsWith("LESSONS ")).toList();
        int teachers = Integer.parseInt(lessons.getFirst().substring(lessons.getFirst().indexOf('/') + 1));
        assertThat(teachers).isGreaterThan(10);
        assertThat(lessons).hasSize(teachers).first().isEqualTo("LESSONS 0/" + teachers);
        assertThat(lessons.getLast()).isEqualTo("LESSONS " + (teachers - 1) + "/" + teachers);
        assertThat(lv.klade.i18n.Messages.latvian().get("start.demoStep", 3, 6,
                lv.klade.i18n.Messages.latvian().get(DemoProgress.Step.LESSONS.key()),
                lv.klade.i18n.Messages.latvian().get("start.demoStep.part", 5, teachers)))
                .isEqualTo("Veido demo skolu: 3. solis no 6 — stundas, kavējumi un vērtējumi (5. no " + teachers
                        + " skolotājiem)");
    }

    @BeforeAll
    static void makeTheDemoYear() {
        made = DemoSchool.create(dir.resolve("demo"), 240, 7, CLOCK, TODAY);
        again = DemoSchool.create(dir.resolve("again"), 240, 7, CLOCK, TODAY,
                (step, done, of) -> progress.add(step + " " + done + "/" + of));
        database = Database.open(dir.resolve("demo"), TestLogins.key(dir.resolve("demo")), CLOCK);
        JournalStore store = new JournalStore(database, CLOCK);
        school = new SchoolRepository(store);
        classes = new ClassRepository(store);
        timetables = new TimetableRepository(store, school);
        lessons = new LessonRepository(store);
        yearId = school.currentYear().orElseThrow().id();
        all = lessonsOf(lessons, classes, yearId, made.year());
        Map<UUID, Integer> forms = classes.classes(yearId).stream()
                .collect(Collectors.toMap(SchoolClass::id, SchoolClass::form));
        GradeBookService gradeBooks = new GradeBookService(store, school);
        books = new ArrayList<>();
        formOfJournal = new HashMap<>();
        for (Journal j : classes.journals(yearId)) {
            books.add(gradeBooks.gradeBook(j.id(), Optional.empty()));
            if (j.classId() != null) {
                formOfJournal.put(j.id(), forms.get(j.classId()));
            }
        }
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static List<Lesson> lessonsOf(LessonRepository lessons, ClassRepository classes, UUID yearId,
                                          DateRange year) {
        Set<UUID> journals = classes.journals(yearId).stream().map(Journal::id).collect(Collectors.toSet());
        return lessons.lessonsOfJournals(journals, year);
    }

    @Test
    void theTimetableBooksNoTeacherRoomOrClassTwiceInASlot() {
        List<TimetableVersion> versions = timetables.versions(yearId);
        List<TimetableEntry> entries = versions.stream().flatMap(v -> timetables.entries(v.id()).stream()).toList();
        Map<UUID, Journal> journals = classes.journals(yearId).stream()
                .collect(Collectors.toMap(Journal::id, j -> j));
        Set<String> taken = new HashSet<>();
        List<String> twice = new ArrayList<>();
        for (TimetableEntry e : entries) {
            String slot = e.weekday() + "/" + e.period() + "/";
            Journal journal = journals.get(e.journalId());
            List<String> keys = new ArrayList<>(List.of("teacher " + e.teacherId(), "room " + e.room()));
            if (journal.classId() != null) {
                keys.add("class " + journal.classId());
            }
            keys.stream().filter(k -> !taken.add(slot + k)).forEach(twice::add);
        }
        assertThat(entries).hasSizeGreaterThan(300);
        assertThat(twice).isEmpty();
    }

    @Test
    void theTimetablePlacesAtLeastNinetyFivePercentOfTheWeeksLessons() {
        System.out.printf("demo timetable: %d of %d lessons a week placed, %d dropped%n",
                made.plannedHours() - made.droppedHours(), made.plannedHours(), made.droppedHours());
        assertThat(made.plannedHours() - made.droppedHours()).isGreaterThanOrEqualTo(made.plannedHours() * 95 / 100);
    }

    @Test
    void lessonsAreFilledUpToTodayAndNoneAfter() {
        assertThat(all).hasSizeGreaterThan(1000);
        assertThat(all).allSatisfy(l -> assertThat(l.date()).isBefore(TODAY));
        assertThat(all).anySatisfy(l -> assertThat(l.date()).isEqualTo(TODAY.minusDays(1)));
        assertThat(all).filteredOn(l -> l.date().equals(made.year().starts()))
                .allSatisfy(l -> assertThat(l.topic()).isEqualTo("Zinību diena"));
        assertThat(all).filteredOn(l -> l.type().kind() == LessonKind.REGULAR && l.date().isAfter(made.year().starts()))
                .allSatisfy(l -> assertThat(l.topic()).isNotBlank());
    }

    @Test
    void substitutedNotHeldMadeUpAndLateLessonsAreThere() {
        Set<LessonKind> kinds = all.stream().map(l -> l.type().kind()).collect(Collectors.toSet());
        assertThat(kinds).contains(LessonKind.REGULAR, LessonKind.SUBSTITUTED, LessonKind.NOT_HELD, LessonKind.MAKE_UP);
        assertThat(all).filteredOn(l -> LessonState.of(l.date(), l.firstFilledAt(), CLOCK.instant(),
                LessonState.DEFAULT_DEADLINE) == LessonState.FILLED_LATE).hasSizeBetween(5, all.size() / 10);
    }

    @Test
    void theTeachersLastDayIsLeftUnfilledSoItIsOverdue() {
        LessonViews views = new LessonViews(school, classes, timetables, lessons, Messages.latvian(), CLOCK);
        TeacherDay day = views.teacherDay("skolotajs", TODAY.minusDays(1)).orElseThrow();
        assertThat(day.lessons()).isNotEmpty().anySatisfy(e -> assertThat(e.state()).isEqualTo(LessonState.OVERDUE));
    }

    @Test
    void someAbsencesAreUnjustifiedAndASkipperPassesTwentyInSemesterOne() {
        AbsenceService absences = new AbsenceService(new JournalStore(database, CLOCK), school, classes, lessons,
                new AbsenceRepository(new JournalStore(database, CLOCK)));
        List<AbsenceSummary> summaries = new ArrayList<>();
        List<Integer> toJustify = new ArrayList<>();
        for (SchoolClass c : classes.classes(yearId)) {
            summaries.addAll(absences.monthlySummary(c.id(), YearMonth.of(2026, 11)));
            toJustify.add(absences.toJustify(c.id()).size());
        }
        assertThat(summaries).anySatisfy(s -> assertThat(s.flagged()).isTrue());
        assertThat(summaries).anySatisfy(s -> assertThat(s.justified()).isPositive());
        assertThat(toJustify.stream().mapToInt(Integer::intValue).sum()).isPositive();
        System.out.printf("demo absences: %d marks, %d justifications%n", made.marks(), made.justifications());
    }

    @Test
    void theSameSeedAndTodayGiveTheSameLessons() {
        assertThat(again).isEqualTo(made);
        try (Database other = Database.open(dir.resolve("again"), TestLogins.key(dir.resolve("again")), CLOCK)) {
            JournalStore store = new JournalStore(other, CLOCK);
            SchoolRepository otherSchool = new SchoolRepository(store);
            List<Lesson> lessonsAgain = lessonsOf(new LessonRepository(store), new ClassRepository(store),
                    otherSchool.currentYear().orElseThrow().id(), made.year());
            assertThat(lessonsAgain.stream().map(DemoYearTest::content).sorted().toList())
                    .isEqualTo(all.stream().map(DemoYearTest::content).sorted().toList());
        }
    }

    private static List<StoredGrade> grades(List<GradeBook> books) {
        return books.stream().flatMap(b -> b.rows().stream())
                .flatMap(r -> r.cells().values().stream().flatMap(List::stream)).toList();
    }

    @Test
    void formsFourToTwelveGetPointsAndFormsOneToThreeLevels() {
        List<StoredGrade> grades = grades(books);
        List<StoredGrade> summative = grades.stream().filter(g -> formOfJournal.containsKey(g.journalId())
                && (g.kind() == GradeKind.TEST || g.kind() == GradeKind.SUMMATIVE) && g.grade().scale().isPresent())
                .toList();
        assertThat(summative).filteredOn(g -> formOfJournal.get(g.journalId()) >= 4).hasSizeGreaterThan(1000)
                .allSatisfy(g -> assertThat(g.grade()).isInstanceOf(Grade.Points.class));
        assertThat(summative).filteredOn(g -> formOfJournal.get(g.journalId()) <= 3).hasSizeGreaterThan(100)
                .allSatisfy(g -> assertThat(g.grade()).isInstanceOf(Grade.Level.class));
        double mean = summative.stream().filter(g -> g.grade() instanceof Grade.Points)
                .mapToInt(g -> ((Grade.Points) g.grade()).value()).average().orElseThrow();
        System.out.printf("demo grades: %d, %d tests, mean 10-point mark %.2f%n", made.grades(), made.tests(), mean);
        assertThat(mean).isBetween(6.3, 7.3);
        assertThat(summative).anySatisfy(g -> assertThat(g.grade()).isEqualTo(new Grade.Points(3)));
        assertThat(grades).anySatisfy(g -> assertThat(g.grade()).isInstanceOf(Grade.PassFail.class))
                .anySatisfy(g -> assertThat(g.grade()).isInstanceOf(Grade.Percent.class));
    }

    @Test
    void noGradeIsForWorkOnOrAfterToday() {
        assertThat(grades(books)).isNotEmpty().allSatisfy(g -> {
            assertThat(g.workDate()).isBefore(TODAY);
            assertThat(g.enteredAt()).isBefore(CLOCK.instant());
        });
    }

    @Test
    void someStudentsMissedATestAndOneIsExemptFromSports() {
        List<StoredGrade> grades = grades(books);
        assertThat(grades).anySatisfy(g -> assertThat(g.grade()).isEqualTo(new Grade.NoGrade()));
        assertThat(grades).filteredOn(g -> g.grade() instanceof Grade.Exempt).isNotEmpty();
        assertThat(books).flatMap(GradeBook::rows)
                .anySatisfy(r -> assertThat(r.sinceYearStart()).isInstanceOf(AverageResult.Exempt.class));
    }

    @Test
    void publishedTestsHaveColumnsWithGradesThatNameThem() {
        TestPlannerService planner = new TestPlannerService(new JournalStore(database, CLOCK), school,
                new StaffService(new JournalStore(database, CLOCK)));
        List<PlannedTest> tests = classes.journals(yearId).stream().flatMap(j -> planner.ofJournal(j.id()).stream())
                .toList();
        assertThat(tests).hasSize(made.tests()).allSatisfy(t -> assertThat(t.published()).isTrue());
        Set<UUID> named = grades(books).stream().map(StoredGrade::testId).filter(id -> id != null)
                .collect(Collectors.toSet());
        assertThat(named).isEqualTo(tests.stream().map(PlannedTest::id).collect(Collectors.toSet()));
    }

    @Test
    void aFewGradesAreEnteredLate() {
        long late = books.stream().flatMap(b -> b.timeliness().values().stream())
                .filter(t -> t instanceof Timeliness.Late).count();
        assertThat(late).isPositive().isLessThan(made.grades() / 10);
    }

    @Test
    void theSameSeedAndTodayGiveTheSameGrades() {
        try (Database other = Database.open(dir.resolve("again"), TestLogins.key(dir.resolve("again")), CLOCK)) {
            JournalStore store = new JournalStore(other, CLOCK);
            SchoolRepository otherSchool = new SchoolRepository(store);
            GradeBookService gradeBooks = new GradeBookService(store, otherSchool);
            List<GradeBook> again = new ClassRepository(store).journals(otherSchool.currentYear().orElseThrow().id())
                    .stream().map(j -> gradeBooks.gradeBook(j.id(), Optional.empty())).toList();
            assertThat(gradeLines(again)).hasSize(made.grades()).isEqualTo(gradeLines(books));
        }
    }

    /** Each grade as "student name, work date, kind, mark, entered at", sorted; ids differ between journals. */
    private static List<String> gradeLines(List<GradeBook> books) {
        return books.stream().flatMap(b -> b.rows().stream().flatMap(r -> r.cells().values().stream()
                        .flatMap(List::stream).map(g -> r.student().fullName() + " " + g.workDate() + " " + g.kind()
                                + " " + g.grade().typed() + " " + g.enteredAt())))
                .sorted().toList();
    }

    private static String content(Lesson l) {
        return l.date() + " " + l.period() + " " + l.type().kind() + " " + l.topic() + " " + l.homework() + " "
                + l.firstFilledAt();
    }
}
