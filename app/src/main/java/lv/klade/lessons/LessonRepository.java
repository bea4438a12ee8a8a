package lv.klade.lessons;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lv.klade.db.JournalStore;
import lv.klade.db.Writes;
import lv.klade.db.generated.tables.records.AttendanceMarkRecord;
import lv.klade.db.generated.tables.records.LessonParticipantRecord;
import lv.klade.db.generated.tables.records.LessonRecord;
import lv.klade.people.EnrolmentRepository;
import lv.klade.school.DateRange;
import lv.klade.school.JournalKind;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import static lv.klade.db.generated.Tables.ATTENDANCE_MARK;
import static lv.klade.db.generated.Tables.GROUP_MEMBER;
import static lv.klade.db.generated.Tables.JOURNAL;
import static lv.klade.db.generated.Tables.LESSON;
import static lv.klade.db.generated.Tables.LESSON_PARTICIPANT;
import static lv.klade.db.generated.Tables.STAFF;
import static lv.klade.db.generated.Tables.STUDENT;
import static lv.klade.db.generated.Tables.STUDENT_GROUP;

/** Lessons, their attendance marks and participants. Reads are public; writes belong to {@link LessonService}. */
public final class LessonRepository {
    private final JournalStore store;

    public LessonRepository(JournalStore store) {
        this.store = store;
    }

    /** A mark as stored: its row, student and code. */
    record MarkRow(UUID id, UUID studentId, String code) {
    }

    /** A lesson's place: journal, day and period (null for an extra lesson outside the timetable). */
    record Slot(UUID journalId, LocalDate date, Integer period) {
    }

    // --- reads ---

    public Optional<Lesson> lesson(UUID lessonId) {
        return store.dsl().selectFrom(LESSON).where(LESSON.ID.eq(lessonId)).fetchOptional(LessonRepository::toLesson);
    }

    /** The attendance marks of a lesson: student to code. */
    public Map<UUID, String> marks(UUID lessonId) {
        return store.dsl().select(ATTENDANCE_MARK.STUDENT_ID, ATTENDANCE_MARK.CODE).from(ATTENDANCE_MARK)
                .where(ATTENDANCE_MARK.LESSON_ID.eq(lessonId)).fetchMap(ATTENDANCE_MARK.STUDENT_ID, ATTENDANCE_MARK.CODE);
    }

    /** The students who took part in a lesson. */
    public Set<UUID> participants(UUID lessonId) {
        return new HashSet<>(store.dsl().select(LESSON_PARTICIPANT.STUDENT_ID).from(LESSON_PARTICIPANT)
                .where(LESSON_PARTICIPANT.LESSON_ID.eq(lessonId)).fetch(LESSON_PARTICIPANT.STUDENT_ID));
    }

    /** The lessons of these journals in a range of days, by day and period. */
    public List<Lesson> lessonsOfJournals(Collection<UUID> journalIds, DateRange days) {
        return lessons(store.dsl(), LESSON.JOURNAL_ID.in(journalIds), days);
    }

    /** The lessons a teacher taught in a range of days, by day and period. */
    public List<Lesson> lessonsOfTeacher(UUID staffId, DateRange days) {
        return lessons(store.dsl(), LESSON.TEACHER_ID.eq(staffId), days);
    }

    /** The kind of a journal: whether its lessons record who took part. */
    public Optional<JournalKind> journalKind(UUID journalId) {
        return store.dsl().select(JOURNAL.KIND).from(JOURNAL).where(JOURNAL.ID.eq(journalId))
                .fetchOptional(r -> JournalKind.valueOf(r.value1()));
    }

    /** The students a journal teaches now (its class, or its group's members), by last and first name. */
    public List<StudentName> students(UUID journalId) {
        return students(journalId, LocalDate.MAX);
    }

    /**
     * The students a journal teaches on a day, by last and first name: a class journal those enrolled
     * in the class that day, a group journal its members.
     */
    public List<StudentName> students(UUID journalId, LocalDate date) {
        Set<UUID> ids = journals(store.dsl(), List.of(journalId)).values().stream()
                .flatMap(j -> j.students().stream().filter(s -> j.teaches(s, date)))
                .collect(java.util.stream.Collectors.toSet());
        return studentNames(ids);
    }

    /** Students' names, by last and first name in Latvian order. */
    public List<StudentName> studentNames(Collection<UUID> studentIds) {
        java.text.Collator latvian = java.text.Collator.getInstance(lv.klade.i18n.Messages.LATVIAN);
        return store.dsl().select(STUDENT.ID, STUDENT.FIRST_NAME, STUDENT.LAST_NAME, STUDENT.BIRTH_DATE).from(STUDENT)
                .where(STUDENT.ID.in(studentIds))
                .fetch(r -> new StudentName(r.value1(), r.value2(), r.value3(), r.value4()))
                .stream().sorted(java.util.Comparator.comparing(StudentName::lastName, latvian)
                        .thenComparing(StudentName::firstName, latvian)).toList();
    }

    /** The journals whose lessons a class attends: its own, and those of groups with its students. */
    public Set<UUID> journalsReaching(UUID classId) {
        DSLContext dsl = store.dsl();
        var groups = dsl.select(GROUP_MEMBER.GROUP_ID).from(GROUP_MEMBER).join(STUDENT)
                .on(STUDENT.ID.eq(GROUP_MEMBER.STUDENT_ID)).where(STUDENT.CLASS_ID.eq(classId))
                .union(dsl.select(STUDENT_GROUP.ID).from(STUDENT_GROUP).where(STUDENT_GROUP.CLASS_ID.eq(classId)));
        return new HashSet<>(dsl.select(JOURNAL.ID).from(JOURNAL)
                .where(JOURNAL.CLASS_ID.eq(classId).or(JOURNAL.GROUP_ID.in(groups))).fetch(JOURNAL.ID));
    }

    /** The staff member with this login, if any. */
    public Optional<UUID> staffByLogin(String login) {
        return store.dsl().select(STAFF.ID).from(STAFF).where(STAFF.LOGIN.equalIgnoreCase(login.strip()))
                .fetchOptional(STAFF.ID);
    }

    // --- reads inside a write ---

    Map<UUID, JournalInfo> journals(Writes w, Collection<UUID> journalIds) {
        return journals(w.dsl(), journalIds);
    }

    /** The lessons already recorded for these journals between two days, by their slot. */
    Map<Slot, Lesson> existing(Writes w, Collection<UUID> journalIds, DateRange days) {
        Map<Slot, Lesson> found = new HashMap<>();
        lessons(w.dsl(), LESSON.JOURNAL_ID.in(journalIds), days)
                .forEach(l -> found.put(new Slot(l.journalId(), l.date(), l.period()), l));
        return found;
    }

    /** The marks of these lessons: lesson to student to mark. */
    Map<UUID, Map<UUID, MarkRow>> markRows(Writes w, Collection<UUID> lessonIds) {
        Map<UUID, Map<UUID, MarkRow>> rows = new HashMap<>();
        w.dsl().selectFrom(ATTENDANCE_MARK).where(ATTENDANCE_MARK.LESSON_ID.in(lessonIds)).forEach(r ->
                rows.computeIfAbsent(r.getLessonId(), k -> new HashMap<>())
                        .put(r.getStudentId(), new MarkRow(r.getId(), r.getStudentId(), r.getCode())));
        return rows;
    }

    /** The participants of these lessons: lesson to student to row. */
    Map<UUID, Map<UUID, UUID>> participantRows(Writes w, Collection<UUID> lessonIds) {
        Map<UUID, Map<UUID, UUID>> rows = new HashMap<>();
        w.dsl().selectFrom(LESSON_PARTICIPANT).where(LESSON_PARTICIPANT.LESSON_ID.in(lessonIds)).forEach(r ->
                rows.computeIfAbsent(r.getLessonId(), k -> new HashMap<>()).put(r.getStudentId(), r.getId()));
        return rows;
    }

    Map<UUID, String> studentNames(Writes w, Collection<UUID> studentIds) {
        return w.dsl().select(STUDENT.ID, STUDENT.FIRST_NAME, STUDENT.LAST_NAME).from(STUDENT)
                .where(STUDENT.ID.in(studentIds)).fetchMap(r -> r.value1(), r -> r.value2() + " " + r.value3());
    }

    // --- writes ---

    void insert(Writes w, Lesson lesson) {
        LessonRecord r = new LessonRecord();
        r.setId(lesson.id());
        r.setJournalId(lesson.journalId());
        r.setLessonDate(lesson.date());
        r.setPeriodNo(lesson.period());
        r.setFirstFilledAt(at(lesson.firstFilledAt()));
        r.setFirstFilledBy(lesson.firstFilledBy());
        content(lesson).forEach((field, value) -> put(r, field, value));
        w.insert(r);
    }

    @SuppressWarnings("unchecked")
    private static void put(LessonRecord r, Field<?> field, Object value) {
        if (value != null) {
            r.set((Field<Object>) field, value);
        }
    }

    /** Writes the lesson's content and its last change; when it was first filled stays. */
    void update(Writes w, Lesson lesson) {
        w.update(LESSON, lesson.id(), content(lesson));
    }

    void insertMark(Writes w, UUID rowId, Lesson lesson, UUID studentId, String code) {
        AttendanceMarkRecord r = new AttendanceMarkRecord();
        r.setId(rowId);
        r.setLessonId(lesson.id());
        r.setStudentId(studentId);
        r.setCode(code);
        r.setLessonDate(lesson.date());
        r.setMarkedAt(at(lesson.changedAt()));
        r.setMarkedBy(lesson.changedBy());
        w.insert(r);
    }

    void updateMark(Writes w, UUID rowId, String code, Instant at, UUID by) {
        Map<Field<?>, Object> values = new HashMap<>();
        values.put(ATTENDANCE_MARK.CODE, code);
        values.put(ATTENDANCE_MARK.MARKED_AT, at(at));
        values.put(ATTENDANCE_MARK.MARKED_BY, by);
        values.put(ATTENDANCE_MARK.JUSTIFICATION_ID, null);
        w.update(ATTENDANCE_MARK, rowId, values);
    }

    void deleteMark(Writes w, UUID rowId) {
        w.delete(ATTENDANCE_MARK, rowId);
    }

    void insertParticipant(Writes w, UUID rowId, UUID lessonId, UUID studentId) {
        LessonParticipantRecord r = new LessonParticipantRecord();
        r.setId(rowId);
        r.setLessonId(lessonId);
        r.setStudentId(studentId);
        w.insert(r);
    }

    void deleteParticipant(Writes w, UUID rowId) {
        w.delete(LESSON_PARTICIPANT, rowId);
    }

    // --- shared ---

    /** The fields a save sets; a HashMap, because an emptied field is written as NULL. */
    private static Map<Field<?>, Object> content(Lesson lesson) {
        Map<Field<?>, Object> values = new HashMap<>();
        LessonType type = lesson.type();
        values.put(LESSON.LESSON_TYPE, type.kind().name());
        values.put(LESSON.TEACHER_ID, lesson.teacherId());
        values.put(LESSON.TOPIC, lesson.topic());
        values.put(LESSON.PLANNED_RESULT, lesson.plannedResult());
        values.put(LESSON.HOMEWORK, lesson.homework());
        values.put(LESSON.NOTES, lesson.notes());
        values.put(LESSON.ABSENT_TEACHER_ID, type instanceof LessonType.Substituted s ? s.absentTeacherId() : null);
        values.put(LESSON.ABSENCE_REASON, switch (type) {
            case LessonType.Substituted s -> s.reason();
            case LessonType.NotHeld n -> n.reason();
            default -> null;
        });
        values.put(LESSON.ORDER_NO, type instanceof LessonType.Substituted s ? s.orderNo() : null);
        values.put(LESSON.ORDER_DATE, type instanceof LessonType.Substituted s ? s.orderDate() : null);
        values.put(LESSON.MADE_UP_DATE, type instanceof LessonType.MakeUp m ? m.madeUpDate() : null);
        values.put(LESSON.CHANGED_AT, at(lesson.changedAt()));
        values.put(LESSON.CHANGED_BY, lesson.changedBy());
        return values;
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static List<Lesson> lessons(DSLContext dsl, Condition which, DateRange days) {
        return dsl.selectFrom(LESSON).where(which, LESSON.LESSON_DATE.between(days.starts(), days.ends()))
                .orderBy(LESSON.LESSON_DATE, LESSON.PERIOD_NO).fetch(LessonRepository::toLesson);
    }

    private static Map<UUID, JournalInfo> journals(DSLContext dsl, Collection<UUID> journalIds) {
        Map<UUID, Map<UUID, List<DateRange>>> byClass = EnrolmentRepository.classDays(dsl,
                dsl.select(JOURNAL.CLASS_ID).from(JOURNAL).where(JOURNAL.ID.in(journalIds)));
        Map<UUID, Set<UUID>> byGroup = new HashMap<>();
        dsl.select(GROUP_MEMBER.GROUP_ID, GROUP_MEMBER.STUDENT_ID).from(GROUP_MEMBER)
                .where(GROUP_MEMBER.GROUP_ID.in(dsl.select(JOURNAL.GROUP_ID).from(JOURNAL).where(JOURNAL.ID.in(journalIds))))
                .forEach(r -> byGroup.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
        Map<UUID, JournalInfo> journals = new HashMap<>();
        dsl.selectFrom(JOURNAL).where(JOURNAL.ID.in(journalIds)).forEach(r -> journals.put(r.getId(),
                new JournalInfo(r.getId(), r.getYearId(), JournalKind.valueOf(r.getKind()), r.getName(), r.getClassId(),
                        r.getGroupId(), r.getClassId() != null
                        ? byClass.getOrDefault(r.getClassId(), Map.of()).keySet()
                        : byGroup.getOrDefault(r.getGroupId(), Set.of()),
                        byClass.getOrDefault(r.getClassId(), Map.of()))));
        return journals;
    }

    private static Lesson toLesson(LessonRecord r) {
        LessonType type = switch (LessonKind.valueOf(r.getLessonType())) {
            case REGULAR -> new LessonType.Regular();
            case EXTRA -> new LessonType.Extra();
            case CONSULTATION -> new LessonType.Consultation();
            case NOT_HELD -> new LessonType.NotHeld(r.getAbsenceReason());
            case MAKE_UP -> new LessonType.MakeUp(r.getMadeUpDate());
            case SUBSTITUTED -> new LessonType.Substituted(r.getAbsentTeacherId(), r.getAbsenceReason(),
                    r.getOrderNo(), r.getOrderDate());
        };
        return new Lesson(r.getId(), r.getJournalId(), r.getLessonDate(), r.getPeriodNo(), r.getTeacherId(), type,
                r.getTopic(), r.getPlannedResult(), r.getHomework(), r.getNotes(), r.getFirstFilledAt().toInstant(),
                r.getFirstFilledBy(), r.getChangedAt().toInstant(), r.getChangedBy());
    }
}
