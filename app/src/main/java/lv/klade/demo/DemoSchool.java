package lv.klade.demo;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import lv.klade.db.Actor;
import lv.klade.db.Database;
import lv.klade.db.JournalStore;
import lv.klade.grades.GradeService;
import lv.klade.grades.YearResults;
import lv.klade.grades.TestPlannerService;
import lv.klade.i18n.Messages;
import lv.klade.lessons.AbsenceRepository;
import lv.klade.lessons.AbsenceService;
import lv.klade.lessons.LessonRepository;
import lv.klade.lessons.LessonService;
import lv.klade.people.PasswordHasher;
import lv.klade.people.StaffService;
import lv.klade.people.StudentService;
import lv.klade.school.ClassRepository;
import lv.klade.school.ClassService;
import lv.klade.school.DateRange;
import lv.klade.school.SchoolRepository;
import lv.klade.school.SchoolService;
import lv.klade.school.YearPlan;
import lv.klade.timetable.TimetableRepository;
import lv.klade.timetable.TimetableService;

/** Creates the demo school: a realistic Latvian school in a new journal, the same for the same seed and today. */
public final class DemoSchool {
    /** Every demo user's password, shown on the demo's login screen. */
    public static final String PASSWORD = "klade2026";
    /** The demo users the login screen lists, one for each role. */
    public static final List<String> LOGINS = List.of("admin", "lietvedis", "vietnieks", "audzinataja",
            "skolotajs", "koncertmeistars");
    public static final int DEFAULT_STUDENTS = 600;
    public static final long DEFAULT_SEED = 1;
    /** The setting that marks a journal as the demo school. */
    public static final String SETTING = "demo.school";

    private DemoSchool() {
    }

    /** What a demo journal holds after {@link #create}: its year's days, its lessons a week and its past. */
    public record Made(DateRange year, LocalDate today, int plannedHours, int droppedHours, int lessons, int marks,
                       int justifications, int tests, int grades, int periodGrades) {
    }

    /** Like {@link #create(Path, int, long, Clock, LocalDate)} with today's date in Riga by {@code clock}. */
    public static Made create(Path file, int students, long seed, Clock clock) {
        return create(file, students, seed, clock, LocalDate.now(clock.withZone(Messages.RIGA)));
    }

    /**
     * Creates the journal at {@code file} with its timetable and every lesson before {@code today}
     * (moved into the school year: a later day fills the whole year); refuses to overwrite a journal.
     * Nothing is left behind on failure, nor when the process is killed.
     */
    public static Made create(Path file, int students, long seed, Clock clock, LocalDate today) {
        return create(file, students, seed, clock, today, true, DemoProgress.NONE);
    }

    /**
     * {@link #create(Path, int, long, Clock, LocalDate)}; with {@code finishYear}, a today past the
     * year's end also fills the year's missing semester and year grades and the council's decisions
     * ({@link DemoYearEnd}), so the year's documents can be seen. Without it the year stays as its
     * lessons left it.
     */
    public static Made create(Path file, int students, long seed, Clock clock, LocalDate today, boolean finishYear) {
        return create(file, students, seed, clock, today, finishYear, DemoProgress.NONE);
    }

    /** Like {@link #create(Path, int, long, Clock, LocalDate, boolean)}, telling {@code progress} each step as it begins. */
    public static Made create(Path file, int students, long seed, Clock clock, LocalDate today,
                              DemoProgress progress) {
        return create(file, students, seed, clock, today, true, progress);
    }

    private static Made create(Path file, int students, long seed, Clock clock, LocalDate today, boolean finishYear,
                               DemoProgress progress) {
        progress.at(DemoProgress.Step.SCHOOL, 0, 1);
        DemoPlan plan = DemoPlanner.plan(students, seed);
        Random random = new Random(seed);
        DemoTimetable.Result week = DemoTimetable.plan(plan, random);
        DateRange year = YearPlan.latvianDefault(plan.schoolYearStart()).days();
        LocalDate day = today.isBefore(year.starts()) ? year.starts()
                : today.isAfter(year.ends()) ? year.ends().plusDays(1) : today;
        // One hash for every demo user: hashing is slow on purpose, and the password is public anyway.
        String hash = new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS).hash(PASSWORD.toCharArray());
        // Built aside and moved into place whole: a demo killed half way leaves no journal behind.
        return Database.build(file, clock, database -> {
            JournalStore store = new JournalStore(database, clock);
            SchoolRepository schoolRepository = new SchoolRepository(store);
            SchoolService school = new SchoolService(store, schoolRepository);
            ClassRepository classRepository = new ClassRepository(store);
            ClassService classes = new ClassService(store, schoolRepository, classRepository);
            TimetableRepository timetables = new TimetableRepository(store, schoolRepository);
            TimetableService timetable = new TimetableService(store, schoolRepository, timetables);
            DemoWriter writer = new DemoWriter(school, classes, new StaffService(store), new StudentService(store));
            DemoWriter.Written written = store.write(Actor.SYSTEM, w -> {
                DemoWriter.Written done = writer.write(w, plan, hash);
                timetable.addVersion(w, DemoWriter.timetable(plan, done, week, year));
                school.putSetting(w, SETTING, Long.toString(seed));
                return done;
            });
            LessonRepository lessonRepository = new LessonRepository(store);
            LessonService lessons = new LessonService(store, schoolRepository, timetables, lessonRepository,
                    Messages.latvian());
            AbsenceService absences = new AbsenceService(store, schoolRepository, classRepository, lessonRepository,
                    new AbsenceRepository(store));
            StaffService staff = new StaffService(store);
            DemoYear.Filled filled = new DemoYear(store, schoolRepository, timetable, timetables, lessons, absences,
                    new GradeService(store, schoolRepository), new TestPlannerService(store, schoolRepository, staff))
                    .fill(plan, written, day, random, progress);
            int yearGrades = 0;
            if (finishYear && day.isAfter(year.ends())) {
                var schoolYear = schoolRepository.currentYear().orElseThrow();
                yearGrades = new DemoYearEnd(store, new YearResults(store, schoolRepository, classRepository,
                        new StudentService(store)), new GradeService(store, schoolRepository), random)
                        .finish(schoolYear, schoolRepository.semesters(schoolYear.id()),
                                classRepository.classes(schoolYear.id()));
            }
            progress.at(DemoProgress.Step.COMPACTING, 0, 1);
            // A year written in a few minutes leaves the file full of space the store would only reuse later.
            database.compact();
            return new Made(year, day, week.plannedHours(), week.droppedHours(), filled.lessons(), filled.marks(),
                    filled.justifications(), filled.tests(), filled.grades(), filled.periodGrades() + yearGrades);
        });
    }
}
