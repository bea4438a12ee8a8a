package lv.klade.timetable;

import java.time.DayOfWeek;
import java.time.LocalDate;
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
import lv.klade.db.generated.tables.records.SubstituteAssignmentRecord;
import lv.klade.db.generated.tables.records.TeacherAbsenceRecord;
import lv.klade.db.generated.tables.records.TimetableEntryRecord;
import lv.klade.db.generated.tables.records.TimetableVersionRecord;
import lv.klade.people.Role;
import lv.klade.school.DateRange;
import lv.klade.school.MovedWorkingDay;
import lv.klade.school.SchoolCalendar;
import lv.klade.school.SchoolRepository;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import static lv.klade.db.generated.Tables.ENROLMENT;
import static lv.klade.db.generated.Tables.GROUP_MEMBER;
import static lv.klade.db.generated.Tables.JOURNAL;
import static lv.klade.db.generated.Tables.SCHOOL_CLASS;
import static lv.klade.db.generated.Tables.STAFF;
import static lv.klade.db.generated.Tables.STAFF_ROLE;
import static lv.klade.db.generated.Tables.STUDENT;
import static lv.klade.db.generated.Tables.STUDENT_GROUP;
import static lv.klade.db.generated.Tables.SUBSTITUTE_ASSIGNMENT;
import static lv.klade.db.generated.Tables.TEACHER_ABSENCE;
import static lv.klade.db.generated.Tables.TIMETABLE_ENTRY;
import static lv.klade.db.generated.Tables.TIMETABLE_VERSION;

/** Timetable versions and entries, teacher absences and substitutes. Reads are public; writes belong to {@link TimetableService}. */
public final class TimetableRepository {
    private final JournalStore store;
    private final SchoolRepository school;

    public TimetableRepository(JournalStore store, SchoolRepository school) {
        this.store = store;
        this.school = school;
    }

    // --- reads ---

    /** A year's timetable versions, by the day they start. */
    public List<TimetableVersion> versions(UUID yearId) {
        return versions(store.dsl(), yearId);
    }

    /** The entries of a version, by weekday and period. */
    public List<TimetableEntry> entries(UUID versionId) {
        return entries(store.dsl(), List.of(versionId));
    }

    /** Every absence of a teacher, by start. */
    public List<TeacherAbsence> absences(UUID staffId) {
        return store.dsl().selectFrom(TEACHER_ABSENCE).where(TEACHER_ABSENCE.STAFF_ID.eq(staffId))
                .orderBy(TEACHER_ABSENCE.STARTS).fetch(TimetableRepository::toAbsence);
    }

    /** The absences that share a day with {@code days}, by start and teacher. */
    public List<TeacherAbsence> absences(DateRange days) {
        return store.dsl().selectFrom(TEACHER_ABSENCE)
                .where(TEACHER_ABSENCE.ENDS.ge(days.starts()), TEACHER_ABSENCE.STARTS.le(days.ends()))
                .orderBy(TEACHER_ABSENCE.STARTS, TEACHER_ABSENCE.STAFF_ID).fetch(TimetableRepository::toAbsence);
    }

    /** The staff who teach (subject teachers, class tutors, accompanists) and may log in, by key: who may be away or substitute. */
    public Map<UUID, String> teachers() {
        return store.dsl().selectDistinct(STAFF.ID, STAFF.FIRST_NAME, STAFF.LAST_NAME).from(STAFF)
                .join(STAFF_ROLE).on(STAFF_ROLE.STAFF_ID.eq(STAFF.ID))
                .where(STAFF.REVOKED.isFalse(), STAFF_ROLE.ROLE.in(Role.SUBJECT_TEACHER.name(),
                        Role.CLASS_TUTOR.name(), Role.ACCOMPANIST.name()))
                .fetchMap(r -> r.value1(), r -> r.value2() + " " + r.value3());
    }

    /** A planner for a year: its versions, entries, absences and substitutes in four queries. */
    public Planner planner(UUID yearId) {
        return planner(store.dsl(), school.calendar(yearId), school.movedWorkingDays(yearId),
                school.setting(MovedDayRule.SETTING).orElse(null));
    }

    /** A planner as this transaction sees the year, for work that plans and records in one. */
    public Planner planner(Writes w, UUID yearId) {
        return planner(w.dsl(), school.calendar(w, yearId), school.movedWorkingDays(w, yearId),
                school.setting(w, MovedDayRule.SETTING).orElse(null));
    }

    /** These staff members' names as "First Last"; unknown keys are left out. */
    public Map<UUID, String> staffNames(Collection<UUID> staffIds) {
        return staffNames(store.dsl(), staffIds);
    }

    /** Every staff member's name as "First Last"; a school has a few hundred at most. */
    public Map<UUID, String> staffNames() {
        return store.dsl().select(STAFF.ID, STAFF.FIRST_NAME, STAFF.LAST_NAME).from(STAFF)
                .fetchMap(r -> r.value1(), r -> r.value2() + " " + r.value3());
    }

    /** What this staff member may change in the timetable; null is Klade itself, which may change all. */
    public TimetableRights rights(UUID staffId) {
        return rights(store.dsl(), staffId);
    }

    // --- reads inside a write ---

    TimetableRights rights(Writes w) {
        return rights(w.dsl(), w.actor().userId());
    }

    List<TimetableVersion> versions(Writes w, UUID yearId) {
        return versions(w.dsl(), yearId);
    }

    List<TimetableEntry> entries(Writes w, Collection<UUID> versionIds) {
        return entries(w.dsl(), versionIds);
    }

    Optional<TimetableVersion> version(Writes w, UUID versionId) {
        return w.dsl().selectFrom(TIMETABLE_VERSION).where(TIMETABLE_VERSION.ID.eq(versionId))
                .fetchOptional(TimetableRepository::toVersion);
    }

    Optional<TimetableEntry> entry(Writes w, UUID entryId) {
        return w.dsl().selectFrom(TIMETABLE_ENTRY).where(TIMETABLE_ENTRY.ID.eq(entryId))
                .fetchOptional(TimetableRepository::toEntry);
    }

    List<TeacherAbsence> absences(Writes w, UUID staffId) {
        return w.dsl().selectFrom(TEACHER_ABSENCE).where(TEACHER_ABSENCE.STAFF_ID.eq(staffId))
                .fetch(TimetableRepository::toAbsence);
    }

    Optional<TeacherAbsence> absence(Writes w, UUID absenceId) {
        return w.dsl().selectFrom(TEACHER_ABSENCE).where(TEACHER_ABSENCE.ID.eq(absenceId))
                .fetchOptional(TimetableRepository::toAbsence);
    }

    /** The substitutes named for a teacher's lessons on these days. */
    List<UUID> substitutesFor(Writes w, UUID absentTeacherId, DateRange days) {
        return w.dsl().select(SUBSTITUTE_ASSIGNMENT.ID).from(SUBSTITUTE_ASSIGNMENT)
                .where(SUBSTITUTE_ASSIGNMENT.ABSENT_TEACHER_ID.eq(absentTeacherId),
                        SUBSTITUTE_ASSIGNMENT.LESSON_DATE.between(days.starts(), days.ends()))
                .fetch(SUBSTITUTE_ASSIGNMENT.ID);
    }

    boolean staffExists(Writes w, UUID staffId) {
        return w.dsl().fetchExists(STAFF, STAFF.ID.eq(staffId));
    }

    Map<UUID, String> staffNames(Writes w, Collection<UUID> staffIds) {
        return staffNames(w.dsl(), staffIds);
    }

    String studentName(Writes w, UUID studentId) {
        return w.dsl().select(STUDENT.FIRST_NAME, STUDENT.LAST_NAME).from(STUDENT).where(STUDENT.ID.eq(studentId))
                .fetchOptional(r -> r.value1() + " " + r.value2()).orElse("");
    }

    /** Whom each journal teaches, in three queries for any number of journals. */
    Map<UUID, JournalTarget> targets(Writes w, Collection<UUID> journalIds) {
        DSLContext dsl = w.dsl();
        Set<UUID> ids = new HashSet<>(journalIds);
        var journals = dsl.select(JOURNAL.ID, JOURNAL.YEAR_ID, JOURNAL.NAME, JOURNAL.CLASS_ID, JOURNAL.GROUP_ID,
                        STUDENT_GROUP.CLASS_ID)
                .from(JOURNAL).leftJoin(STUDENT_GROUP).on(STUDENT_GROUP.ID.eq(JOURNAL.GROUP_ID))
                .where(JOURNAL.ID.in(ids)).fetch();
        Map<UUID, Set<UUID>> byClass = new HashMap<>();
        dsl.select(STUDENT.CLASS_ID, STUDENT.ID).from(STUDENT)
                .where(STUDENT.CLASS_ID.in(dsl.select(JOURNAL.CLASS_ID).from(JOURNAL).where(JOURNAL.ID.in(ids))))
                .forEach(r -> byClass.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
        Map<UUID, Set<UUID>> byGroup = new HashMap<>();
        dsl.select(GROUP_MEMBER.GROUP_ID, GROUP_MEMBER.STUDENT_ID).from(GROUP_MEMBER)
                .where(GROUP_MEMBER.GROUP_ID.in(dsl.select(JOURNAL.GROUP_ID).from(JOURNAL).where(JOURNAL.ID.in(ids))))
                .forEach(r -> byGroup.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
        Map<UUID, JournalTarget> targets = new HashMap<>();
        for (var r : journals) {
            Set<UUID> students = r.value4() != null ? byClass.getOrDefault(r.value4(), Set.of())
                    : byGroup.getOrDefault(r.value5(), Set.of());
            targets.put(r.value1(), new JournalTarget(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                    r.value6(), Set.copyOf(students)));
        }
        return targets;
    }

    // --- writes ---

    void insert(Writes w, TimetableVersion version) {
        TimetableVersionRecord r = new TimetableVersionRecord();
        r.setId(version.id());
        r.setYearId(version.yearId());
        r.setName(version.name());
        r.setValidFrom(version.validity().starts());
        r.setValidTo(version.validity().ends());
        w.insert(r);
    }

    void setValidity(Writes w, UUID versionId, DateRange validity) {
        w.update(TIMETABLE_VERSION, versionId, Map.of(TIMETABLE_VERSION.VALID_FROM, validity.starts(),
                TIMETABLE_VERSION.VALID_TO, validity.ends()));
    }

    void insert(Writes w, TimetableEntry entry) {
        TimetableEntryRecord r = new TimetableEntryRecord();
        r.setId(entry.id());
        r.setVersionId(entry.versionId());
        r.setWeekDay(entry.weekday().getValue());
        r.setPeriodNo(entry.period());
        r.setJournalId(entry.journalId());
        r.setTeacherId(entry.teacherId());
        r.setRoom(entry.room());
        w.insert(r);
    }

    void deleteEntry(Writes w, UUID entryId) {
        w.delete(TIMETABLE_ENTRY, entryId);
    }

    void insert(Writes w, TeacherAbsence absence) {
        TeacherAbsenceRecord r = new TeacherAbsenceRecord();
        r.setId(absence.id());
        r.setStaffId(absence.staffId());
        r.setKind(absence.kind().name());
        r.setStarts(absence.days().starts());
        r.setEnds(absence.days().ends());
        r.setReason(absence.reason());
        w.insert(r);
    }

    void deleteAbsence(Writes w, UUID absenceId) {
        w.delete(TEACHER_ABSENCE, absenceId);
    }

    void insert(Writes w, SubstituteAssignment s) {
        SubstituteAssignmentRecord r = new SubstituteAssignmentRecord();
        r.setId(s.id());
        r.setLessonDate(s.date());
        r.setPeriodNo(s.period());
        r.setJournalId(s.journalId());
        r.setAbsentTeacherId(s.absentTeacherId());
        r.setSubstituteId(s.substituteId());
        r.setOrderNo(s.orderNo());
        r.setOrderDate(s.orderDate());
        w.insert(r);
    }

    Optional<UUID> substituteAt(Writes w, UUID journalId, LocalDate date, int period) {
        return w.dsl().select(SUBSTITUTE_ASSIGNMENT.ID).from(SUBSTITUTE_ASSIGNMENT)
                .where(SUBSTITUTE_ASSIGNMENT.JOURNAL_ID.eq(journalId), SUBSTITUTE_ASSIGNMENT.LESSON_DATE.eq(date),
                        SUBSTITUTE_ASSIGNMENT.PERIOD_NO.eq(period))
                .fetchOptional(SUBSTITUTE_ASSIGNMENT.ID);
    }

    void deleteSubstitute(Writes w, UUID id) {
        w.delete(SUBSTITUTE_ASSIGNMENT, id);
    }

    // --- queries shared by both kinds of read ---

    private Planner planner(DSLContext dsl, SchoolCalendar calendar, List<MovedWorkingDay> moved,
                            String rule) {
        List<TimetableVersion> versions = versions(dsl, calendar.year().id());
        List<TimetableEntry> entries = entries(dsl, versions.stream().map(TimetableVersion::id).toList());
        DateRange year = calendar.year().range();
        List<TeacherAbsence> absences = dsl.selectFrom(TEACHER_ABSENCE)
                .where(TEACHER_ABSENCE.ENDS.ge(year.starts()), TEACHER_ABSENCE.STARTS.le(year.ends()))
                .fetch(TimetableRepository::toAbsence);
        List<SubstituteAssignment> substitutes = dsl.selectFrom(SUBSTITUTE_ASSIGNMENT)
                .where(SUBSTITUTE_ASSIGNMENT.LESSON_DATE.between(year.starts(), year.ends()))
                .fetch(TimetableRepository::toSubstitute);
        Map<UUID, LocalDate> ended = dsl.select(JOURNAL.ID, JOURNAL.ENDS).from(JOURNAL)
                .where(JOURNAL.YEAR_ID.eq(calendar.year().id()), JOURNAL.ENDS.isNotNull())
                .fetchMap(r -> r.value1(), r -> r.value2());
        return new Planner(calendar, MovedDayRule.parse(rule), moved, versions, entries, absences, substitutes,
                journalForms(dsl, calendar.year().id()), ended);
    }

    /**
     * Each journal's form, for the day its lessons end: its class's, its group's class's, or for a
     * group across classes the highest form its members learn in that year (their lessons go on as
     * long as any member's). A journal of no form is left out.
     */
    private static Map<UUID, Integer> journalForms(DSLContext dsl, UUID yearId) {
        Map<UUID, Integer> forms = new HashMap<>();
        dsl.select(JOURNAL.ID, SCHOOL_CLASS.FORM).from(JOURNAL).join(SCHOOL_CLASS).on(SCHOOL_CLASS.ID.eq(JOURNAL.CLASS_ID))
                .where(JOURNAL.YEAR_ID.eq(yearId)).forEach(r -> forms.put(r.value1(), r.value2()));
        dsl.select(JOURNAL.ID, SCHOOL_CLASS.FORM).from(JOURNAL).join(STUDENT_GROUP).on(STUDENT_GROUP.ID.eq(JOURNAL.GROUP_ID))
                .join(SCHOOL_CLASS).on(SCHOOL_CLASS.ID.eq(STUDENT_GROUP.CLASS_ID))
                .where(JOURNAL.YEAR_ID.eq(yearId)).forEach(r -> forms.put(r.value1(), r.value2()));
        dsl.select(JOURNAL.ID, DSL.max(SCHOOL_CLASS.FORM)).from(JOURNAL).join(STUDENT_GROUP)
                .on(STUDENT_GROUP.ID.eq(JOURNAL.GROUP_ID)).join(GROUP_MEMBER).on(GROUP_MEMBER.GROUP_ID.eq(STUDENT_GROUP.ID))
                .join(ENROLMENT).on(ENROLMENT.STUDENT_ID.eq(GROUP_MEMBER.STUDENT_ID))
                .join(SCHOOL_CLASS).on(SCHOOL_CLASS.ID.eq(ENROLMENT.CLASS_ID))
                .where(JOURNAL.YEAR_ID.eq(yearId), SCHOOL_CLASS.YEAR_ID.eq(yearId), STUDENT_GROUP.CLASS_ID.isNull())
                .groupBy(JOURNAL.ID).forEach(r -> forms.put(r.value1(), r.value2()));
        return forms;
    }

    /** A tutor holds a class by their role's grant or as the class's named tutor, as the sync rules count it. */
    private static TimetableRights rights(DSLContext dsl, UUID staffId) {
        if (staffId == null) {
            return TimetableRights.EVERYTHING;
        }
        boolean active = dsl.fetchExists(STAFF, STAFF.ID.eq(staffId).and(STAFF.REVOKED.isFalse()));
        if (!active) {
            return TimetableRights.NONE;
        }
        if (dsl.fetchExists(STAFF_ROLE,
                STAFF_ROLE.STAFF_ID.eq(staffId).and(STAFF_ROLE.ROLE.eq(Role.ADMINISTRATOR.name())))) {
            return TimetableRights.EVERYTHING;
        }
        Set<UUID> classes = new HashSet<>(dsl.select(STAFF_ROLE.CLASS_ID).from(STAFF_ROLE)
                .where(STAFF_ROLE.STAFF_ID.eq(staffId), STAFF_ROLE.ROLE.eq(Role.CLASS_TUTOR.name()),
                        STAFF_ROLE.CLASS_ID.isNotNull()).fetch(r -> r.value1()));
        classes.addAll(dsl.select(SCHOOL_CLASS.ID).from(SCHOOL_CLASS).where(SCHOOL_CLASS.TUTOR_ID.eq(staffId))
                .fetch(r -> r.value1()));
        boolean deputy = dsl.fetchExists(STAFF_ROLE,
                STAFF_ROLE.STAFF_ID.eq(staffId).and(STAFF_ROLE.ROLE.eq(Role.DEPUTY_DIRECTOR.name())));
        return new TimetableRights(false, classes, deputy);
    }

    private static List<TimetableVersion> versions(DSLContext dsl, UUID yearId) {
        return dsl.selectFrom(TIMETABLE_VERSION).where(TIMETABLE_VERSION.YEAR_ID.eq(yearId))
                .orderBy(TIMETABLE_VERSION.VALID_FROM).fetch(TimetableRepository::toVersion);
    }

    private static List<TimetableEntry> entries(DSLContext dsl, Collection<UUID> versionIds) {
        return dsl.selectFrom(TIMETABLE_ENTRY).where(TIMETABLE_ENTRY.VERSION_ID.in(versionIds))
                .orderBy(TIMETABLE_ENTRY.WEEK_DAY, TIMETABLE_ENTRY.PERIOD_NO).fetch(TimetableRepository::toEntry);
    }

    private static Map<UUID, String> staffNames(DSLContext dsl, Collection<UUID> staffIds) {
        return dsl.select(STAFF.ID, STAFF.FIRST_NAME, STAFF.LAST_NAME).from(STAFF).where(STAFF.ID.in(staffIds))
                .fetchMap(r -> r.value1(), r -> r.value2() + " " + r.value3());
    }

    private static TimetableVersion toVersion(TimetableVersionRecord r) {
        return new TimetableVersion(r.getId(), r.getYearId(), r.getName(), new DateRange(r.getValidFrom(), r.getValidTo()));
    }

    private static TimetableEntry toEntry(TimetableEntryRecord r) {
        return new TimetableEntry(r.getId(), r.getVersionId(), DayOfWeek.of(r.getWeekDay()), r.getPeriodNo(),
                r.getJournalId(), r.getTeacherId(), r.getRoom());
    }

    private static TeacherAbsence toAbsence(TeacherAbsenceRecord r) {
        return new TeacherAbsence(r.getId(), r.getStaffId(), AbsenceKind.valueOf(r.getKind()),
                new DateRange(r.getStarts(), r.getEnds()), r.getReason());
    }

    private static SubstituteAssignment toSubstitute(SubstituteAssignmentRecord r) {
        return new SubstituteAssignment(r.getId(), r.getLessonDate(), r.getPeriodNo(), r.getJournalId(),
                r.getAbsentTeacherId(), r.getSubstituteId(), r.getOrderNo(), r.getOrderDate());
    }
}
