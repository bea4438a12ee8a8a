package lv.klade.sync;

import lv.klade.testing.TestLogins;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.db.Database;
import lv.klade.db.JournalStore;
import lv.klade.people.StaffMember;
import lv.klade.people.StaffService;
import lv.klade.people.Student;
import lv.klade.people.StudentData;
import lv.klade.people.StudentService;
import lv.klade.school.SchoolRepository;
import lv.klade.school.SchoolService;

/** One open copy of a school's journal in a sync test: the central copy or a PC, with its services. */
final class Copy implements AutoCloseable {
    final Path path;
    /** The name the central copy knows this copy by. */
    final String name;
    final Database database;
    final JournalStore store;
    final SchoolRepository schools;
    final SchoolService school;
    final StaffService staff;
    final StudentService students;
    final SyncService sync;
    final ReplicaRepository replica;
    final lv.klade.school.ClassRepository classes;
    final lv.klade.lessons.LessonService lessons;
    final lv.klade.lessons.AbsenceService absences;
    final lv.klade.grades.GradeService grades;
    final lv.klade.grades.TestPlannerService planner;

    Copy(Path path, String name, Clock clock) {
        this.path = path;
        this.name = name;
        this.database = Database.openForTestsWithoutSync(path, TestLogins.key(path), clock);
        this.store = new JournalStore(database, clock);
        this.schools = new SchoolRepository(store);
        this.school = new SchoolService(store, schools);
        this.staff = new StaffService(store);
        this.students = new StudentService(store);
        this.sync = new SyncService(store, schools, staff, ChangeRules.forSchool());
        this.replica = new ReplicaRepository(store);
        this.classes = new lv.klade.school.ClassRepository(store);
        var lessonRows = new lv.klade.lessons.LessonRepository(store);
        this.lessons = new lv.klade.lessons.LessonService(store, schools,
                new lv.klade.timetable.TimetableRepository(store, schools), lessonRows, lv.klade.i18n.Messages.latvian());
        this.absences = new lv.klade.lessons.AbsenceService(store, schools, classes, lessonRows,
                new lv.klade.lessons.AbsenceRepository(store));
        this.grades = new lv.klade.grades.GradeService(store, schools);
        this.planner = new lv.klade.grades.TestPlannerService(store, schools, staff);
    }

    Actor actor(String login) {
        return Actor.user(member(login).id());
    }

    StaffMember member(String login) {
        return staff.byLogin(login).orElseThrow();
    }

    /** Imports one package, as by the CLI, and what came of it. */
    PackageResult importOne(Path file) {
        return sync.importPackages(Actor.SYSTEM, List.of(file)).packages().get(0);
    }

    /** Why a package was refused whole, or empty text when it was not. */
    static String refusalKey(PackageResult result) {
        return result.refusal().map(lv.klade.i18n.Problem::key).orElse("");
    }

    /** The rows of every synced table: what must be equal on every copy once sync is done. */
    Map<String, List<String>> content() {
        return replica.dump(false);
    }

    /** Everything in the journal, this PC's own state too: what a refused package must not touch. */
    Map<String, List<String>> everything() {
        return replica.dump(true);
    }

    UUID yearId() {
        return schools.currentYear().orElseThrow().id();
    }

    void setPhone(Actor actor, Student s, String phone) {
        students.update(actor, s.id(), new StudentData(s.firstName(), s.lastName(), s.personalCode().value(),
                s.birthDate(), s.gender(), phone, s.actualAddress(), s.declaredAddress(), s.idDocument(),
                s.programmeId()));
    }

    /**
     * A grade written without the grade service's rights check, which refuses it on a PC: what a PC
     * with an older Klade, or a tampered one, could still send.
     */
    UUID gradeWithoutRightsCheck(Actor actor, UUID student, UUID journal, java.time.LocalDate day) {
        var grade = new lv.klade.db.generated.tables.records.GradeRecord();
        grade.setId(lv.klade.db.Ids.next());
        grade.setStudentId(student);
        grade.setJournalId(journal);
        grade.setKind(lv.klade.grades.GradeKind.TEST.name());
        grade.setMark(new lv.klade.grades.Grade.Points(3).typed());
        grade.setWorkDate(day);
        grade.setEnteredAt(java.time.OffsetDateTime.of(day.atTime(12, 0), java.time.ZoneOffset.UTC));
        grade.setEnteredBy(actor.userId());
        store.run(actor, w -> w.insert(grade));
        return grade.getId();
    }

    /** A student of some class other than {@code notIn}. */
    Student studentOutside(UUID notIn) {
        return new lv.klade.school.ClassRepository(store).classes(yearId()).stream()
                .filter(c -> !c.id().equals(notIn))
                .flatMap(c -> students.ofClass(c.id()).stream())
                .findFirst().orElseThrow();
    }

    Student student(UUID id) {
        return students.details(id).orElseThrow().student();
    }

    @Override
    public void close() {
        database.close();
    }
}
