package lv.klade.checks;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.db.Database;
import lv.klade.db.Ids;
import lv.klade.db.JournalStore;
import lv.klade.db.generated.tables.records.AttendanceMarkRecord;
import lv.klade.db.generated.tables.records.GradeRecord;
import lv.klade.db.generated.tables.records.LessonRecord;
import lv.klade.db.generated.tables.records.PlannedTestRecord;
import lv.klade.db.generated.tables.records.SchoolSettingRecord;
import lv.klade.db.generated.tables.records.TimetableEntryRecord;
import lv.klade.db.generated.tables.records.TimetableVersionRecord;
import lv.klade.db.generated.tables.records.TranscriptIssueRecord;
import lv.klade.i18n.Messages;
import lv.klade.lessons.AbsenceRepository;
import lv.klade.lessons.AbsenceService;
import lv.klade.lessons.LessonRepository;
import lv.klade.people.Admission;
import lv.klade.people.DirectorOrder;
import lv.klade.people.Gender;
import lv.klade.people.PasswordHasher;
import lv.klade.people.PersonalCode;
import lv.klade.people.Role;
import lv.klade.people.RoleGrant;
import lv.klade.people.StaffData;
import lv.klade.people.StaffMember;
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
import lv.klade.school.TeacherRole;
import lv.klade.timetable.TimetableRepository;

/**
 * A school of 2026/27 seen on Tuesday 10 November 2026 at 12:00 in Riga: classes 7.a and 7.b, a maths
 * journal each (teacher Anna), an accompanist on 7.a's, a deputy director. Tests plant rows as bare
 * records with the times they need, since entry times are what the checks read.
 */
final class ChecksFixture implements AutoCloseable {
    static final Instant NOW = LocalDate.of(2026, 11, 10).atTime(12, 0).atZone(Messages.RIGA).toInstant();
    static final DirectorOrder ORDER = new DirectorOrder("1-12/1", LocalDate.of(2026, 8, 28));

    final Database database;
    final JournalStore store;
    final SchoolRepository school;
    final ClassRepository classRepository;
    final StaffService staff;
    final UUID yearId;
    final UUID class7a;
    final UUID class7b;
    final UUID journal7a;
    final UUID journal7b;
    final UUID anna;
    final UUID accompanist;
    final StaffMember deputy;
    final StaffMember teacher;
    final UUID pupilA;
    final UUID pupilB;
    final ChecksService checks;
    final InspectionService inspections;
    private int serial = 100;

    ChecksFixture(Path dir) {
        Clock clock = Clock.fixed(NOW, Messages.RIGA);
        database = Database.create(dir.resolve("j"), clock);
        store = new JournalStore(database, clock);
        school = new SchoolRepository(store);
        SchoolService schoolService = new SchoolService(store, school);
        classRepository = new ClassRepository(store);
        ClassService classes = new ClassService(store, school, classRepository);
        staff = new StaffService(store);
        yearId = store.write(Actor.SYSTEM, w -> schoolService.defaultYear(w,
                schoolService.createSchool(w, "Rīgas 1. vidusskola", null, null), 2026));
        UUID maths = classes.addSubject(Actor.SYSTEM, "Matemātika", "Mat.");
        anna = person("anna", Role.SUBJECT_TEACHER);
        accompanist = person("koncertmeistars", Role.ACCOMPANIST);
        deputy = staff.byId(person("vietnieks", Role.DEPUTY_DIRECTOR)).orElseThrow();
        teacher = staff.byId(anna).orElseThrow();
        class7a = classes.addClass(Actor.SYSTEM, yearId, "7.a", 7, null, null);
        class7b = classes.addClass(Actor.SYSTEM, yearId, "7.b", 7, null, null);
        journal7a = classes.addJournal(Actor.SYSTEM, NewJournal.forClass(yearId, JournalKind.SUBJECT, maths, class7a,
                List.of(JournalTeacher.teacher(anna), new JournalTeacher(accompanist, TeacherRole.ACCOMPANIST))));
        journal7b = classes.addJournal(Actor.SYSTEM, NewJournal.forClass(yearId, JournalKind.SUBJECT, maths, class7b,
                List.of(JournalTeacher.teacher(anna))));
        StudentService students = new StudentService(store);
        pupilA = pupil(students, "Ilze", "Kalniņa");
        pupilB = pupil(students, "Jānis", "Ozols");
        LessonRepository lessons = new LessonRepository(store);
        AbsenceService absences = new AbsenceService(store, school, classRepository, lessons,
                new AbsenceRepository(store));
        checks = new ChecksService(store, school, classRepository, new TimetableRepository(store, school), lessons,
                absences, new ChecksRepository(store), clock);
        inspections = new InspectionService(store, new InspectionRepository(store), school, classRepository);
    }

    private UUID person(String login, Role role) {
        return staff.add(Actor.SYSTEM, new StaffData("Anna", login, null, null, null, login,
                new PasswordHasher(1).hash("parole".toCharArray()), Set.of(RoleGrant.of(role))));
    }

    private UUID pupil(StudentService students, String first, String last) {
        serial += 10;
        LocalDate born = LocalDate.of(2013, 3, 14);
        StudentData data = new StudentData(first, last, PersonalCode.forBirthDate(born, serial).value(), born,
                Gender.F, null, null, null, null, null);
        return students.admit(Actor.SYSTEM, new Admission(data, class7a, LocalDate.of(2026, 9, 1), ORDER, List.of()));
    }

    static OffsetDateTime riga(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(Messages.RIGA).toOffsetDateTime();
    }

    /** A lesson of the journal on a day and period, first filled at {@code filled} (Riga time), of a kind. */
    UUID lesson(UUID journalId, LocalDate date, int period, UUID teacherId, String kind, OffsetDateTime filled) {
        LessonRecord lesson = new LessonRecord();
        lesson.setId(Ids.next());
        lesson.setJournalId(journalId);
        lesson.setLessonDate(date);
        lesson.setPeriodNo(period);
        lesson.setLessonType(kind);
        lesson.setTeacherId(teacherId);
        lesson.setTopic("Daļskaitļi");
        lesson.setFirstFilledAt(filled);
        lesson.setChangedAt(filled);
        store.run(Actor.SYSTEM, w -> w.insert(lesson));
        return lesson.getId();
    }

    void grade(UUID journalId, UUID student, String kind, LocalDate work, OffsetDateTime entered, UUID testId) {
        GradeRecord g = new GradeRecord();
        g.setId(Ids.next());
        g.setStudentId(student);
        g.setJournalId(journalId);
        g.setKind(kind);
        g.setMark("7");
        g.setWorkDate(work);
        g.setEnteredAt(entered.withOffsetSameInstant(ZoneOffset.UTC));
        g.setEnteredBy(anna);
        g.setTestId(testId);
        store.run(Actor.SYSTEM, w -> w.insert(g));
    }

    UUID plannedTest(UUID journalId, UUID classId, LocalDate date) {
        PlannedTestRecord t = new PlannedTestRecord();
        t.setId(Ids.next());
        t.setClassId(classId);
        t.setJournalId(journalId);
        t.setTestDate(date);
        t.setLessons(1);
        t.setScope("END_OF_TOPIC");
        t.setTopic("Daļskaitļi");
        t.setState("PUBLISHED");
        store.run(Actor.SYSTEM, w -> w.insert(t));
        return t.getId();
    }

    void mark(UUID lessonId, UUID student, LocalDate date, String code) {
        AttendanceMarkRecord m = new AttendanceMarkRecord();
        m.setId(Ids.next());
        m.setLessonId(lessonId);
        m.setStudentId(student);
        m.setCode(code);
        m.setLessonDate(date);
        m.setMarkedAt(riga(date, 9, 0));
        store.run(Actor.SYSTEM, w -> w.insert(m));
    }

    void setting(String key, String value) {
        SchoolSettingRecord s = new SchoolSettingRecord();
        s.setId(Ids.next());
        s.setSettingKey(key);
        s.setSettingValue(value);
        store.run(Actor.SYSTEM, w -> w.insert(s));
    }

    /** A timetable valid on the days with one entry of the journal on a weekday (1 Monday) and period. */
    void timetable(LocalDate from, LocalDate to, UUID journalId, int weekday, int period) {
        TimetableVersionRecord v = new TimetableVersionRecord();
        v.setId(Ids.next());
        v.setYearId(yearId);
        v.setName("Rudens");
        v.setValidFrom(from);
        v.setValidTo(to);
        TimetableEntryRecord e = new TimetableEntryRecord();
        e.setId(Ids.next());
        e.setVersionId(v.getId());
        e.setWeekDay(weekday);
        e.setPeriodNo(period);
        e.setJournalId(journalId);
        e.setTeacherId(anna);
        store.run(Actor.SYSTEM, w -> {
            w.insert(v);
            w.insert(e);
        });
    }

    void transcriptIssued(UUID classId, String month, OffsetDateTime at) {
        TranscriptIssueRecord r = new TranscriptIssueRecord();
        r.setId(Ids.next());
        r.setClassId(classId);
        r.setIssuedMonth(month);
        r.setIssuedAt(at);
        store.run(Actor.SYSTEM, w -> w.insert(r));
    }

    @Override
    public void close() {
        database.close();
    }
}
