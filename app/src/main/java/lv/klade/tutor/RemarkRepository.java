package lv.klade.tutor;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lv.klade.db.JournalStore;
import lv.klade.db.Writes;
import lv.klade.db.generated.tables.records.ReportRemarkRecord;
import lv.klade.people.Role;
import lv.klade.people.RoleGrant;

import static lv.klade.db.generated.Tables.REPORT_REMARK;
import static lv.klade.db.generated.Tables.SCHOOL_CLASS;
import static lv.klade.db.generated.Tables.STAFF_ROLE;
import static lv.klade.db.generated.Tables.STUDENT;

/** Report card remarks and what their rights need to know. Writes belong to {@link RemarkService}. */
public final class RemarkRepository {
    private final JournalStore store;

    public RemarkRepository(JournalStore store) {
        this.store = store;
    }

    /** A student's class as the remark rules need it. */
    record ClassOf(UUID classId, String className, UUID yearId, UUID tutorId) {
    }

    /** The remarks written for a class's students in a year and period, by student. */
    public Map<UUID, String> ofClass(UUID classId, UUID yearId, RemarkPeriod period) {
        return store.dsl().select(REPORT_REMARK.STUDENT_ID, REPORT_REMARK.REMARK_TEXT).from(REPORT_REMARK)
                .join(STUDENT).on(STUDENT.ID.eq(REPORT_REMARK.STUDENT_ID))
                .where(STUDENT.CLASS_ID.eq(classId), REPORT_REMARK.YEAR_ID.eq(yearId),
                        REPORT_REMARK.REPORT_PERIOD.eq(period.name()))
                .fetchMap(REPORT_REMARK.STUDENT_ID, REPORT_REMARK.REMARK_TEXT);
    }

    /** The class's students who have not left, each with the remark's text (empty when none). */
    List<StudentRemark> studentsOf(UUID classId, UUID yearId, RemarkPeriod period) {
        return store.dsl().select(STUDENT.ID, STUDENT.FIRST_NAME, STUDENT.LAST_NAME, REPORT_REMARK.REMARK_TEXT)
                .from(STUDENT).leftJoin(REPORT_REMARK).on(REPORT_REMARK.STUDENT_ID.eq(STUDENT.ID),
                        REPORT_REMARK.YEAR_ID.eq(yearId), REPORT_REMARK.REPORT_PERIOD.eq(period.name()))
                .where(STUDENT.CLASS_ID.eq(classId), STUDENT.LEFT_ORDER_DATE.isNull())
                .fetch(r -> new StudentRemark(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    // --- reads inside a write ---

    Optional<ClassOf> classOf(Writes w, UUID studentId) {
        return w.dsl().select(SCHOOL_CLASS.ID, SCHOOL_CLASS.NAME, SCHOOL_CLASS.YEAR_ID, SCHOOL_CLASS.TUTOR_ID)
                .from(STUDENT).join(SCHOOL_CLASS).on(SCHOOL_CLASS.ID.eq(STUDENT.CLASS_ID)).where(STUDENT.ID.eq(studentId))
                .fetchOptional(r -> new ClassOf(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** A staff member's roles, read inside the write they are checked for. */
    List<RoleGrant> roles(Writes w, UUID staffId) {
        return w.dsl().select(STAFF_ROLE.ROLE, STAFF_ROLE.CLASS_ID).from(STAFF_ROLE).where(STAFF_ROLE.STAFF_ID.eq(staffId))
                .fetch(r -> new RoleGrant(Role.valueOf(r.value1()), r.value2()));
    }

    Optional<String> text(Writes w, UUID id) {
        return w.dsl().select(REPORT_REMARK.REMARK_TEXT).from(REPORT_REMARK).where(REPORT_REMARK.ID.eq(id))
                .fetchOptional(REPORT_REMARK.REMARK_TEXT);
    }

    // --- writes ---

    void insert(Writes w, UUID id, UUID studentId, UUID yearId, RemarkPeriod period, String text, Instant at) {
        ReportRemarkRecord r = new ReportRemarkRecord();
        r.setId(id);
        r.setStudentId(studentId);
        r.setYearId(yearId);
        r.setReportPeriod(period.name());
        r.setRemarkText(text);
        r.setWrittenAt(OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        r.setWrittenBy(w.actor().userId());
        w.insert(r);
    }

    void update(Writes w, UUID id, String text, Instant at) {
        Map<org.jooq.Field<?>, Object> values = new java.util.LinkedHashMap<>();
        values.put(REPORT_REMARK.REMARK_TEXT, text);
        values.put(REPORT_REMARK.WRITTEN_AT, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        values.put(REPORT_REMARK.WRITTEN_BY, w.actor().userId());
        w.update(REPORT_REMARK, id, values);
    }
}
