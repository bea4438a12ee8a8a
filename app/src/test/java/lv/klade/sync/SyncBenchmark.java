package lv.klade.sync;

import lv.klade.testing.TestLogins;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import lv.klade.db.Actor;
import lv.klade.demo.DemoSchool;
import lv.klade.i18n.Messages;
import lv.klade.lessons.LessonEntry;
import lv.klade.lessons.LessonRepository;
import lv.klade.lessons.LessonService;
import lv.klade.people.Student;
import lv.klade.school.DateRange;
import lv.klade.school.Journal;
import lv.klade.school.SchoolCalendar;
import lv.klade.school.SchoolYear;
import lv.klade.shell.Services;
import lv.klade.timetable.AbsenceKind;
import lv.klade.timetable.TeacherAbsence;
import lv.klade.timetable.TimetableRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints how fast sync moves a year of lessons, on durable journals as in production; not a timed
 * test. A teacher's year: every class journal of the demo teacher, two lessons a week, each with
 * one absence. A school's year: the same for every class journal of a 1 500-student school (about
 * a fifth of the design's yearly volume: no grades, one absence a lesson). Beside each import, the
 * rate of a bare H2 batch insert of as many rows in the same run. On a busy machine the school's size
 * can be made smaller with {@code -Dbenchmark.students=300}.
 */
class SyncBenchmark {
    @TempDir
    Path dir;

    @Test
    void exportATeachersYearAndImportASchoolsYear() throws Exception {
        Clock clock = Clock.systemUTC();
        Path central = dir.resolve("central");
        Path pc = dir.resolve("pc");
        int size = Integer.getInteger("benchmark.students", 1500);
        long start = System.nanoTime();
        DemoSchool.create(central, size, 1, clock);
        try (Services services = TestLogins.open(central, clock)) {
            services.sync().enrol(Actor.SYSTEM, "PC", dir.resolve("pc.enrol"));
        }
        SyncService.join(pc, dir.resolve("pc.enrol"), SyncFixture.joiner(dir.resolve("pc.enrol")), clock);
        System.out.printf("setup (demo %d students, enrol, join): %d ms%n", size, millis(start));

        UUID teacher;
        try (Services services = TestLogins.open(pc, clock)) {
            teacher = services.staff().byLogin("skolotajs").orElseThrow().id();
            UUID who = teacher;
            fillYear(services, j -> j.teachers().stream().anyMatch(t -> t.staffId().equals(who)));
        }
        Path teachers = dir.resolve("teacher.klade");
        int changes = export(pc, teachers, clock, "teacher's year");
        importAndCompare(central, teachers, changes, clock, "teacher's year");

        try (Services services = TestLogins.open(pc, clock)) {
            UUID who = teacher;
            fillYear(services, j -> j.teachers().stream().noneMatch(t -> t.staffId().equals(who)));
        }
        Path school = dir.resolve("school.klade");
        changes = export(pc, school, clock, "rest of the school's year");
        importAndCompare(central, school, changes, clock, "school's year");
    }

    /** Two lessons a week in each chosen class journal, each saved by the journal's teacher with one absence. */
    private static void fillYear(Services services, Predicate<Journal> chosen) {
        long start = System.nanoTime();
        LessonService lessons = new LessonService(services.store(), services.schoolRepository(),
                new TimetableRepository(services.store(), services.schoolRepository()),
                new LessonRepository(services.store()), Messages.latvian());
        SchoolYear year = services.year();
        SchoolCalendar calendar = services.schoolRepository().calendar(year.id());
        TimetableRepository timetable = new TimetableRepository(services.store(), services.schoolRepository());
        int count = 0;
        for (Journal journal : services.classRepository().journals(year.id())) {
            if (journal.classId() == null || journal.teachers().isEmpty() || !chosen.test(journal)) {
                continue;
            }
            List<Student> students = services.students().ofClass(journal.classId());
            UUID teacher = journal.teachers().get(0).staffId();
            // The demo has teachers on sick leave; nobody saves a lesson as held on those days.
            List<DateRange> sick = timetable.absences(teacher).stream()
                    .filter(a -> a.kind() == AbsenceKind.SICK_LEAVE).map(TeacherAbsence::days).toList();
            DayOfWeek first = DayOfWeek.of(1 + Math.floorMod(journal.id().hashCode(), 3));
            List<LessonEntry> entries = new ArrayList<>();
            for (LocalDate day = year.starts(); !day.isAfter(year.ends()); day = day.plusDays(1)) {
                if ((day.getDayOfWeek() == first || day.getDayOfWeek() == first.plus(2)) && calendar.isSchoolDay(day)
                        && !onSickLeave(sick, day)) {
                    LessonEntry entry = LessonEntry.regular(journal.id(), day, 1 + entries.size() % 6, teacher,
                            "Tēma " + entries.size(), "Uzdevumi " + entries.size());
                    entries.add(students.isEmpty() ? entry
                            : entry.withMarks(Map.of(students.get(entries.size() % students.size()).id(), "n")));
                }
            }
            services.store().run(Actor.user(teacher), w -> lessons.saveAll(w, entries));
            count += entries.size();
        }
        System.out.printf("filled %d lessons on the PC: %d ms%n", count, millis(start));
    }

    private static boolean onSickLeave(List<DateRange> sick, LocalDate day) {
        return sick.stream().anyMatch(days -> days.contains(day));
    }

    private static int export(Path pc, Path out, Clock clock, String what) throws Exception {
        try (Services services = TestLogins.open(pc, clock)) {
            long start = System.nanoTime();
            ExportResult result = services.sync().export(out);
            long ms = millis(start);
            System.out.printf("export %s: %d changes in %d ms (%.0f changes/s), %.1f MB%n", what, result.changes(), ms,
                    rate(result.changes(), ms), Files.size(out) / 1e6);
            return result.changes();
        }
    }

    private void importAndCompare(Path central, Path file, int changes, Clock clock, String what) throws Exception {
        long ms;
        long cpu;
        try (Services services = TestLogins.open(central, clock)) {
            long start = System.nanoTime();
            long startCpu = cpuMillis();
            ImportReport report = services.sync().importPackages(Actor.SYSTEM, List.of(file));
            ms = millis(start);
            cpu = Math.max(1, cpuMillis() - startCpu);
            PackageResult p = report.packages().get(0);
            System.out.printf("import %s at the central copy: %d changes (%d applied, %d refused) in %d ms"
                    + " (%.0f changes/s), CPU %d ms (%.0f changes/s)%n", what, changes, p.applied(),
                    p.refused().size(), ms, rate(changes, ms), cpu, rate(changes, cpu));
        }
        long[] bare = bareBatchInsert(dir.resolve("bare-" + changes), changes, false);
        long[] encrypted = bareBatchInsert(dir.resolve("bare-aes-" + changes), changes, true);
        System.out.printf("  bare H2 batch insert of %d rows, same run: %d ms, CPU %d ms (%.0f rows/s): the import is"
                        + " %.1f %% of it by time, %.1f %% by CPU%n", changes, bare[0], bare[1], rate(changes, bare[1]),
                100.0 * bare[0] / ms, 100.0 * bare[1] / cpu);
        System.out.printf("  the same into an AES file as a journal is: %d ms, CPU %d ms (%.0f rows/s): the import is"
                        + " %.1f %% of it by time, %.1f %% by CPU (target ≥ 30 %%)%n", encrypted[0], encrypted[1],
                rate(changes, encrypted[1]), 100.0 * encrypted[0] / ms, 100.0 * encrypted[1] / cpu);
    }

    /** This thread's CPU time: the import and H2 (embedded) run on it; a busy machine disturbs it less than time. */
    private static long cpuMillis() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
    }

    /**
     * {@code rows} rows shaped like a lesson, inserted in batches in one transaction and synced once;
     * {@code encrypted}: into a file encrypted as a journal is (H2's AES), the anchor with the same cipher cost.
     * Returns the time and this thread's CPU time, in milliseconds.
     */
    private static long[] bareBatchInsert(Path file, int rows, boolean encrypted) throws Exception {
        String url = "jdbc:h2:file:" + file + ";WRITE_DELAY=0" + (encrypted ? ";CIPHER=AES" : "");
        try (Connection c = DriverManager.getConnection(url, "sa", encrypted ? "file-password user-password" : "")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (id UUID PRIMARY KEY, journal_id UUID NOT NULL, lesson_date DATE NOT NULL,"
                        + " period_no INT, topic VARCHAR(1000), homework VARCHAR(2000))");
            }
            long start = System.nanoTime();
            long startCpu = cpuMillis();
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)")) {
                UUID journal = UUID.randomUUID();
                for (int i = 0; i < rows; i++) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, journal);
                    insert.setObject(3, LocalDate.of(2026, 9, 1).plusDays(i % 270));
                    insert.setInt(4, 1 + i % 6);
                    insert.setString(5, "Tēma " + i);
                    insert.setString(6, "Uzdevumi " + i);
                    insert.addBatch();
                    if (i % 2_000 == 1_999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
            try (Statement s = c.createStatement()) {
                s.execute("CHECKPOINT SYNC");
            }
            return new long[] {millis(start), Math.max(1, cpuMillis() - startCpu)};
        }
    }

    private static long millis(long startNanos) {
        return Math.max(1, (System.nanoTime() - startNanos) / 1_000_000);
    }

    private static double rate(int count, long ms) {
        return count * 1000.0 / ms;
    }
}
