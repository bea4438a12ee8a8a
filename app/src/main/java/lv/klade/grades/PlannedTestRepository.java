package lv.klade.grades;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lv.klade.db.JournalStore;
import lv.klade.db.Writes;
import lv.klade.db.generated.tables.records.PlannedTestRecord;
import org.jooq.DSLContext;
import org.jooq.Field;

import static lv.klade.db.generated.Tables.GRADE;
import static lv.klade.db.generated.Tables.JOURNAL;
import static lv.klade.db.generated.Tables.PLANNED_TEST;
import static lv.klade.db.generated.Tables.STUDENT_GROUP;

/** Test planner rows. */
final class PlannedTestRepository {
    /** The class a journal teaches and its school year. */
    record JournalPlace(UUID classId, UUID yearId) {
    }

    private final JournalStore store;

    PlannedTestRepository(JournalStore store) {
        this.store = store;
    }

    Optional<PlannedTest> test(DSLContext dsl, UUID id) {
        return dsl.selectFrom(PLANNED_TEST).where(PLANNED_TEST.ID.eq(id)).fetchOptional(PlannedTestRepository::toTest);
    }

    /** The class a journal teaches (its class, or its group's class) and the journal's year; empty if no journal. */
    Optional<JournalPlace> journalPlace(DSLContext dsl, UUID journalId) {
        return dsl.select(JOURNAL.CLASS_ID, STUDENT_GROUP.CLASS_ID, JOURNAL.YEAR_ID).from(JOURNAL)
                .leftJoin(STUDENT_GROUP).on(STUDENT_GROUP.ID.eq(JOURNAL.GROUP_ID))
                .where(JOURNAL.ID.eq(journalId))
                .fetchOptional(r -> new JournalPlace(r.value1() != null ? r.value1() : r.value2(), r.value3()));
    }

    /** How many tests the class has from {@code from} to {@code to}, leaving out {@code except}. */
    int count(DSLContext dsl, UUID classId, LocalDate from, LocalDate to, UUID except) {
        var where = PLANNED_TEST.CLASS_ID.eq(classId).and(PLANNED_TEST.TEST_DATE.between(from, to));
        return dsl.fetchCount(PLANNED_TEST, except == null ? where : where.and(PLANNED_TEST.ID.ne(except)));
    }

    boolean hasGrades(DSLContext dsl, UUID testId) {
        return dsl.fetchExists(GRADE, GRADE.TEST_ID.eq(testId));
    }

    List<PlannedTest> ofClass(UUID classId, LocalDate from, LocalDate to) {
        return store.dsl().selectFrom(PLANNED_TEST)
                .where(PLANNED_TEST.CLASS_ID.eq(classId).and(PLANNED_TEST.TEST_DATE.between(from, to)))
                .orderBy(PLANNED_TEST.TEST_DATE).fetch(PlannedTestRepository::toTest);
    }

    List<PlannedTest> ofJournal(UUID journalId) {
        return store.dsl().selectFrom(PLANNED_TEST).where(PLANNED_TEST.JOURNAL_ID.eq(journalId))
                .orderBy(PLANNED_TEST.TEST_DATE).fetch(PlannedTestRepository::toTest);
    }

    void insert(Writes w, UUID id, TestPlan plan, UUID plannedBy) {
        PlannedTestRecord r = new PlannedTestRecord();
        r.setId(id);
        r.setClassId(plan.classId());
        r.setJournalId(plan.journalId());
        r.setTestDate(plan.date());
        r.setLessons(plan.lessons());
        r.setScope(plan.scope().name());
        r.setTopic(plan.topic());
        r.setState(TestState.DRAFT.name());
        r.setPlannedBy(plannedBy);
        w.insert(r);
    }

    /** Writes the fields of the plan that differ from the stored ones. */
    void update(Writes w, PlannedTest stored, TestPlan plan) {
        TestPlan old = stored.plan();
        Map<Field<?>, Object> changed = new LinkedHashMap<>();
        putIfChanged(changed, PLANNED_TEST.CLASS_ID, old.classId(), plan.classId());
        putIfChanged(changed, PLANNED_TEST.JOURNAL_ID, old.journalId(), plan.journalId());
        putIfChanged(changed, PLANNED_TEST.TEST_DATE, old.date(), plan.date());
        putIfChanged(changed, PLANNED_TEST.LESSONS, old.lessons(), plan.lessons());
        putIfChanged(changed, PLANNED_TEST.SCOPE, old.scope().name(), plan.scope().name());
        putIfChanged(changed, PLANNED_TEST.TOPIC, old.topic(), plan.topic());
        if (!changed.isEmpty()) {
            w.update(PLANNED_TEST, stored.id(), changed);
        }
    }

    private static <T> void putIfChanged(Map<Field<?>, Object> changed, Field<T> field, T old, T now) {
        if (!old.equals(now)) {
            changed.put(field, now);
        }
    }

    void publish(Writes w, UUID id) {
        w.update(PLANNED_TEST, id, Map.of(PLANNED_TEST.STATE, TestState.PUBLISHED.name()));
    }

    void delete(Writes w, UUID id) {
        w.delete(PLANNED_TEST, id);
    }

    private static PlannedTest toTest(PlannedTestRecord r) {
        return new PlannedTest(r.getId(), new TestPlan(r.getClassId(), r.getJournalId(), r.getTestDate(),
                r.getLessons(), TestScope.valueOf(r.getScope()), r.getTopic()),
                TestState.valueOf(r.getState()), r.getPlannedBy());
    }
}
