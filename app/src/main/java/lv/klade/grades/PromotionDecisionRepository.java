package lv.klade.grades;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import lv.klade.db.JournalStore;
import lv.klade.db.Writes;
import lv.klade.db.generated.tables.records.PromotionDecisionRecord;
import lv.klade.people.DirectorOrder;
import lv.klade.people.Role;
import lv.klade.people.RoleGrant;
import org.jooq.Record;

import static lv.klade.db.generated.Tables.PROMOTION_DECISION;
import static lv.klade.db.generated.Tables.SCHOOL_CLASS;
import static lv.klade.db.generated.Tables.SCHOOL_YEAR;
import static lv.klade.db.generated.Tables.STAFF_ROLE;
import static lv.klade.db.generated.Tables.STUDENT;

/** Promotion decisions and what their rules need to know. Writes belong to {@link PromotionDecisionService}. */
public final class PromotionDecisionRepository {
    private final JournalStore store;

    public PromotionDecisionRepository(JournalStore store) {
        this.store = store;
    }

    /** A student's class and its year, as the decision rules need them. */
    record ClassOf(UUID classId, String className, int form, UUID tutorId, UUID yearId, LocalDate yearStarts,
                   LocalDate yearEnds) {
    }

    /** The decisions recorded in a year for these students, by student. */
    public Map<UUID, PromotionDecision> ofStudents(UUID yearId, List<UUID> studentIds) {
        return store.dsl().selectFrom(PROMOTION_DECISION)
                .where(PROMOTION_DECISION.YEAR_ID.eq(yearId), PROMOTION_DECISION.STUDENT_ID.in(studentIds))
                .fetch().stream().map(PromotionDecisionRepository::decision)
                .collect(Collectors.toMap(PromotionDecision::studentId, d -> d, (a, b) -> a));
    }

    private static PromotionDecision decision(Record r) {
        return new PromotionDecision(r.get(PROMOTION_DECISION.STUDENT_ID), r.get(PROMOTION_DECISION.YEAR_ID),
                Decision.valueOf(r.get(PROMOTION_DECISION.DECISION)),
                new DirectorOrder(r.get(PROMOTION_DECISION.ORDER_NUMBER), r.get(PROMOTION_DECISION.ORDER_DATE)));
    }

    // --- reads inside a write ---

    Optional<ClassOf> classOf(Writes w, UUID studentId) {
        return w.dsl().select(SCHOOL_CLASS.ID, SCHOOL_CLASS.NAME, SCHOOL_CLASS.FORM, SCHOOL_CLASS.TUTOR_ID,
                        SCHOOL_YEAR.ID, SCHOOL_YEAR.STARTS, SCHOOL_YEAR.ENDS)
                .from(STUDENT).join(SCHOOL_CLASS).on(SCHOOL_CLASS.ID.eq(STUDENT.CLASS_ID))
                .join(SCHOOL_YEAR).on(SCHOOL_YEAR.ID.eq(SCHOOL_CLASS.YEAR_ID)).where(STUDENT.ID.eq(studentId))
                .fetchOptional(r -> new ClassOf(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7()));
    }

    /** A staff member's roles, read inside the write they are checked for. */
    List<RoleGrant> roles(Writes w, UUID staffId) {
        return w.dsl().select(STAFF_ROLE.ROLE, STAFF_ROLE.CLASS_ID).from(STAFF_ROLE).where(STAFF_ROLE.STAFF_ID.eq(staffId))
                .fetch(r -> new RoleGrant(Role.valueOf(r.value1()), r.value2()));
    }

    boolean exists(Writes w, UUID id) {
        return w.dsl().fetchExists(PROMOTION_DECISION, PROMOTION_DECISION.ID.eq(id));
    }

    // --- writes ---

    void insert(Writes w, UUID id, PromotionDecision decision, Instant at) {
        PromotionDecisionRecord r = new PromotionDecisionRecord();
        r.setId(id);
        r.setStudentId(decision.studentId());
        r.setYearId(decision.yearId());
        r.setDecision(decision.decision().name());
        r.setOrderNumber(decision.order().number());
        r.setOrderDate(decision.order().date());
        r.setDecidedAt(OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        r.setDecidedBy(w.actor().userId());
        w.insert(r);
    }

    void update(Writes w, UUID id, PromotionDecision decision, Instant at) {
        Map<org.jooq.Field<?>, Object> values = new LinkedHashMap<>();
        values.put(PROMOTION_DECISION.DECISION, decision.decision().name());
        values.put(PROMOTION_DECISION.ORDER_NUMBER, decision.order().number());
        values.put(PROMOTION_DECISION.ORDER_DATE, decision.order().date());
        values.put(PROMOTION_DECISION.DECIDED_AT, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        values.put(PROMOTION_DECISION.DECIDED_BY, w.actor().userId());
        w.update(PROMOTION_DECISION, id, values);
    }
}
