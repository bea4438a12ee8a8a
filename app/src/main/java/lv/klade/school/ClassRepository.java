package lv.klade.school;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import lv.klade.db.JournalStore;
import lv.klade.db.Writes;
import lv.klade.db.generated.tables.records.GroupMemberRecord;
import lv.klade.db.generated.tables.records.JournalRecord;
import lv.klade.db.generated.tables.records.JournalTeacherRecord;
import lv.klade.db.generated.tables.records.ProgrammeRecord;
import lv.klade.db.generated.tables.records.SchoolClassRecord;
import lv.klade.db.generated.tables.records.StudentGroupRecord;
import lv.klade.db.generated.tables.records.SubjectRecord;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.DSLContext;

import static lv.klade.db.generated.Tables.GROUP_MEMBER;
import static lv.klade.db.generated.Tables.JOURNAL;
import static lv.klade.db.generated.Tables.JOURNAL_TEACHER;
import static lv.klade.db.generated.Tables.PROGRAMME;
import static lv.klade.db.generated.Tables.SCHOOL_CLASS;
import static lv.klade.db.generated.Tables.STUDENT_GROUP;
import static lv.klade.db.generated.Tables.SUBJECT;

/** Programmes, subjects, classes, groups and journals. Reads are public; writes belong to {@link ClassService}. */
public final class ClassRepository {
    private final JournalStore store;

    public ClassRepository(JournalStore store) {
        this.store = store;
    }

    // --- reads ---

    public List<Programme> programmes() {
        return programmes(store.dsl());
    }

    public List<Subject> subjects() {
        return store.dsl().selectFrom(SUBJECT).orderBy(SUBJECT.NAME).fetch(ClassRepository::toSubject);
    }

    /** The classes of a year, by form and name. */
    public List<SchoolClass> classes(UUID yearId) {
        return classes(store.dsl(), yearId);
    }

    public Optional<SchoolClass> schoolClass(UUID classId) {
        return schoolClass(store.dsl(), classId);
    }

    public List<StudentGroup> groups(UUID yearId) {
        return groups(store.dsl(), yearId);
    }

    /** The students of a group. */
    public List<UUID> groupMembers(UUID groupId) {
        return memberIds(store.dsl(), groupId);
    }

    /** The journals of a year, by name, each with its teachers. */
    public List<Journal> journals(UUID yearId) {
        return journals(JOURNAL.YEAR_ID.eq(yearId));
    }

    /** The journals of a year in which a staff member teaches, in any role. */
    public List<Journal> journalsOfTeacher(UUID yearId, UUID staffId) {
        return journals(JOURNAL.YEAR_ID.eq(yearId).and(JOURNAL.ID.in(
                store.dsl().select(JOURNAL_TEACHER.JOURNAL_ID).from(JOURNAL_TEACHER)
                        .where(JOURNAL_TEACHER.STAFF_ID.eq(staffId)))));
    }

    public int classCount(UUID yearId) {
        return store.dsl().fetchCount(SCHOOL_CLASS, SCHOOL_CLASS.YEAR_ID.eq(yearId));
    }

    public int journalCount(UUID yearId) {
        return store.dsl().fetchCount(JOURNAL, JOURNAL.YEAR_ID.eq(yearId));
    }

    // --- reads inside a write ---

    List<Programme> programmes(Writes w) {
        return programmes(w.dsl());
    }

    Optional<Subject> subject(Writes w, UUID subjectId) {
        return w.dsl().selectFrom(SUBJECT).where(SUBJECT.ID.eq(subjectId)).fetchOptional(ClassRepository::toSubject);
    }

    boolean subjectNamed(Writes w, String name) {
        return w.dsl().fetchExists(SUBJECT, SUBJECT.NAME.equalIgnoreCase(name));
    }

    List<SchoolClass> classes(Writes w, UUID yearId) {
        return classes(w.dsl(), yearId);
    }

    Optional<SchoolClass> schoolClass(Writes w, UUID classId) {
        return schoolClass(w.dsl(), classId);
    }

    List<StudentGroup> groups(Writes w, UUID yearId) {
        return groups(w.dsl(), yearId);
    }

    Optional<StudentGroup> group(Writes w, UUID groupId) {
        return w.dsl().selectFrom(STUDENT_GROUP).where(STUDENT_GROUP.ID.eq(groupId))
                .fetchOptional(ClassRepository::toGroup);
    }

    List<UUID> memberIds(Writes w, UUID groupId) {
        return memberIds(w.dsl(), groupId);
    }

    Optional<UUID> memberRowId(Writes w, UUID groupId, UUID studentId) {
        return w.dsl().select(GROUP_MEMBER.ID).from(GROUP_MEMBER)
                .where(GROUP_MEMBER.GROUP_ID.eq(groupId).and(GROUP_MEMBER.STUDENT_ID.eq(studentId)))
                .fetchOptional(GROUP_MEMBER.ID);
    }

    /** The journal_teacher rows of a journal: row id to teacher. */
    Map<UUID, JournalTeacher> teacherRows(Writes w, UUID journalId) {
        return w.dsl().selectFrom(JOURNAL_TEACHER).where(JOURNAL_TEACHER.JOURNAL_ID.eq(journalId))
                .fetchMap(JOURNAL_TEACHER.ID, ClassRepository::toTeacher);
    }

    boolean journalExists(Writes w, UUID journalId) {
        return w.dsl().fetchExists(JOURNAL, JOURNAL.ID.eq(journalId));
    }

    // --- writes ---

    void insert(Writes w, Programme programme) {
        ProgrammeRecord r = new ProgrammeRecord();
        r.setId(programme.id());
        r.setCode(programme.code());
        r.setName(programme.name());
        w.insert(r);
    }

    void insert(Writes w, Subject subject) {
        SubjectRecord r = new SubjectRecord();
        r.setId(subject.id());
        r.setName(subject.name());
        r.setShortName(subject.shortName());
        w.insert(r);
    }

    void insert(Writes w, SchoolClass schoolClass) {
        SchoolClassRecord r = new SchoolClassRecord();
        r.setId(schoolClass.id());
        r.setYearId(schoolClass.yearId());
        r.setName(schoolClass.name());
        r.setForm(schoolClass.form());
        r.setProgrammeId(schoolClass.programmeId());
        r.setTutorId(schoolClass.tutorId());
        w.insert(r);
    }

    void setTutor(Writes w, UUID classId, UUID tutorId) {
        // Map.of refuses null, and removing the tutor writes NULL.
        Map<Field<?>, Object> values = new HashMap<>();
        values.put(SCHOOL_CLASS.TUTOR_ID, tutorId);
        w.update(SCHOOL_CLASS, classId, values);
    }

    void insert(Writes w, StudentGroup group) {
        StudentGroupRecord r = new StudentGroupRecord();
        r.setId(group.id());
        r.setYearId(group.yearId());
        r.setName(group.name());
        r.setClassId(group.classId());
        w.insert(r);
    }

    void insertMember(Writes w, UUID groupId, UUID studentId, UUID rowId) {
        GroupMemberRecord r = new GroupMemberRecord();
        r.setId(rowId);
        r.setGroupId(groupId);
        r.setStudentId(studentId);
        w.insert(r);
    }

    void deleteMember(Writes w, UUID rowId) {
        w.delete(GROUP_MEMBER, rowId);
    }

    void insert(Writes w, Journal journal) {
        JournalRecord r = new JournalRecord();
        r.setId(journal.id());
        r.setYearId(journal.yearId());
        r.setKind(journal.kind().name());
        r.setSubjectId(journal.subjectId());
        r.setClassId(journal.classId());
        r.setGroupId(journal.groupId());
        r.setName(journal.name());
        w.insert(r);
    }

    void insertTeacher(Writes w, UUID journalId, JournalTeacher teacher, UUID rowId) {
        JournalTeacherRecord r = new JournalTeacherRecord();
        r.setId(rowId);
        r.setJournalId(journalId);
        r.setStaffId(teacher.staffId());
        r.setRole(teacher.role().name());
        w.insert(r);
    }

    void deleteTeacher(Writes w, UUID rowId) {
        w.delete(JOURNAL_TEACHER, rowId);
    }

    // --- queries shared by both kinds of read ---

    private static List<Programme> programmes(DSLContext dsl) {
        return dsl.selectFrom(PROGRAMME).orderBy(PROGRAMME.CODE)
                .fetch(r -> new Programme(r.getId(), r.getCode(), r.getName()));
    }

    private static List<SchoolClass> classes(DSLContext dsl, UUID yearId) {
        return dsl.selectFrom(SCHOOL_CLASS).where(SCHOOL_CLASS.YEAR_ID.eq(yearId))
                .orderBy(SCHOOL_CLASS.FORM, SCHOOL_CLASS.NAME).fetch(ClassRepository::toClass);
    }

    private static Optional<SchoolClass> schoolClass(DSLContext dsl, UUID classId) {
        return dsl.selectFrom(SCHOOL_CLASS).where(SCHOOL_CLASS.ID.eq(classId)).fetchOptional(ClassRepository::toClass);
    }

    private static List<StudentGroup> groups(DSLContext dsl, UUID yearId) {
        return dsl.selectFrom(STUDENT_GROUP).where(STUDENT_GROUP.YEAR_ID.eq(yearId)).orderBy(STUDENT_GROUP.NAME)
                .fetch(ClassRepository::toGroup);
    }

    private static List<UUID> memberIds(DSLContext dsl, UUID groupId) {
        return dsl.select(GROUP_MEMBER.STUDENT_ID).from(GROUP_MEMBER).where(GROUP_MEMBER.GROUP_ID.eq(groupId))
                .fetch(GROUP_MEMBER.STUDENT_ID);
    }

    private List<Journal> journals(Condition which) {
        DSLContext dsl = store.dsl();
        // Two queries for any number of journals: the journals, then all their teachers.
        Map<UUID, List<JournalTeacher>> teachers = dsl.selectFrom(JOURNAL_TEACHER)
                .where(JOURNAL_TEACHER.JOURNAL_ID.in(dsl.select(JOURNAL.ID).from(JOURNAL).where(which)))
                .orderBy(JOURNAL_TEACHER.ROLE.desc(), JOURNAL_TEACHER.STAFF_ID)
                .fetchGroups(JOURNAL_TEACHER.JOURNAL_ID).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey,
                        e -> e.getValue().stream().map(ClassRepository::toTeacher).toList()));
        return dsl.selectFrom(JOURNAL).where(which).orderBy(JOURNAL.NAME)
                .fetch(r -> toJournal(r, teachers.getOrDefault(r.getId(), List.of())));
    }

    private static Journal toJournal(JournalRecord r, List<JournalTeacher> teachers) {
        return new Journal(r.getId(), r.getYearId(), JournalKind.valueOf(r.getKind()), r.getSubjectId(),
                r.getClassId(), r.getGroupId(), r.getName(), teachers);
    }

    private static JournalTeacher toTeacher(JournalTeacherRecord r) {
        return new JournalTeacher(r.getStaffId(), TeacherRole.valueOf(r.getRole()));
    }

    private static Subject toSubject(SubjectRecord r) {
        return new Subject(r.getId(), r.getName(), r.getShortName());
    }

    private static SchoolClass toClass(SchoolClassRecord r) {
        return new SchoolClass(r.getId(), r.getYearId(), r.getName(), r.getForm(), r.getProgrammeId(), r.getTutorId());
    }

    private static StudentGroup toGroup(StudentGroupRecord r) {
        return new StudentGroup(r.getId(), r.getYearId(), r.getName(), r.getClassId());
    }
}
