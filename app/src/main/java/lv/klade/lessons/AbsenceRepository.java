package lv.klade.lessons;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lv.klade.db.JournalStore;
import lv.klade.db.Writes;
import lv.klade.db.generated.tables.records.AbsenceJustificationRecord;
import lv.klade.people.EnrolmentRepository;
import lv.klade.school.DateRange;

import static lv.klade.db.generated.Tables.ATTENDANCE_MARK;
import static lv.klade.db.generated.Tables.JOURNAL;
import static lv.klade.db.generated.Tables.LESSON;
import static lv.klade.db.generated.Tables.SCHOOL_CLASS;
import static lv.klade.db.generated.Tables.STAFF_ROLE;
import static lv.klade.db.generated.Tables.STUDENT;

/** Absences as the class tutor sees them, and their justifications. Writes belong to {@link AbsenceService}. */
public final class AbsenceRepository {
    /** The role names the people feature stores in {@code staff_role}. */
    private static final String ADMINISTRATOR = "ADMINISTRATOR";
    private static final String CLASS_TUTOR = "CLASS_TUTOR";

    private final JournalStore store;

    public AbsenceRepository(JournalStore store) {
        this.store = store;
    }

    /** An attendance mark as the justification rules need it. */
    record MarkRef(UUID id, UUID studentId, LocalDate date, String code, UUID justificationId) {
    }

    /** A class's students, each with the days they were in it (dated enrolments). */
    Map<UUID, List<DateRange>> classDays(UUID classId) {
        return EnrolmentRepository.classDays(store.dsl(), classId);
    }

    /** The marks with these codes not yet justified, of a class's students, by student, day and period. */
    public List<AbsenceToJustify> unjustified(UUID classId, Collection<String> codes) {
        return store.dsl().select(ATTENDANCE_MARK.ID, STUDENT.ID, STUDENT.FIRST_NAME, STUDENT.LAST_NAME,
                        LESSON.LESSON_DATE, LESSON.PERIOD_NO, JOURNAL.NAME, ATTENDANCE_MARK.CODE)
                .from(ATTENDANCE_MARK).join(STUDENT).on(STUDENT.ID.eq(ATTENDANCE_MARK.STUDENT_ID))
                .join(LESSON).on(LESSON.ID.eq(ATTENDANCE_MARK.LESSON_ID))
                .join(JOURNAL).on(JOURNAL.ID.eq(LESSON.JOURNAL_ID))
                .where(STUDENT.CLASS_ID.eq(classId), ATTENDANCE_MARK.CODE.in(codes),
                        ATTENDANCE_MARK.JUSTIFICATION_ID.isNull())
                .orderBy(STUDENT.LAST_NAME, STUDENT.FIRST_NAME, LESSON.LESSON_DATE, LESSON.PERIOD_NO)
                .fetch(r -> new AbsenceToJustify(r.value1(), r.value2(), r.value3() + " " + r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8()));
    }

    /** The marks of a class's students in a range of days, on the days each was in the class. */
    List<MarkRef> marksOfClass(UUID classId, DateRange days) {
        Map<UUID, List<DateRange>> inClass = classDays(classId);
        return marksOf(inClass.keySet(), days).stream()
                .filter(m -> DateRange.anyContains(inClass.get(m.studentId()), m.date())).toList();
    }

    /** The students' marks in a range of days, in whichever class's lessons. */
    List<MarkRef> marksOf(Collection<UUID> students, DateRange days) {
        return students.isEmpty() ? List.of() : store.dsl().select(ATTENDANCE_MARK.ID, ATTENDANCE_MARK.STUDENT_ID,
                        ATTENDANCE_MARK.LESSON_DATE, ATTENDANCE_MARK.CODE, ATTENDANCE_MARK.JUSTIFICATION_ID)
                .from(ATTENDANCE_MARK)
                .where(ATTENDANCE_MARK.STUDENT_ID.in(students), ATTENDANCE_MARK.LESSON_DATE.between(days.starts(), days.ends()))
                .fetch(r -> new MarkRef(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** The marks given in a journal's lessons in a range of days. */
    List<MarkRef> marksOfJournal(UUID journalId, DateRange days) {
        return store.dsl().select(ATTENDANCE_MARK.ID, ATTENDANCE_MARK.STUDENT_ID, ATTENDANCE_MARK.LESSON_DATE,
                        ATTENDANCE_MARK.CODE, ATTENDANCE_MARK.JUSTIFICATION_ID)
                .from(ATTENDANCE_MARK).join(LESSON).on(LESSON.ID.eq(ATTENDANCE_MARK.LESSON_ID))
                .where(LESSON.JOURNAL_ID.eq(journalId), ATTENDANCE_MARK.LESSON_DATE.between(days.starts(), days.ends()))
                .fetch(r -> new MarkRef(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    // --- reads inside a write ---

    Optional<MarkRef> mark(Writes w, UUID markId) {
        return w.dsl().selectFrom(ATTENDANCE_MARK).where(ATTENDANCE_MARK.ID.eq(markId))
                .fetchOptional(r -> new MarkRef(r.getId(), r.getStudentId(), r.getLessonDate(), r.getCode(),
                        r.getJustificationId()));
    }

    List<MarkRef> unjustifiedOf(Writes w, UUID studentId, DateRange days, Collection<String> codes) {
        return w.dsl().selectFrom(ATTENDANCE_MARK)
                .where(ATTENDANCE_MARK.STUDENT_ID.eq(studentId), ATTENDANCE_MARK.CODE.in(codes),
                        ATTENDANCE_MARK.JUSTIFICATION_ID.isNull(),
                        ATTENDANCE_MARK.LESSON_DATE.between(days.starts(), days.ends()))
                .orderBy(ATTENDANCE_MARK.LESSON_DATE)
                .fetch(r -> new MarkRef(r.getId(), r.getStudentId(), r.getLessonDate(), r.getCode(), null));
    }

    /** The student's class and its name, if the student is in one. */
    Optional<Map.Entry<UUID, String>> classOf(Writes w, UUID studentId) {
        return w.dsl().select(SCHOOL_CLASS.ID, SCHOOL_CLASS.NAME).from(STUDENT).join(SCHOOL_CLASS)
                .on(SCHOOL_CLASS.ID.eq(STUDENT.CLASS_ID)).where(STUDENT.ID.eq(studentId))
                .fetchOptional(r -> Map.entry(r.value1(), r.value2()));
    }

    /** True for the class's tutor (as the class names them, or by role) and for an administrator. */
    boolean mayJustify(Writes w, UUID staffId, UUID classId) {
        return w.dsl().fetchExists(SCHOOL_CLASS, SCHOOL_CLASS.ID.eq(classId), SCHOOL_CLASS.TUTOR_ID.eq(staffId))
                || w.dsl().fetchExists(STAFF_ROLE, STAFF_ROLE.STAFF_ID.eq(staffId),
                STAFF_ROLE.ROLE.eq(ADMINISTRATOR).or(STAFF_ROLE.ROLE.eq(CLASS_TUTOR).and(STAFF_ROLE.CLASS_ID.eq(classId))));
    }

    String studentName(Writes w, UUID studentId) {
        return w.dsl().select(STUDENT.FIRST_NAME, STUDENT.LAST_NAME).from(STUDENT).where(STUDENT.ID.eq(studentId))
                .fetchOptional(r -> r.value1() + " " + r.value2()).orElse("");
    }

    // --- writes ---

    void insertJustification(Writes w, UUID id, UUID studentId, JustificationReason reason, LocalDate noteDate,
                             DateRange days, Instant at) {
        AbsenceJustificationRecord r = new AbsenceJustificationRecord();
        r.setId(id);
        r.setStudentId(studentId);
        r.setReason(reason.name());
        r.setNoteDate(noteDate);
        r.setStarts(days.starts());
        r.setEnds(days.ends());
        r.setJustifiedAt(OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        r.setJustifiedBy(w.actor().userId());
        w.insert(r);
    }

    void setJustification(Writes w, UUID markId, UUID justificationId) {
        w.update(ATTENDANCE_MARK, markId, Map.of(ATTENDANCE_MARK.JUSTIFICATION_ID, justificationId));
    }
}
