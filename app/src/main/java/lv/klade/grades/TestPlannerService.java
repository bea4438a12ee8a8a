package lv.klade.grades;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.db.Ids;
import lv.klade.db.JournalStore;
import lv.klade.db.Writes;
import lv.klade.i18n.UserError;
import lv.klade.people.Role;
import lv.klade.people.StaffService;
import lv.klade.school.SchoolRepository;

/**
 * The test planner of each class. A teacher plans and publishes; once published, an entry may be
 * changed or removed only by the deputy director, and this is checked here, in the write path,
 * against the acting staff member's roles. Klade itself ({@link Actor#SYSTEM}: setup, the demo
 * school) is not limited. A class over the school's daily or weekly limit is refused with a message
 * naming the limit unless the caller confirms.
 */
public final class TestPlannerService {
    private final JournalStore store;
    private final SchoolRepository school;
    private final StaffService staff;
    private final PlannedTestRepository tests;

    public TestPlannerService(JournalStore store, SchoolRepository school, StaffService staff) {
        this.store = store;
        this.school = school;
        this.staff = staff;
        this.tests = new PlannedTestRepository(store);
    }

    public UUID plan(Actor actor, TestPlan plan, boolean confirmed) {
        return store.write(actor, w -> plan(w, plan, confirmed));
    }

    /** Adds a draft entry. */
    public UUID plan(Writes w, TestPlan plan, boolean confirmed) {
        TestPlan checked = checked(w, plan, null, confirmed);
        UUID id = Ids.next();
        tests.insert(w, id, checked, w.actor().userId());
        return id;
    }

    public void change(Actor actor, UUID testId, TestPlan plan, boolean confirmed) {
        store.run(actor, w -> change(w, testId, plan, confirmed));
    }

    public void change(Writes w, UUID testId, TestPlan plan, boolean confirmed) {
        PlannedTest stored = mayEdit(w, testId);
        tests.update(w, stored, checked(w, plan, testId, confirmed));
    }

    public void publish(Actor actor, UUID testId) {
        store.run(actor, w -> publish(w, testId));
    }

    public void publish(Writes w, UUID testId) {
        PlannedTest stored = existing(w, testId);
        if (!stored.published()) {
            tests.publish(w, testId);
        }
    }

    public void remove(Actor actor, UUID testId) {
        store.run(actor, w -> remove(w, testId));
    }

    public void remove(Writes w, UUID testId) {
        PlannedTest stored = mayEdit(w, testId);
        if (tests.hasGrades(w.dsl(), testId)) {
            throw UserError.of("grades.test.hasGrades", stored.plan().topic());
        }
        tests.delete(w, testId);
    }

    /** A class's tests from one day to another, by date. */
    public List<PlannedTest> ofClass(UUID classId, LocalDate from, LocalDate to) {
        return tests.ofClass(classId, from, to);
    }

    /** A journal's tests, by date: the grade book's test columns. */
    public List<PlannedTest> ofJournal(UUID journalId) {
        return tests.ofJournal(journalId);
    }

    private PlannedTest existing(Writes w, UUID testId) {
        return tests.test(w.dsl(), testId).orElseThrow(() -> UserError.of("grades.test.missing"));
    }

    private PlannedTest mayEdit(Writes w, UUID testId) {
        PlannedTest stored = existing(w, testId);
        UUID userId = w.actor().userId();
        if (stored.published() && userId != null) {
            boolean deputy = staff.byId(userId).filter(s -> !s.revoked())
                    .map(s -> s.holds(Role.DEPUTY_DIRECTOR)).orElse(false);
            if (!deputy) {
                throw UserError.of("grades.test.publishedOnlyDeputy", stored.plan().topic(), stored.plan().date());
            }
        }
        return stored;
    }

    private TestPlan checked(Writes w, TestPlan plan, UUID except, boolean confirmed) {
        if (plan.classId() == null || plan.journalId() == null || plan.date() == null || plan.scope() == null) {
            throw UserError.of("grades.test.incomplete");
        }
        if (plan.lessons() < 1 || plan.lessons() > 2) {
            throw UserError.of("grades.test.lessons", plan.lessons());
        }
        if (plan.topic() == null || plan.topic().isBlank()) {
            throw UserError.of("grades.test.topicMissing");
        }
        var place = tests.journalPlace(w.dsl(), plan.journalId())
                .filter(p -> plan.classId().equals(p.classId()))
                .orElseThrow(() -> UserError.of("grades.test.journalNotOfClass"));
        if (!school.calendar(place.yearId()).isSchoolDay(plan.date())) {
            throw UserError.of("grades.test.notSchoolDay", plan.date());
        }
        if (!confirmed) {
            checkLimits(w, plan, except);
        }
        return new TestPlan(plan.classId(), plan.journalId(), plan.date(), plan.lessons(), plan.scope(),
                plan.topic().strip());
    }

    private void checkLimits(Writes w, TestPlan plan, UUID except) {
        TestLimits limits = GradeSettings.from(school.settings()).testLimits();
        LocalDate day = plan.date();
        if (tests.count(w.dsl(), plan.classId(), day, day, except) + 1 > limits.perDay()) {
            throw UserError.of("grades.test.dayLimit", day, limits.perDay());
        }
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (tests.count(w.dsl(), plan.classId(), monday, monday.plusDays(6), except) + 1 > limits.perWeek()) {
            throw UserError.of("grades.test.weekLimit", monday, limits.perWeek());
        }
    }
}
