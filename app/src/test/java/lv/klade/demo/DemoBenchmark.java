package lv.klade.demo;

import lv.klade.testing.TestLogins;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.db.Database;
import lv.klade.db.JournalStore;
import lv.klade.i18n.Messages;
import lv.klade.lessons.LessonEntry;
import lv.klade.lessons.LessonRepository;
import lv.klade.lessons.LessonService;
import lv.klade.lessons.LessonViews;
import lv.klade.lessons.StudentName;
import lv.klade.school.ClassRepository;
import lv.klade.school.DateRange;
import lv.klade.school.SchoolRepository;
import lv.klade.timetable.PlannedLesson;
import lv.klade.timetable.TimetableRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints how long the demo school takes to make at the design's sizes, how long a teacher's week
 * takes to open and one lesson with 30 marks to save; asserts nothing about time.
 */
class DemoBenchmark {
    private static final LocalDate MID_YEAR = LocalDate.of(2026, 11, 20);
    private static final LocalDate WHOLE_YEAR = LocalDate.of(2027, 6, 19);

    @TempDir
    Path dir;

    @Test
    void createDemoSchools() {
        create(600, MID_YEAR);
        create(1500, MID_YEAR);
        Path whole = create(1500, WHOLE_YEAR);
        teacherWeekAndSaves(whole);
    }

    private Path create(int students, LocalDate today) {
        Path file = dir.resolve("demo-" + students + "-" + today);
        long start = System.nanoTime();
        DemoSchool.Made made = DemoSchool.create(file, students, DemoSchool.DEFAULT_SEED, Clock.systemUTC(), today);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("demo --students %d --today %s: %d ms, %.1f MB; %d of %d lessons a week placed; "
                        + "%d lessons, %d attendance marks, %d justifications%n", students, today, millis,
                size(file), made.plannedHours() - made.droppedHours(), made.plannedHours(), made.lessons(),
                made.marks(), made.justifications());
        return file;
    }

    private static double size(Path file) {
        try {
            return Files.size(file.resolveSibling(file.getFileName() + ".mv.db")) / 1e6;
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private static void teacherWeekAndSaves(Path file) {
        Clock clock = Clock.systemUTC();
        try (Database database = Database.open(file, TestLogins.key(file), clock)) {
            JournalStore store = new JournalStore(database, clock);
            SchoolRepository school = new SchoolRepository(store);
            ClassRepository classes = new ClassRepository(store);
            TimetableRepository timetables = new TimetableRepository(store, school);
            LessonRepository lessons = new LessonRepository(store);
            LessonViews views = new LessonViews(school, classes, timetables, lessons, Messages.latvian(), clock);
            LocalDate monday = LocalDate.of(2027, 2, 1);
            for (int run = 0; run < 3; run++) {
                long start = System.nanoTime();
                int count = 0;
                for (int d = 0; d < 5; d++) {
                    count += views.teacherDay("skolotajs", monday.plusDays(d)).orElseThrow().lessons().size();
                }
                System.out.printf("teacher's week (teacherDay x5, %d lessons): %d ms%n", count,
                        (System.nanoTime() - start) / 1_000_000);
            }
            saves(store, school, timetables, lessons);
        }
    }

    /** Saves a lesson with 30 absences, again and again, in the week after the demo's year. */
    private static void saves(JournalStore store, SchoolRepository school, TimetableRepository timetables,
                              LessonRepository lessons) {
        LessonService service = new LessonService(store, school, timetables, lessons, Messages.latvian());
        UUID yearId = school.currentYear().orElseThrow().id();
        DateRange june = new DateRange(LocalDate.of(2027, 6, 1), LocalDate.of(2027, 6, 18));
        List<PlannedLesson> planned = timetables.planner(yearId).lessons(june).stream()
                .filter(p -> lessons.students(p.journalId()).size() >= 30).toList();
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            PlannedLesson p = planned.get(i * 7 % planned.size());
            Map<UUID, String> marks = new HashMap<>();
            lessons.students(p.journalId()).stream().limit(30).map(StudentName::id).forEach(s -> marks.put(s, "n"));
            LessonEntry entry = LessonEntry.regular(p.journalId(), p.date(), p.period(), p.teacherId(), "Tēma " + i,
                    null).withMarks(marks);
            long start = System.nanoTime();
            service.save(Actor.user(p.teacherId()), entry);
            times.add(System.nanoTime() - start);
        }
        times.sort(Long::compare);
        System.out.printf("save one lesson with 30 marks (50 saves): median %.1f ms, p99 %.1f ms, max %.1f ms%n",
                times.get(times.size() / 2) / 1e6, times.get(times.size() * 99 / 100) / 1e6,
                times.getLast() / 1e6);
    }
}
