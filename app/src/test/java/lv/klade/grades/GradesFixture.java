package lv.klade.grades;

import lv.klade.testing.Refusals;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.db.ChangeLog;
import lv.klade.db.Database;
import lv.klade.db.Ids;
import lv.klade.db.JournalStore;
import lv.klade.db.generated.tables.records.LessonRecord;
import lv.klade.people.Admission;
import lv.klade.people.DirectorOrder;
import lv.klade.people.Gender;
import lv.klade.people.PasswordHasher;
import lv.klade.people.PersonalCode;
import lv.klade.people.Role;
import lv.klade.people.RoleGrant;
import lv.klade.people.StaffData;
import lv.klade.people.StaffService;
import lv.klade.people.StudentData;
import lv.klade.people.StudentService;
import lv.klade.school.ClassRepository;
import lv.klade.school.ClassService;
import lv.klade.school.JournalKind;
import lv.klade.school.JournalTeacher;
import lv.klade.school.NewJournal;
import lv.klade.school.SchoolRepository;
import lv.klade.school.SchoolService;

import static org.assertj.core.api.Assertions.assertThat;

/** A school of year 2026/27 with classes 7.a and 2.a, a maths journal for each, a group, students and staff. */
final class GradesFixture implements AutoCloseable {
    static final DirectorOrder ORDER = new DirectorOrder("1-12/1", LocalDate.of(2026, 8, 28));

    final Database database;
    final JournalStore store;
    final SchoolRepository school;
    final SchoolService schoolService;
    final ClassService classes;
    final StudentService students;
    final StaffService staff;
    final ChangeLog log;
    final UUID yearId;
    final UUID maths;
    final UUID class7a;
    final UUID class7b;
    final UUID class2a;
    final UUID journal7a;
    final UUID journal7b;
    final UUID journal2a;
    private int serial = 100;

    GradesFixture(Path dir, Clock clock) {
        database = Database.create(dir.resolve("j"), clock);
        store = new JournalStore(database, clock);
        school = new SchoolRepository(store);
        schoolService = new SchoolService(store, school);
        classes = new ClassService(store, school, new ClassRepository(store));
        students = new StudentService(store);
        staff = new StaffService(store);
        log = new ChangeLog(store);
        yearId = store.write(Actor.SYSTEM, w -> schoolService.defaultYear(w,
                schoolService.createSchool(w, "Rīgas 1. vidusskola", null, null), 2026));
        maths = classes.addSubject(Actor.SYSTEM, "Matemātika", "Mat.");
        class7a = classes.addClass(Actor.SYSTEM, yearId, "7.a", 7, null, null);
        class7b = classes.addClass(Actor.SYSTEM, yearId, "7.b", 7, null, null);
        class2a = classes.addClass(Actor.SYSTEM, yearId, "2.a", 2, null, null);
        journal7a = journal(class7a);
        journal7b = journal(class7b);
        journal2a = journal(class2a);
    }

    private UUID journal(UUID classId) {
        return classes.addJournal(Actor.SYSTEM, NewJournal.forClass(yearId, JournalKind.SUBJECT, maths, classId, List.of()));
    }

    UUID student(String first, String last, UUID classId) {
        serial += 10;
        LocalDate born = LocalDate.of(2013, 3, 14);
        StudentData data = new StudentData(first, last, PersonalCode.forBirthDate(born, serial).value(), born,
                Gender.F, null, null, null, null, null);
        return students.admit(Actor.SYSTEM, new Admission(data, classId, LocalDate.of(2026, 9, 1), ORDER, List.of()));
    }

    UUID staff(String login, Role role) {
        return staff.add(Actor.SYSTEM, new StaffData("Anna", "Bērziņa", null, null, null, login, new PasswordHasher(1).hash("parole".toCharArray()),
                Set.of(RoleGrant.of(role))));
    }

    /** Makes the staff member a teacher of the journal. */
    void teaches(UUID staffId, UUID journalId) {
        classes.addJournalTeacher(Actor.SYSTEM, journalId, JournalTeacher.teacher(staffId));
    }

    /** A lesson of the journal that {@code teacher} taught, written as a bare row (the lessons feature's rules are not the point here). */
    UUID lesson(UUID journalId, LocalDate date, UUID teacher) {
        LessonRecord lesson = new LessonRecord();
        lesson.setId(Ids.next());
        lesson.setJournalId(journalId);
        lesson.setLessonDate(date);
        lesson.setPeriodNo(1);
        lesson.setLessonType("REGULAR");
        lesson.setTeacherId(teacher);
        OffsetDateTime at = date.atTime(12, 0).atOffset(ZoneOffset.UTC);
        lesson.setFirstFilledAt(at);
        lesson.setChangedAt(at);
        store.run(Actor.SYSTEM, w -> w.insert(lesson));
        return lesson.getId();
    }

    /** The key of the problem the call is refused with; fails when anything was written. */
    String problemOf(Runnable call) {
        return Refusals.problemOf(log, call);
    }

    @Override
    public void close() {
        database.close();
    }
}
