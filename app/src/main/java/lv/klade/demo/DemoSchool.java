package lv.klade.demo;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import lv.klade.db.Actor;
import lv.klade.db.Database;
import lv.klade.db.JournalStore;
import lv.klade.people.PasswordHasher;
import lv.klade.people.StaffService;
import lv.klade.people.StudentService;
import lv.klade.school.ClassRepository;
import lv.klade.school.ClassService;
import lv.klade.school.SchoolRepository;
import lv.klade.school.SchoolService;

/** Creates the demo school: a realistic Latvian school in a new journal, the same for the same seed. */
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

    /** Creates the journal at {@code file}; refuses to overwrite one. Nothing is left behind on failure. */
    public static void create(Path file, int students, long seed, Clock clock) {
        DemoPlan plan = DemoPlanner.plan(students, seed);
        // One hash for every demo user: hashing is slow on purpose, and the password is public anyway.
        String hash = new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS).hash(PASSWORD.toCharArray());
        Database database = Database.create(file, clock);
        try (database) {
            JournalStore store = new JournalStore(database, clock);
            SchoolRepository schoolRepository = new SchoolRepository(store);
            SchoolService school = new SchoolService(store, schoolRepository);
            ClassService classes = new ClassService(store, schoolRepository, new ClassRepository(store));
            DemoWriter writer = new DemoWriter(school, classes, new StaffService(store), new StudentService(store));
            store.run(Actor.SYSTEM, w -> {
                writer.write(w, plan, hash);
                school.putSetting(w, SETTING, Long.toString(seed));
            });
        } catch (RuntimeException e) {
            database.deleteFiles();
            throw e;
        }
    }
}
