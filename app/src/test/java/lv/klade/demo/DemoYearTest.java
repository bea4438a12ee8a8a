package lv.klade.demo;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lv.klade.db.Database;
import lv.klade.db.JournalStore;
import lv.klade.i18n.Messages;
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
    private static Database database;
    private static SchoolRepository school;
    private static ClassRepository classes;
    private static TimetableRepository timetables;
    private static LessonRepository lessons;
    private static UUID yearId;
    private static List<Lesson> all;

    @BeforeAll
    static void makeTheDemoYear() {
        made = DemoSchool.create(dir.resolve("demo"), 240, 7, CLOCK, TODAY);
        database = Database.open(dir.resolve("demo"), CLOCK);
        JournalStore store = new JournalStore(database, CLOCK);
        school = new SchoolRepository(store);
        classes = new ClassRepository(store);
        timetables = new TimetableRepository(store, school);
        lessons = new LessonRepository(store);
        yearId = school.currentYear().orElseThrow().id();
        all = lessonsOf(lessons, classes, yearId, made.year());
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
        DemoSchool.Made again = DemoSchool.create(dir.resolve("again"), 240, 7, CLOCK, TODAY);
        assertThat(again).isEqualTo(made);
        try (Database other = Database.open(dir.resolve("again"), CLOCK)) {
            JournalStore store = new JournalStore(other, CLOCK);
            SchoolRepository otherSchool = new SchoolRepository(store);
            List<Lesson> lessonsAgain = lessonsOf(new LessonRepository(store), new ClassRepository(store),
                    otherSchool.currentYear().orElseThrow().id(), made.year());
            assertThat(lessonsAgain.stream().map(DemoYearTest::content).sorted().toList())
                    .isEqualTo(all.stream().map(DemoYearTest::content).sorted().toList());
        }
    }

    private static String content(Lesson l) {
        return l.date() + " " + l.period() + " " + l.type().kind() + " " + l.topic() + " " + l.homework() + " "
                + l.firstFilledAt();
    }
}
