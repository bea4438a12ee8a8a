package lv.klade.grades;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import lv.klade.db.JournalStore;
import lv.klade.db.Writes;
import lv.klade.db.generated.tables.records.GradeRecord;
import lv.klade.people.EnrolmentRepository;
import lv.klade.people.Role;
import lv.klade.school.DateRange;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import static lv.klade.db.generated.Tables.ENROLMENT;
import static lv.klade.db.generated.Tables.GRADE;
import static lv.klade.db.generated.Tables.GROUP_MEMBER;
import static lv.klade.db.generated.Tables.JOURNAL;
import static lv.klade.db.generated.Tables.JOURNAL_TEACHER;
import static lv.klade.db.generated.Tables.LESSON;
import static lv.klade.db.generated.Tables.PLANNED_TEST;
import static lv.klade.db.generated.Tables.SCHOOL_CLASS;
import static lv.klade.db.generated.Tables.SCHOOL_SETTING;
import static lv.klade.db.generated.Tables.SCHOOL_YEAR;
import static lv.klade.db.generated.Tables.STAFF;
import static lv.klade.db.generated.Tables.STAFF_ROLE;
import static lv.klade.db.generated.Tables.STUDENT;
import static lv.klade.db.generated.Tables.STUDENT_GROUP;

/**
 * Grade rows and the facts about journals and students that grading checks. Every lookup takes a
 * set of keys, so a bulk write checks any number of grades with a fixed number of queries.
 */
final class GradeRepository {
    /** The stored kind of a lesson that was not held (the lessons feature's LessonKind.NOT_HELD). */
    private static final String NOT_HELD = "NOT_HELD";
    private final JournalStore store;

    GradeRepository(JournalStore store) {
        this.store = store;
    }

    // --- facts ---

    Map<UUID, JournalFacts> journals(DSLContext dsl, Collection<UUID> ids) {
        return dsl.select(JOURNAL.ID, JOURNAL.YEAR_ID, SCHOOL_YEAR.STARTS, SCHOOL_YEAR.ENDS, JOURNAL.SUBJECT_ID,
                        JOURNAL.CLASS_ID, JOURNAL.GROUP_ID, JOURNAL.NAME)
                .from(JOURNAL).join(SCHOOL_YEAR).on(SCHOOL_YEAR.ID.eq(JOURNAL.YEAR_ID))
                .where(JOURNAL.ID.in(ids))
                .fetchMap(JOURNAL.ID, r -> new JournalFacts(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7(), r.value8()));
    }

    Map<UUID, StudentFacts> students(DSLContext dsl, Collection<UUID> ids) {
        return dsl.select(STUDENT.ID, STUDENT.FIRST_NAME, STUDENT.LAST_NAME, STUDENT.LEFT_ORDER_DATE, SCHOOL_CLASS.FORM)
                .from(STUDENT).leftJoin(SCHOOL_CLASS).on(SCHOOL_CLASS.ID.eq(STUDENT.CLASS_ID))
                .where(STUDENT.ID.in(ids))
                .fetchMap(STUDENT.ID, GradeRepository::toStudent);
    }

    /**
     * Who learns in each journal on which days: a class's students by their dated enrolments (a student
     * with no enrolment at all, as some imports make, belongs to their class on every day), a group's
     * members on every day.
     */
    Map<UUID, Membership> members(DSLContext dsl, Collection<JournalFacts> journals) {
        Map<UUID, Map<UUID, List<DateRange>>> byGroup = new HashMap<>();
        Set<UUID> classIds = new HashSet<>();
        Set<UUID> groupIds = new HashSet<>();
        journals.forEach(j -> {
            if (j.groupId() != null) {
                groupIds.add(j.groupId());
            } else if (j.classId() != null) {
                classIds.add(j.classId());
            }
        });
        Map<UUID, Map<UUID, List<DateRange>>> byClass = classIds.isEmpty() ? Map.of()
                : EnrolmentRepository.classDays(dsl, classIds);
        if (!groupIds.isEmpty()) {
            dsl.select(GROUP_MEMBER.GROUP_ID, GROUP_MEMBER.STUDENT_ID).from(GROUP_MEMBER)
                    .where(GROUP_MEMBER.GROUP_ID.in(groupIds))
                    .forEach(r -> byGroup.computeIfAbsent(r.value1(), k -> new HashMap<>())
                            .put(r.value2(), List.of(EnrolmentRepository.ALWAYS)));
        }
        Map<UUID, Membership> members = new HashMap<>();
        journals.forEach(j -> members.put(j.id(), new Membership(j.groupId() != null
                ? byGroup.getOrDefault(j.groupId(), Map.of()) : byClass.getOrDefault(j.classId(), Map.of()))));
        return members;
    }

    /**
     * The form whose dates a journal's deadlines follow: its class's, its group's class's, or for a
     * combined group the highest form its members learn in that year, whose semester ends last, so no
     * grade shows late too soon; 0 when none is known.
     */
    int form(JournalFacts journal) {
        DSLContext dsl = store.dsl();
        UUID classId = journal.classId() != null ? journal.classId() : journal.groupId() == null ? null
                : dsl.select(STUDENT_GROUP.CLASS_ID).from(STUDENT_GROUP).where(STUDENT_GROUP.ID.eq(journal.groupId()))
                        .fetchOptional(STUDENT_GROUP.CLASS_ID).orElse(null);
        if (classId != null) {
            return dsl.select(SCHOOL_CLASS.FORM).from(SCHOOL_CLASS).where(SCHOOL_CLASS.ID.eq(classId))
                    .fetchOptional(SCHOOL_CLASS.FORM).orElse(0);
        }
        if (journal.groupId() == null) {
            return 0;
        }
        Condition member = DSL.exists(DSL.selectOne().from(GROUP_MEMBER).where(
                GROUP_MEMBER.GROUP_ID.eq(journal.groupId()), GROUP_MEMBER.STUDENT_ID.eq(ENROLMENT.STUDENT_ID)));
        Integer form = dsl.select(DSL.max(SCHOOL_CLASS.FORM)).from(ENROLMENT).join(SCHOOL_CLASS)
                .on(SCHOOL_CLASS.ID.eq(ENROLMENT.CLASS_ID))
                .where(SCHOOL_CLASS.YEAR_ID.eq(journal.yearId()), member).fetchOne(0, Integer.class);
        return form == null ? 0 : form;
    }

    /** What one grade is checked against: its journal, its student, whether they learn in it, its test's journal. */
    record OneGrade(JournalFacts journal, StudentFacts student, boolean member, UUID testJournalId) {
    }

    /**
     * The facts for one grade in one query, by keys and indexes only; empty when the journal or the
     * student does not exist.
     */
    Optional<OneGrade> factsOf(DSLContext dsl, UUID journalId, UUID studentId, UUID testId, LocalDate day) {
        Field<Boolean> inGroup = DSL.field(DSL.exists(DSL.selectOne().from(GROUP_MEMBER)
                .where(GROUP_MEMBER.GROUP_ID.eq(JOURNAL.GROUP_ID).and(GROUP_MEMBER.STUDENT_ID.eq(studentId)))));
        Field<Boolean> inClass = DSL.field(EnrolmentRepository.inClassOn(studentId, JOURNAL.CLASS_ID, STUDENT.CLASS_ID, day));
        Field<UUID> testJournal = testId == null ? DSL.inline(null, SQLDataType.UUID)
                : DSL.field(DSL.select(PLANNED_TEST.JOURNAL_ID).from(PLANNED_TEST).where(PLANNED_TEST.ID.eq(testId)));
        return dsl.select(JOURNAL.ID, JOURNAL.YEAR_ID, SCHOOL_YEAR.STARTS, SCHOOL_YEAR.ENDS, JOURNAL.SUBJECT_ID,
                        JOURNAL.CLASS_ID, JOURNAL.GROUP_ID, JOURNAL.NAME, STUDENT.ID, STUDENT.FIRST_NAME,
                        STUDENT.LAST_NAME, STUDENT.LEFT_ORDER_DATE, SCHOOL_CLASS.FORM, inGroup, inClass, testJournal)
                .from(JOURNAL).join(SCHOOL_YEAR).on(SCHOOL_YEAR.ID.eq(JOURNAL.YEAR_ID))
                .crossJoin(STUDENT.leftJoin(SCHOOL_CLASS).on(SCHOOL_CLASS.ID.eq(STUDENT.CLASS_ID)))
                .where(JOURNAL.ID.eq(journalId).and(STUDENT.ID.eq(studentId)))
                .fetchOptional(r -> {
                    JournalFacts journal = new JournalFacts(r.get(JOURNAL.ID), r.get(JOURNAL.YEAR_ID),
                            r.get(SCHOOL_YEAR.STARTS), r.get(SCHOOL_YEAR.ENDS), r.get(JOURNAL.SUBJECT_ID),
                            r.get(JOURNAL.CLASS_ID), r.get(JOURNAL.GROUP_ID), r.get(JOURNAL.NAME));
                    boolean member = journal.groupId() != null ? Boolean.TRUE.equals(r.get(inGroup))
                            : journal.classId() != null && Boolean.TRUE.equals(r.get(inClass));
                    return new OneGrade(journal, toStudent(r), member, r.get(testJournal));
                });
    }

    /** The journal each of the given planned tests belongs to. */
    Map<UUID, UUID> testJournals(DSLContext dsl, Collection<UUID> testIds) {
        return dsl.select(PLANNED_TEST.ID, PLANNED_TEST.JOURNAL_ID).from(PLANNED_TEST)
                .where(PLANNED_TEST.ID.in(testIds)).fetchMap(PLANNED_TEST.ID, PLANNED_TEST.JOURNAL_ID);
    }

    /**
     * Whether a staff member may grade in a journal, in one query: their account is not revoked and
     * they teach the journal, taught the grade's lesson (a substitute), or are an administrator or
     * the deputy director.
     */
    boolean mayGrade(DSLContext dsl, UUID staffId, UUID journalId, UUID lessonId, LocalDate workDate) {
        Condition office = DSL.exists(DSL.selectOne().from(STAFF_ROLE).where(STAFF_ROLE.STAFF_ID.eq(staffId)
                .and(STAFF_ROLE.ROLE.in(Role.ADMINISTRATOR.name(), Role.DEPUTY_DIRECTOR.name()))));
        // A journal's teacher from and to a date grades the work done while they taught it.
        Condition teaches = DSL.exists(DSL.selectOne().from(JOURNAL_TEACHER)
                .where(JOURNAL_TEACHER.STAFF_ID.eq(staffId).and(JOURNAL_TEACHER.JOURNAL_ID.eq(journalId)))
                .and(JOURNAL_TEACHER.STARTS.isNull().or(JOURNAL_TEACHER.STARTS.le(workDate)))
                .and(JOURNAL_TEACHER.ENDS.isNull().or(JOURNAL_TEACHER.ENDS.ge(workDate))));
        Condition taught = lessonId == null ? DSL.falseCondition() : DSL.exists(DSL.selectOne().from(LESSON)
                .where(LESSON.ID.eq(lessonId).and(LESSON.JOURNAL_ID.eq(journalId)).and(LESSON.TEACHER_ID.eq(staffId))));
        return dsl.fetchExists(DSL.selectOne().from(STAFF)
                .where(STAFF.ID.eq(staffId).and(STAFF.REVOKED.isFalse()).and(teaches.or(taught).or(office))));
    }

    /** The school's settings as a transaction sees them. */
    Map<String, String> settings(DSLContext dsl) {
        return dsl.select(SCHOOL_SETTING.SETTING_KEY, SCHOOL_SETTING.SETTING_VALUE).from(SCHOOL_SETTING)
                .fetchMap(SCHOOL_SETTING.SETTING_KEY, SCHOOL_SETTING.SETTING_VALUE);
    }

    /** A journal's name, or its key when it does not exist. */
    String journalName(DSLContext dsl, UUID journalId) {
        return dsl.select(JOURNAL.NAME).from(JOURNAL).where(JOURNAL.ID.eq(journalId)).fetchOptional(JOURNAL.NAME)
                .orElse(String.valueOf(journalId));
    }

    // --- grades ---

    Optional<StoredGrade> grade(DSLContext dsl, UUID id) {
        return dsl.selectFrom(GRADE).where(GRADE.ID.eq(id)).fetchOptional(GradeRepository::toGrade);
    }

    /** The period grade of a student in a journal of one kind and date, if there is one. */
    Optional<StoredGrade> periodGrade(DSLContext dsl, UUID studentId, UUID journalId, GradeKind kind,
                                      java.time.LocalDate date) {
        return dsl.selectFrom(GRADE).where(GRADE.STUDENT_ID.eq(studentId).and(GRADE.JOURNAL_ID.eq(journalId))
                        .and(GRADE.KIND.eq(kind.name())).and(GRADE.WORK_DATE.eq(date)))
                .fetchOptional(GradeRepository::toGrade);
    }

    List<StoredGrade> ofJournal(UUID journalId) {
        return store.dsl().selectFrom(GRADE).where(GRADE.JOURNAL_ID.eq(journalId))
                .orderBy(GRADE.WORK_DATE, GRADE.ENTERED_AT).fetch(GradeRepository::toGrade);
    }

    /** The period grades of these kinds that these students have in these journals. */
    List<StoredGrade> periodGrades(Collection<UUID> journalIds, Collection<UUID> studentIds, Set<GradeKind> kinds) {
        if (journalIds.isEmpty() || studentIds.isEmpty()) {
            return List.of();
        }
        return store.dsl().selectFrom(GRADE).where(GRADE.JOURNAL_ID.in(journalIds), GRADE.STUDENT_ID.in(studentIds),
                GRADE.KIND.in(kinds.stream().map(GradeKind::name).toList())).fetch(GradeRepository::toGrade);
    }

    /** Those of the journals that hold a learning level (S, T, A, P) for anyone, of any kind of work. */
    Set<UUID> journalsWithLevels(Collection<UUID> journalIds) {
        if (journalIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(store.dsl().selectDistinct(GRADE.JOURNAL_ID).from(GRADE)
                .where(GRADE.JOURNAL_ID.in(journalIds), GRADE.MARK.in(java.util.Arrays.stream(LearningLevel.values())
                        .map(LearningLevel::name).toList())).fetch(GRADE.JOURNAL_ID));
    }

    /** One student's grades in one journal, in the grade book's order. */
    List<StoredGrade> ofStudentInJournal(UUID studentId, UUID journalId) {
        return store.dsl().selectFrom(GRADE).where(GRADE.STUDENT_ID.eq(studentId), GRADE.JOURNAL_ID.eq(journalId))
                .orderBy(GRADE.WORK_DATE, GRADE.ENTERED_AT).fetch(GradeRepository::toGrade);
    }

    List<StoredGrade> ofStudent(UUID studentId) {
        return store.dsl().selectFrom(GRADE).where(GRADE.STUDENT_ID.eq(studentId))
                .orderBy(GRADE.WORK_DATE, GRADE.ENTERED_AT).fetch(GradeRepository::toGrade);
    }

    /** The days a journal held lessons (a lesson recorded as not held does not count). */
    NavigableSet<LocalDate> lessonDays(UUID journalId) {
        return new TreeSet<>(store.dsl().selectDistinct(LESSON.LESSON_DATE).from(LESSON)
                .where(LESSON.JOURNAL_ID.eq(journalId), LESSON.LESSON_TYPE.ne(NOT_HELD))
                .fetch(LESSON.LESSON_DATE));
    }

    /** Students by key, outside a write. */
    Map<UUID, StudentFacts> students(Collection<UUID> ids) {
        return students(store.dsl(), ids);
    }

    /** Who learns in the journal on which days. */
    Membership members(JournalFacts journal) {
        return members(store.dsl(), List.of(journal)).get(journal.id());
    }

    Optional<JournalFacts> journal(UUID journalId) {
        return Optional.ofNullable(journals(store.dsl(), List.of(journalId)).get(journalId));
    }

    void insert(Writes w, UUID id, EnteredGrade entered, Grade suggested) {
        NewGrade g = entered.grade();
        GradeRecord r = new GradeRecord();
        r.setId(id);
        r.setStudentId(g.studentId());
        r.setJournalId(g.journalId());
        r.setLessonId(g.lessonId());
        r.setTestId(g.testId());
        r.setKind(g.kind().name());
        r.setMark(g.grade().typed());
        r.setSuggestedMark(suggested == null ? null : suggested.typed());
        r.setNote(g.note());
        r.setWorkDate(g.workDate());
        r.setEnteredAt(OffsetDateTime.ofInstant(entered.at(), ZoneOffset.UTC));
        r.setEnteredBy(entered.by());
        w.insert(r);
    }

    /** Writes the mark, suggestion and note that differ from the stored ones; nothing when none do. */
    void update(Writes w, StoredGrade stored, Grade grade, Grade suggested, String note) {
        Map<Field<?>, Object> changed = new LinkedHashMap<>();
        if (!stored.grade().equals(grade)) {
            changed.put(GRADE.MARK, grade.typed());
        }
        if (suggested != null && !stored.suggested().equals(Optional.of(suggested))) {
            changed.put(GRADE.SUGGESTED_MARK, suggested.typed());
        }
        if (!java.util.Objects.equals(stored.note(), note)) {
            changed.put(GRADE.NOTE, note);
        }
        if (!changed.isEmpty()) {
            w.update(GRADE, stored.id(), changed);
        }
    }

    void delete(Writes w, UUID id) {
        w.delete(GRADE, id);
    }

    private static StudentFacts toStudent(Record r) {
        Integer form = r.get(SCHOOL_CLASS.FORM);
        return new StudentFacts(r.get(STUDENT.ID), r.get(STUDENT.FIRST_NAME), r.get(STUDENT.LAST_NAME),
                r.get(STUDENT.LEFT_ORDER_DATE) != null, form == null ? 0 : form);
    }

    private static StoredGrade toGrade(GradeRecord r) {
        return new StoredGrade(r.getId(), r.getStudentId(), r.getJournalId(), r.getLessonId(), r.getTestId(),
                GradeKind.valueOf(r.getKind()), GradeParser.stored(r.getMark()),
                Optional.ofNullable(r.getSuggestedMark()).map(GradeParser::stored), r.getNote(), r.getWorkDate(),
                r.getEnteredAt().toInstant(), r.getEnteredBy());
    }
}
