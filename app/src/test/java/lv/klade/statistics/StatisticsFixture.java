package lv.klade.statistics;

import java.nio.file.Path;
import java.time.Clock;
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
import lv.klade.db.generated.tables.records.AbsenceJustificationRecord;
import lv.klade.db.generated.tables.records.AttendanceMarkRecord;
import lv.klade.db.generated.tables.records.GradeRecord;
import lv.klade.db.generated.tables.records.LessonRecord;
import lv.klade.i18n.Messages;
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

/**
 * A small journal with figures worked out by hand. Year 2026/27; 7.a (programme 21011111, tutor
 * "audz") with Anna, Berta, Cilda; 2.a (no programme) with Dace, Elza; a group "7.a angļu" of Anna
 * and Berta. Teacher "mat" teaches maths in 7.a; "otra" Latvian in 7.a, maths in 2.a and English in
 * the group. Grades, lessons and absences are bare rows (the features' rules are not the point).
 *
 * <pre>
 * maths 7.a   Anna 8, 6, i, 85%, semester 9 (not counted) · Berta 10 · Cilda nv, 4
 *             lessons 15.09, 16.09 held, 17.09 not held; absent: Anna n 15.09, Berta ns 16.09,
 *             Cilda n 16.09 justified by the tutor; Anna nk 16.09 (late, not an absence)
 * Latvian 7.a Anna 7 · Berta 5; lesson 15.09, Cilda n
 * English grp Anna 9 · Berta 9; lesson 15.09, nobody absent
 * maths 2.a   Dace S, A · Elza P; lesson 15.09, Elza n
 * </pre>
 */
final class StatisticsFixture implements AutoCloseable {
    static final LocalDate SEP15 = LocalDate.of(2026, 9, 15);
    static final LocalDate SEP16 = LocalDate.of(2026, 9, 16);
    static final LocalDate SEP17 = LocalDate.of(2026, 9, 17);
    private static final DirectorOrder ORDER = new DirectorOrder("1-12/1", LocalDate.of(2026, 8, 28));

    final Database database;
    final JournalStore store;
    final SchoolRepository school;
    final StaffService staff;
    final StatisticsService statistics;
    final UUID yearId;
    final UUID class7a;
    final UUID class2a;
    final UUID maths;
    final UUID anna;
    final UUID maths7a;
    private final ClassService classes;
    private final StudentService students;
    private int serial = 100;

    StatisticsFixture(Path dir, Clock clock, Messages messages) {
        database = Database.create(dir.resolve("j"), clock);
        store = new JournalStore(database, clock);
        school = new SchoolRepository(store);
        SchoolService schoolService = new SchoolService(store, school);
        classes = new ClassService(store, school, new ClassRepository(store));
        students = new StudentService(store);
        staff = new StaffService(store);
        statistics = new StatisticsService(new StatisticsRepository(store), school, messages);
        yearId = store.write(Actor.SYSTEM, w -> schoolService.defaultYear(w,
                schoolService.createSchool(w, "Rīgas 1. vidusskola", null, null), 2026));
        UUID mat = staff("mat", "Māra", "Ozola", RoleGrant.of(Role.SUBJECT_TEACHER));
        UUID otra = staff("otra", "Olga", "Kalna", RoleGrant.of(Role.SUBJECT_TEACHER));
        staff("vietn", "Vita", "Liepa", RoleGrant.of(Role.DEPUTY_DIRECTOR));
        staff("lietv", "Laila", "Krasta", RoleGrant.of(Role.REGISTRAR));
        UUID programme = classes.addProgramme(Actor.SYSTEM, "21011111", "Pamatizglītība");
        class7a = classes.addClass(Actor.SYSTEM, yearId, "7.a", 7, programme, null);
        class2a = classes.addClass(Actor.SYSTEM, yearId, "2.a", 2, null, null);
        UUID audz = staff("audz", "Ilze", "Sila", RoleGrant.tutorOf(class7a));
        classes.setTutor(Actor.SYSTEM, class7a, audz);
        maths = classes.addSubject(Actor.SYSTEM, "Matemātika", "Mat.");
        UUID latvian = classes.addSubject(Actor.SYSTEM, "Latviešu valoda", "Latv.");
        UUID english = classes.addSubject(Actor.SYSTEM, "Angļu valoda", "Angļu");
        anna = student("Anna", class7a);
        UUID berta = student("Berta", class7a);
        UUID cilda = student("Cilda", class7a);
        UUID dace = student("Dace", class2a);
        UUID elza = student("Elza", class2a);
        UUID group = classes.addGroup(Actor.SYSTEM, yearId, "7.a angļu", class7a);
        classes.addGroupMembers(Actor.SYSTEM, group, List.of(anna, berta));

        maths7a = journal(NewJournal.forClass(yearId, JournalKind.SUBJECT, maths, class7a, List.of()), mat);
        UUID latvian7a = journal(NewJournal.forClass(yearId, JournalKind.SUBJECT, latvian, class7a, List.of()), otra);
        UUID englishGroup = journal(NewJournal.forGroup(yearId, JournalKind.SUBJECT, english, group, List.of()), otra);
        UUID maths2a = journal(NewJournal.forClass(yearId, JournalKind.SUBJECT, maths, class2a, List.of()), otra);

        grade(maths7a, anna, "FORMATIVE", "8", SEP15);
        grade(maths7a, anna, "SUMMATIVE", "6", SEP16);
        grade(maths7a, anna, "FORMATIVE", "i", SEP16);
        grade(maths7a, anna, "FORMATIVE", "85%", SEP16);
        grade(maths7a, anna, "SEMESTER", "9", LocalDate.of(2026, 12, 18));
        grade(maths7a, berta, "SUMMATIVE", "10", SEP16);
        grade(maths7a, cilda, "TEST", "nv", SEP15);
        grade(maths7a, cilda, "TEST", "4", SEP16);
        grade(latvian7a, anna, "SUMMATIVE", "7", SEP15);
        grade(latvian7a, berta, "SUMMATIVE", "5", SEP15);
        grade(englishGroup, anna, "SUMMATIVE", "9", SEP15);
        grade(englishGroup, berta, "SUMMATIVE", "9", SEP15);
        grade(maths2a, dace, "FORMATIVE", "S", SEP15);
        grade(maths2a, dace, "FORMATIVE", "A", SEP16);
        grade(maths2a, elza, "FORMATIVE", "P", SEP16);

        UUID m15 = lesson(maths7a, SEP15, mat, "REGULAR");
        UUID m16 = lesson(maths7a, SEP16, mat, "REGULAR");
        lesson(maths7a, SEP17, mat, "NOT_HELD");
        mark(m15, anna, "n", null);
        mark(m16, berta, "ns", null);
        mark(m16, cilda, "n", justification(cilda, SEP16));
        mark(m16, anna, "nk", null);
        mark(lesson(latvian7a, SEP15, otra, "REGULAR"), cilda, "n", null);
        lesson(englishGroup, SEP15, otra, "REGULAR");
        mark(lesson(maths2a, SEP15, otra, "REGULAR"), elza, "n", null);
    }

    StaffMember member(String login) {
        return staff.byLogin(login).orElseThrow();
    }

    private UUID staff(String login, String first, String last, RoleGrant role) {
        return staff.add(Actor.SYSTEM, new StaffData(first, last, null, null, null, login,
                new PasswordHasher(1).hash("parole".toCharArray()), Set.of(role)));
    }

    private UUID student(String first, UUID classId) {
        serial += 10;
        LocalDate born = LocalDate.of(2013, 3, 14);
        StudentData data = new StudentData(first, "Zariņa", PersonalCode.forBirthDate(born, serial).value(), born,
                Gender.F, null, null, null, null, null);
        return students.admit(Actor.SYSTEM, new Admission(data, classId, LocalDate.of(2026, 9, 1), ORDER, List.of()));
    }

    private UUID journal(NewJournal journal, UUID teacher) {
        UUID id = classes.addJournal(Actor.SYSTEM, journal);
        classes.addJournalTeacher(Actor.SYSTEM, id, JournalTeacher.teacher(teacher));
        return id;
    }

    private void grade(UUID journalId, UUID studentId, String kind, String mark, LocalDate date) {
        GradeRecord grade = new GradeRecord();
        grade.setId(Ids.next());
        grade.setJournalId(journalId);
        grade.setStudentId(studentId);
        grade.setKind(kind);
        grade.setMark(mark);
        grade.setWorkDate(date);
        grade.setEnteredAt(at(date));
        store.run(Actor.SYSTEM, w -> w.insert(grade));
    }

    private UUID lesson(UUID journalId, LocalDate date, UUID teacher, String type) {
        LessonRecord lesson = new LessonRecord();
        lesson.setId(Ids.next());
        lesson.setJournalId(journalId);
        lesson.setLessonDate(date);
        lesson.setPeriodNo(1);
        lesson.setLessonType(type);
        lesson.setTeacherId(teacher);
        lesson.setFirstFilledAt(at(date));
        lesson.setChangedAt(at(date));
        store.run(Actor.SYSTEM, w -> w.insert(lesson));
        return lesson.getId();
    }

    private UUID justification(UUID studentId, LocalDate day) {
        AbsenceJustificationRecord row = new AbsenceJustificationRecord();
        row.setId(Ids.next());
        row.setStudentId(studentId);
        row.setReason("ILLNESS");
        row.setStarts(day);
        row.setEnds(day);
        row.setJustifiedAt(at(day));
        store.run(Actor.SYSTEM, w -> w.insert(row));
        return row.getId();
    }

    private void mark(UUID lessonId, UUID studentId, String code, UUID justificationId) {
        AttendanceMarkRecord mark = new AttendanceMarkRecord();
        mark.setId(Ids.next());
        mark.setLessonId(lessonId);
        mark.setStudentId(studentId);
        mark.setCode(code);
        mark.setLessonDate(store.dsl().select(lv.klade.db.generated.Tables.LESSON.LESSON_DATE)
                .from(lv.klade.db.generated.Tables.LESSON).where(lv.klade.db.generated.Tables.LESSON.ID.eq(lessonId))
                .fetchOne().value1());
        mark.setMarkedAt(at(mark.getLessonDate()));
        mark.setJustificationId(justificationId);
        store.run(Actor.SYSTEM, w -> w.insert(mark));
    }

    private static OffsetDateTime at(LocalDate date) {
        return date.atTime(12, 0).atOffset(ZoneOffset.UTC);
    }

    @Override
    public void close() {
        database.close();
    }
}
