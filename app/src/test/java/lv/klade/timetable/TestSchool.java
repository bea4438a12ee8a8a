package lv.klade.timetable;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.db.ChangeLog;
import lv.klade.db.Database;
import lv.klade.db.Ids;
import lv.klade.db.JournalStore;
import lv.klade.db.generated.tables.records.StaffRecord;
import lv.klade.db.generated.tables.records.StaffRoleRecord;
import lv.klade.db.generated.tables.records.StudentRecord;
import lv.klade.i18n.UserError;
import lv.klade.school.ClassRepository;
import lv.klade.school.ClassService;
import lv.klade.school.JournalKind;
import lv.klade.school.JournalTeacher;
import lv.klade.school.NewJournal;
import lv.klade.school.SchoolRepository;
import lv.klade.school.SchoolService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A small real school for the timetable and lessons tests: year 2026/27 with the Latvian default
 * calendar, six bell periods, class 7.a with four students split into two groups, and class 7.b.
 * Staff and students are bare rows: they belong to the people feature.
 */
public final class TestSchool implements AutoCloseable {
    public final Database database;
    public final JournalStore store;
    public final SchoolRepository schools;
    public final SchoolService schoolService;
    public final ClassRepository classes;
    public final ClassService classService;
    public final TimetableRepository timetables;
    public final TimetableService timetable;
    public final ChangeLog log;
    public final UUID yearId;
    public final UUID class7a;
    public final UUID class7b;
    public final UUID group1;
    public final UUID group2;
    public final List<UUID> students7a = new ArrayList<>();
    public final UUID student7b;
    public final UUID maths;
    public final UUID english;

    public TestSchool(Path dir, Clock clock) {
        database = Database.create(dir.resolve("j"), clock);
        store = new JournalStore(database, clock);
        schools = new SchoolRepository(store);
        schoolService = new SchoolService(store, schools);
        classes = new ClassRepository(store);
        classService = new ClassService(store, schools, classes);
        timetables = new TimetableRepository(store, schools);
        timetable = new TimetableService(store, schools, timetables);
        log = new ChangeLog(store);
        yearId = store.write(Actor.SYSTEM, w -> schoolService.defaultYear(w,
                schoolService.createSchool(w, "Rīgas 1. vidusskola", null, null), 2026));
        for (int period = 1; period <= 6; period++) {
            LocalTime starts = LocalTime.of(7, 30).plusMinutes(55L * period);
            schoolService.addBellPeriod(Actor.SYSTEM, period, starts, starts.plusMinutes(40));
        }
        class7a = classService.addClass(Actor.SYSTEM, yearId, "7.a", 7, null, null);
        class7b = classService.addClass(Actor.SYSTEM, yearId, "7.b", 7, null, null);
        for (String name : List.of("Anna", "Jānis", "Līga", "Pēteris")) {
            students7a.add(student(name, class7a));
        }
        student7b = student("Ilze", class7b);
        group1 = classService.addGroup(Actor.SYSTEM, yearId, "7.a 1. grupa", class7a);
        group2 = classService.addGroup(Actor.SYSTEM, yearId, "7.a 2. grupa", class7a);
        classService.addGroupMembers(Actor.SYSTEM, group1, students7a.subList(0, 2));
        classService.addGroupMembers(Actor.SYSTEM, group2, students7a.subList(2, 4));
        maths = classService.addSubject(Actor.SYSTEM, "Matemātika", "Mat.");
        english = classService.addSubject(Actor.SYSTEM, "Angļu valoda", "Angļu v.");
    }

    /** A bare staff row. */
    public UUID staff(String login) {
        UUID id = Ids.next();
        StaffRecord row = new StaffRecord();
        row.setId(id);
        row.setFirstName(login);
        row.setLastName("Skolotāja");
        row.setLogin(login);
        row.setPasswordHash("x");
        row.setRevoked(false);
        store.run(Actor.SYSTEM, w -> w.insert(row));
        return id;
    }

    /** Grants a role as the people feature stores it. */
    public void grant(UUID staffId, String role, UUID classId) {
        StaffRoleRecord row = new StaffRoleRecord();
        row.setId(Ids.next());
        row.setStaffId(staffId);
        row.setRole(role);
        row.setClassId(classId);
        store.run(Actor.SYSTEM, w -> w.insert(row));
    }

    public UUID student(String firstName, UUID classId) {
        return student(firstName, classId, LocalDate.of(2012, 1, 1));
    }

    /** A bare student row, born on {@code born}, named {@code firstName} Kalniņš. */
    public UUID student(String firstName, UUID classId, LocalDate born) {
        UUID id = Ids.next();
        StudentRecord row = new StudentRecord();
        row.setId(id);
        row.setFirstName(firstName);
        row.setLastName("Kalniņš");
        row.setPersonalCode("010112-" + (10000 + Math.abs(id.hashCode() % 89999)));
        row.setBirthDate(born);
        row.setGender("F");
        row.setClassId(classId);
        store.run(Actor.SYSTEM, w -> w.insert(row));
        return id;
    }

    public UUID classJournal(UUID classId, UUID subjectId, UUID teacherId) {
        return classService.addJournal(Actor.SYSTEM, new NewJournal(yearId, JournalKind.SUBJECT, subjectId, classId,
                null, List.of(JournalTeacher.teacher(teacherId))));
    }

    public UUID groupJournal(UUID groupId, UUID subjectId, UUID teacherId, JournalKind kind) {
        return classService.addJournal(Actor.SYSTEM, new NewJournal(yearId, kind, subjectId, null, groupId,
                List.of(JournalTeacher.teacher(teacherId))));
    }

    /** Asserts that {@code write} is refused with {@code key} and leaves the change log as it was. */
    public void assertRefusedWithNothingWritten(Runnable write, String key) {
        long changes = log.count();
        assertThatThrownBy(write::run).isInstanceOfSatisfying(UserError.class,
                e -> assertThat(e.problem().key()).isEqualTo(key));
        assertThat(log.count()).isEqualTo(changes);
    }

    @Override
    public void close() {
        database.close();
    }
}
