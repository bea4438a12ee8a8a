package lv.klade.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lv.klade.db.JournalStore;
import lv.klade.grades.GradeKind;
import lv.klade.people.EnrolmentRepository;
import lv.klade.school.DateRange;
import lv.klade.school.JournalKind;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import static lv.klade.db.generated.Tables.ATTENDANCE_MARK;
import static lv.klade.db.generated.Tables.GRADE;
import static lv.klade.db.generated.Tables.GROUP_MEMBER;
import static lv.klade.db.generated.Tables.JOURNAL;
import static lv.klade.db.generated.Tables.JOURNAL_TEACHER;
import static lv.klade.db.generated.Tables.LESSON;
import static lv.klade.db.generated.Tables.LESSON_PARTICIPANT;
import static lv.klade.db.generated.Tables.PROGRAMME;
import static lv.klade.db.generated.Tables.SCHOOL_CLASS;
import static lv.klade.db.generated.Tables.STAFF;
import static lv.klade.db.generated.Tables.STUDENT;
import static lv.klade.db.generated.Tables.STUDENT_GROUP;
import static lv.klade.db.generated.Tables.SUBJECT;

/** Reads the journal's rows that statistics count, for one school year. Reads only. */
public final class StatisticsRepository {
    /** The stored kind of a lesson that was not held (the lessons feature's LessonKind.NOT_HELD). */
    private static final String NOT_HELD = "NOT_HELD";
    private static final List<String> PERIOD_KINDS = java.util.Arrays.stream(GradeKind.values())
            .filter(GradeKind::isPeriodGrade).map(GradeKind::name).toList();

    private final JournalStore store;

    public StatisticsRepository(JournalStore store) {
        this.store = store;
    }

    /**
     * A journal with what figures are grouped by. {@code classId} is its class, or its group's;
     * {@code programme} that class's programme ("code name"), null when there is none.
     */
    record JournalRow(UUID id, JournalKind kind, UUID subjectId, String subject, UUID classId, String className,
                      UUID tutorId, UUID groupId, String group, String programme, Map<UUID, String> teachers) {
    }

    /** A grade for work (period grades left out), its mark as stored. */
    record GradeRow(UUID journalId, UUID studentId, String mark, LocalDate date) {
    }

    /** A held lesson and how many recorded participants it has (0 where the journal records none). */
    record LessonRow(UUID id, UUID journalId, LocalDate date, int participants) {
    }

    /** An attendance mark; {@code justifiedByTutor} when the tutor has justified it. */
    record MarkRow(UUID journalId, UUID studentId, LocalDate date, String code, boolean justifiedByTutor) {
    }

    /** A student's name and class. */
    record StudentRow(UUID id, String name, UUID classId) {
    }

    List<JournalRow> journals(UUID yearId) {
        DSLContext dsl = store.dsl();
        var groupClass = SCHOOL_CLASS.as("group_class");
        var classOf = DSL.coalesce(SCHOOL_CLASS.ID, groupClass.ID);
        Map<UUID, Map<UUID, String>> teachers = new HashMap<>();
        dsl.select(JOURNAL_TEACHER.JOURNAL_ID, STAFF.ID, STAFF.FIRST_NAME, STAFF.LAST_NAME)
                .from(JOURNAL_TEACHER).join(STAFF).on(STAFF.ID.eq(JOURNAL_TEACHER.STAFF_ID))
                .join(JOURNAL).on(JOURNAL.ID.eq(JOURNAL_TEACHER.JOURNAL_ID))
                .where(JOURNAL.YEAR_ID.eq(yearId))
                .orderBy(JOURNAL_TEACHER.STARTS.nullsFirst())
                .forEach(r -> teachers.computeIfAbsent(r.value1(), k -> new java.util.LinkedHashMap<>())
                        .put(r.value2(), r.value3() + " " + r.value4()));
        return dsl.select(JOURNAL.ID, JOURNAL.KIND, SUBJECT.ID, SUBJECT.NAME, classOf,
                        DSL.coalesce(SCHOOL_CLASS.NAME, groupClass.NAME), DSL.coalesce(SCHOOL_CLASS.TUTOR_ID, groupClass.TUTOR_ID),
                        STUDENT_GROUP.ID, STUDENT_GROUP.NAME, PROGRAMME.CODE, PROGRAMME.NAME)
                .from(JOURNAL).join(SUBJECT).on(SUBJECT.ID.eq(JOURNAL.SUBJECT_ID))
                .leftJoin(SCHOOL_CLASS).on(SCHOOL_CLASS.ID.eq(JOURNAL.CLASS_ID))
                .leftJoin(STUDENT_GROUP).on(STUDENT_GROUP.ID.eq(JOURNAL.GROUP_ID))
                .leftJoin(groupClass).on(groupClass.ID.eq(STUDENT_GROUP.CLASS_ID))
                .leftJoin(PROGRAMME).on(PROGRAMME.ID.eq(DSL.coalesce(SCHOOL_CLASS.PROGRAMME_ID, groupClass.PROGRAMME_ID)))
                .where(JOURNAL.YEAR_ID.eq(yearId))
                .fetch(r -> new JournalRow(r.value1(), JournalKind.valueOf(r.value2()), r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7(), r.value8(), r.value9(),
                        r.value10() == null ? null : r.value10() + " " + r.value11(),
                        teachers.getOrDefault(r.value1(), Map.of())));
    }

    List<GradeRow> grades(Collection<UUID> journalIds, DateRange days) {
        return journalIds.isEmpty() ? List.of() : store.dsl()
                .select(GRADE.JOURNAL_ID, GRADE.STUDENT_ID, GRADE.MARK, GRADE.WORK_DATE).from(GRADE)
                .where(GRADE.JOURNAL_ID.in(journalIds), GRADE.WORK_DATE.between(days.starts(), days.ends()),
                        GRADE.KIND.notIn(PERIOD_KINDS))
                .orderBy(GRADE.WORK_DATE)
                .fetch(r -> new GradeRow(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    List<LessonRow> heldLessons(Collection<UUID> journalIds, DateRange days) {
        if (journalIds.isEmpty()) {
            return List.of();
        }
        var participants = DSL.selectCount().from(LESSON_PARTICIPANT)
                .where(LESSON_PARTICIPANT.LESSON_ID.eq(LESSON.ID)).asField("participants");
        return store.dsl().select(LESSON.ID, LESSON.JOURNAL_ID, LESSON.LESSON_DATE, participants).from(LESSON)
                .where(LESSON.JOURNAL_ID.in(journalIds), LESSON.LESSON_DATE.between(days.starts(), days.ends()),
                        LESSON.LESSON_TYPE.ne(NOT_HELD))
                .fetch(r -> new LessonRow(r.value1(), r.value2(), r.value3(), ((Number) r.value4()).intValue()));
    }

    List<MarkRow> marks(Collection<UUID> journalIds, DateRange days) {
        return journalIds.isEmpty() ? List.of() : store.dsl()
                .select(LESSON.JOURNAL_ID, ATTENDANCE_MARK.STUDENT_ID, ATTENDANCE_MARK.LESSON_DATE, ATTENDANCE_MARK.CODE,
                        ATTENDANCE_MARK.JUSTIFICATION_ID)
                .from(ATTENDANCE_MARK).join(LESSON).on(LESSON.ID.eq(ATTENDANCE_MARK.LESSON_ID))
                .where(LESSON.JOURNAL_ID.in(journalIds), ATTENDANCE_MARK.LESSON_DATE.between(days.starts(), days.ends()),
                        LESSON.LESSON_TYPE.ne(NOT_HELD))
                .fetch(r -> new MarkRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5() != null));
    }

    /**
     * Who learns in each journal on which days: a class journal's students by their enrolments, a
     * group's members on every day (as the grade books read it).
     */
    Map<UUID, Map<UUID, List<DateRange>>> members(Collection<JournalRow> journals) {
        DSLContext dsl = store.dsl();
        Set<UUID> classIds = journals.stream().filter(j -> j.groupId() == null && j.classId() != null)
                .map(JournalRow::classId).collect(Collectors.toSet());
        Set<UUID> groupIds = journals.stream().map(JournalRow::groupId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<UUID, Map<UUID, List<DateRange>>> byClass = classIds.isEmpty() ? Map.of()
                : EnrolmentRepository.classDays(dsl, classIds);
        Map<UUID, Map<UUID, List<DateRange>>> byGroup = new HashMap<>();
        if (!groupIds.isEmpty()) {
            dsl.select(GROUP_MEMBER.GROUP_ID, GROUP_MEMBER.STUDENT_ID).from(GROUP_MEMBER)
                    .where(GROUP_MEMBER.GROUP_ID.in(groupIds))
                    .forEach(r -> byGroup.computeIfAbsent(r.value1(), k -> new HashMap<>())
                            .put(r.value2(), List.of(EnrolmentRepository.ALWAYS)));
        }
        Map<UUID, Map<UUID, List<DateRange>>> members = new HashMap<>();
        for (JournalRow j : journals) {
            members.put(j.id(), j.groupId() != null ? byGroup.getOrDefault(j.groupId(), Map.of())
                    : byClass.getOrDefault(j.classId(), Map.of()));
        }
        return members;
    }

    /** The students of a class (those who left included), by name. */
    List<StudentRow> studentsOf(UUID classId) {
        List<StudentRow> rows = new ArrayList<>();
        store.dsl().select(STUDENT.ID, STUDENT.FIRST_NAME, STUDENT.LAST_NAME, STUDENT.CLASS_ID).from(STUDENT)
                .where(STUDENT.CLASS_ID.eq(classId)).orderBy(STUDENT.LAST_NAME, STUDENT.FIRST_NAME)
                .forEach(r -> rows.add(new StudentRow(r.value1(), r.value2() + " " + r.value3(), r.value4())));
        return rows;
    }

    java.util.Optional<StudentRow> student(UUID studentId) {
        return store.dsl().select(STUDENT.ID, STUDENT.FIRST_NAME, STUDENT.LAST_NAME, STUDENT.CLASS_ID).from(STUDENT)
                .where(STUDENT.ID.eq(studentId))
                .fetchOptional(r -> new StudentRow(r.value1(), r.value2() + " " + r.value3(), r.value4()));
    }
}
