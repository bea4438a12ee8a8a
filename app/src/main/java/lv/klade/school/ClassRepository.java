package lv.klade.school;

import java.time.LocalDate;
import java.util.Collection;
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
import lv.klade.i18n.Messages;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

import static lv.klade.db.generated.Tables.ENROLMENT;
import static lv.klade.db.generated.Tables.GRADE;
import static lv.klade.db.generated.Tables.GROUP_MEMBER;
import static lv.klade.db.generated.Tables.JOURNAL;
import static lv.klade.db.generated.Tables.JOURNAL_TEACHER;
import static lv.klade.db.generated.Tables.LESSON;
import static lv.klade.db.generated.Tables.PLANNED_TEST;
import static lv.klade.db.generated.Tables.PROGRAMME;
import static lv.klade.db.generated.Tables.SCHOOL_CLASS;
import static lv.klade.db.generated.Tables.STAFF;
import static lv.klade.db.generated.Tables.STAFF_ROLE;
import static lv.klade.db.generated.Tables.STUDENT;
import static lv.klade.db.generated.Tables.STUDENT_GROUP;
import static lv.klade.db.generated.Tables.SUBJECT;
import static lv.klade.db.generated.Tables.SUBSTITUTE_ASSIGNMENT;
import static lv.klade.db.generated.Tables.TIMETABLE_ENTRY;

/** Programmes, subjects, classes, groups and journals. Reads are public; writes belong to {@link ClassService}. */
public final class ClassRepository {
    private static final String ADMINISTRATOR = "ADMINISTRATOR";
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

    /**
     * The journals of a year in which a staff member teaches, in any role, today or from a later day:
     * a teacher who handed a journal over (their last day is past) no longer has it.
     */
    public List<Journal> journalsOfTeacher(UUID yearId, UUID staffId) {
        LocalDate today = LocalDate.now(store.clock().withZone(Messages.RIGA));
        return journals(JOURNAL.YEAR_ID.eq(yearId).and(JOURNAL.ID.in(
                store.dsl().select(JOURNAL_TEACHER.JOURNAL_ID).from(JOURNAL_TEACHER)
                        .where(JOURNAL_TEACHER.STAFF_ID.eq(staffId))
                        .and(JOURNAL_TEACHER.ENDS.isNull().or(JOURNAL_TEACHER.ENDS.ge(today))))));
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

    Optional<Programme> programme(Writes w, UUID programmeId) {
        return programmes(w.dsl()).stream().filter(p -> p.id().equals(programmeId)).findFirst();
    }

    List<Subject> subjects(Writes w) {
        return w.dsl().selectFrom(SUBJECT).fetch(ClassRepository::toSubject);
    }

    Optional<Journal> journal(Writes w, UUID journalId) {
        return w.dsl().selectFrom(JOURNAL).where(JOURNAL.ID.eq(journalId))
                .fetchOptional(r -> toJournal(r, List.of()));
    }

    /** The journals whose name starts with their class's or group's name. */
    List<Journal> journalsOf(Writes w, UUID classId, UUID groupId) {
        Condition owner = classId != null ? JOURNAL.CLASS_ID.eq(classId) : JOURNAL.GROUP_ID.eq(groupId);
        return w.dsl().selectFrom(JOURNAL).where(owner).fetch(r -> toJournal(r, List.of()));
    }

    List<Journal> journalsOfSubject(Writes w, UUID subjectId) {
        return w.dsl().selectFrom(JOURNAL).where(JOURNAL.SUBJECT_ID.eq(subjectId)).fetch(r -> toJournal(r, List.of()));
    }

    /**
     * Whether the actor may change master data: Klade itself, or an administrator whose account is
     * not revoked. The role's stored name is people's {@code Role.ADMINISTRATOR}, which school does
     * not depend on.
     */
    boolean mayEditMasterData(Writes w) {
        UUID staffId = w.actor().userId();
        return staffId == null || w.dsl().fetchExists(STAFF, STAFF.ID.eq(staffId).and(STAFF.REVOKED.isFalse())
                .and(DSL.exists(DSL.selectOne().from(STAFF_ROLE)
                        .where(STAFF_ROLE.STAFF_ID.eq(staffId).and(STAFF_ROLE.ROLE.eq(ADMINISTRATOR))))));
    }

    /** Whether the staff member's account is revoked: they have left the school. */
    boolean staffRevoked(Writes w, UUID staffId) {
        return w.dsl().fetchExists(STAFF, STAFF.ID.eq(staffId).and(STAFF.REVOKED.isTrue()));
    }

    /** Each student's class, for the students that have one. */
    Map<UUID, UUID> classesOfStudents(Writes w, Collection<UUID> studentIds) {
        return w.dsl().select(STUDENT.ID, STUDENT.CLASS_ID).from(STUDENT)
                .where(STUDENT.ID.in(studentIds).and(STUDENT.CLASS_ID.isNotNull()))
                .fetchMap(STUDENT.ID, STUDENT.CLASS_ID);
    }

    /** Whether anything else refers to the row: then it is ended, not deleted. */
    boolean programmeInUse(Writes w, UUID programmeId) {
        return w.dsl().fetchExists(SCHOOL_CLASS, SCHOOL_CLASS.PROGRAMME_ID.eq(programmeId));
    }

    boolean subjectInUse(Writes w, UUID subjectId) {
        return w.dsl().fetchExists(JOURNAL, JOURNAL.SUBJECT_ID.eq(subjectId));
    }

    boolean classInUse(Writes w, UUID classId) {
        DSLContext dsl = w.dsl();
        return dsl.fetchExists(JOURNAL, JOURNAL.CLASS_ID.eq(classId))
                || dsl.fetchExists(STUDENT_GROUP, STUDENT_GROUP.CLASS_ID.eq(classId))
                || dsl.fetchExists(STUDENT, STUDENT.CLASS_ID.eq(classId))
                || dsl.fetchExists(ENROLMENT, ENROLMENT.CLASS_ID.eq(classId))
                || dsl.fetchExists(STAFF_ROLE, STAFF_ROLE.CLASS_ID.eq(classId))
                || dsl.fetchExists(PLANNED_TEST, PLANNED_TEST.CLASS_ID.eq(classId));
    }

    boolean groupInUse(Writes w, UUID groupId) {
        return w.dsl().fetchExists(JOURNAL, JOURNAL.GROUP_ID.eq(groupId));
    }

    /** A journal with lessons, grades, a timetable or planned tests is kept. */
    boolean journalInUse(Writes w, UUID journalId) {
        DSLContext dsl = w.dsl();
        return dsl.fetchExists(LESSON, LESSON.JOURNAL_ID.eq(journalId))
                || dsl.fetchExists(GRADE, GRADE.JOURNAL_ID.eq(journalId))
                || dsl.fetchExists(TIMETABLE_ENTRY, TIMETABLE_ENTRY.JOURNAL_ID.eq(journalId))
                || dsl.fetchExists(SUBSTITUTE_ASSIGNMENT, SUBSTITUTE_ASSIGNMENT.JOURNAL_ID.eq(journalId))
                || dsl.fetchExists(PLANNED_TEST, PLANNED_TEST.JOURNAL_ID.eq(journalId));
    }

    /** The group_member rows of a group. */
    List<UUID> memberRowIds(Writes w, UUID groupId) {
        return w.dsl().select(GROUP_MEMBER.ID).from(GROUP_MEMBER).where(GROUP_MEMBER.GROUP_ID.eq(groupId))
                .fetch(GROUP_MEMBER.ID);
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
        update(w, SCHOOL_CLASS, classId, SCHOOL_CLASS.TUTOR_ID, tutorId);
    }

    void insert(Writes w, StudentGroup group) {
        StudentGroupRecord r = new StudentGroupRecord();
        r.setId(group.id());
        r.setYearId(group.yearId());
        r.setName(group.name());
        r.setClassId(group.classId());
        r.setKind(group.kind().name());
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
        r.setStarts(teacher.starts());
        r.setEnds(teacher.ends());
        w.insert(r);
    }

    void deleteTeacher(Writes w, UUID rowId) {
        w.delete(JOURNAL_TEACHER, rowId);
    }

    /** Sets or, with null, clears the day a row is ended from. */
    void setEnds(Writes w, MasterItem item, UUID id, LocalDate ends) {
        TableField<?, LocalDate> field = endsOf(item);
        update(w, field.getTable(), id, field, ends);
    }

    void delete(Writes w, MasterItem item, UUID id) {
        w.delete(endsOf(item).getTable(), id);
    }

    private static TableField<?, LocalDate> endsOf(MasterItem item) {
        return switch (item) {
            case PROGRAMME -> PROGRAMME.ENDS;
            case SUBJECT -> SUBJECT.ENDS;
            case CLASS -> SCHOOL_CLASS.ENDS;
            case GROUP -> STUDENT_GROUP.ENDS;
            case JOURNAL -> JOURNAL.ENDS;
        };
    }

    void rename(Writes w, Programme programme) {
        w.update(PROGRAMME, programme.id(), Map.of(PROGRAMME.CODE, programme.code(), PROGRAMME.NAME, programme.name()));
    }

    void rename(Writes w, Subject subject) {
        w.update(SUBJECT, subject.id(), Map.of(SUBJECT.NAME, subject.name(), SUBJECT.SHORT_NAME, subject.shortName()));
    }

    /** Writes a class's name, form and programme (the tutor has {@link #setTutor}). */
    void change(Writes w, SchoolClass schoolClass) {
        Map<Field<?>, Object> values = new HashMap<>();
        values.put(SCHOOL_CLASS.NAME, schoolClass.name());
        values.put(SCHOOL_CLASS.FORM, schoolClass.form());
        values.put(SCHOOL_CLASS.PROGRAMME_ID, schoolClass.programmeId());
        w.update(SCHOOL_CLASS, schoolClass.id(), values);
    }

    void renameGroup(Writes w, UUID groupId, String name) {
        w.update(STUDENT_GROUP, groupId, Map.of(STUDENT_GROUP.NAME, name));
    }

    void renameJournal(Writes w, UUID journalId, String name) {
        w.update(JOURNAL, journalId, Map.of(JOURNAL.NAME, name));
    }

    void setTeacherEnds(Writes w, UUID rowId, LocalDate ends) {
        update(w, JOURNAL_TEACHER, rowId, JOURNAL_TEACHER.ENDS, ends);
    }

    private static <T> void update(Writes w, Table<?> table, UUID id, Field<T> field, T value) {
        // Map.of refuses null, and clearing a value writes NULL.
        Map<Field<?>, Object> values = new HashMap<>();
        values.put(field, value);
        w.update(table, id, values);
    }

    // --- queries shared by both kinds of read ---

    private static List<Programme> programmes(DSLContext dsl) {
        return dsl.selectFrom(PROGRAMME).orderBy(PROGRAMME.CODE)
                .fetch(r -> new Programme(r.getId(), r.getCode(), r.getName(), r.getEnds()));
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
                .orderBy(JOURNAL_TEACHER.ROLE.desc(), JOURNAL_TEACHER.STARTS.asc().nullsFirst(), JOURNAL_TEACHER.STAFF_ID)
                .fetchGroups(JOURNAL_TEACHER.JOURNAL_ID).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey,
                        e -> e.getValue().stream().map(ClassRepository::toTeacher).toList()));
        return dsl.selectFrom(JOURNAL).where(which).orderBy(JOURNAL.NAME)
                .fetch(r -> toJournal(r, teachers.getOrDefault(r.getId(), List.of())));
    }

    private static Journal toJournal(JournalRecord r, List<JournalTeacher> teachers) {
        return new Journal(r.getId(), r.getYearId(), JournalKind.valueOf(r.getKind()), r.getSubjectId(),
                r.getClassId(), r.getGroupId(), r.getName(), teachers, r.getEnds());
    }

    private static JournalTeacher toTeacher(JournalTeacherRecord r) {
        return new JournalTeacher(r.getStaffId(), TeacherRole.valueOf(r.getRole()), r.getStarts(), r.getEnds());
    }

    private static Subject toSubject(SubjectRecord r) {
        return new Subject(r.getId(), r.getName(), r.getShortName(), r.getEnds());
    }

    private static SchoolClass toClass(SchoolClassRecord r) {
        return new SchoolClass(r.getId(), r.getYearId(), r.getName(), r.getForm(), r.getProgrammeId(), r.getTutorId(),
                r.getEnds());
    }

    private static StudentGroup toGroup(StudentGroupRecord r) {
        return new StudentGroup(r.getId(), r.getYearId(), r.getName(), r.getClassId(), GroupKind.valueOf(r.getKind()),
                r.getEnds());
    }
}
