package lv.klade.yearend;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.db.JournalStore;
import lv.klade.db.Writes;
import lv.klade.grades.YearResults;
import lv.klade.i18n.Messages;
import lv.klade.i18n.Problem;
import lv.klade.i18n.UserError;
import lv.klade.people.DirectorOrder;
import lv.klade.people.RoleGrant;
import lv.klade.people.StaffMember;
import lv.klade.people.StaffService;
import lv.klade.people.StudentService;
import lv.klade.school.ClassRepository;
import lv.klade.school.ClassService;
import lv.klade.school.SchoolClass;
import lv.klade.school.SchoolRepository;
import lv.klade.school.SchoolService;

/**
 * Closes the current school year and opens the next, by the director's order, once the year is over
 * (after the last lesson day of every form) and every student's semester and year grades are in.
 * Everything is checked first ({@link #check}); then one transaction adds the next year with the
 * default calendar ({@code YearPlan.latvianDefault}) and makes it the current one, adds its classes a
 * form up with the same tutors and programmes (form 12 classes end, no form 1 class is made; see
 * {@link YearEndPlanner} for form 9), moves each student by their promotion outcome into their next
 * class from the new year's first day, and records the leaving of those who finish school. The closed year keeps its classes, journals, grades
 * and enrolments. Only an administrator closes a year.
 */
public final class YearEndService {
    private final JournalStore store;
    private final SchoolService school;
    private final ClassRepository classRepository;
    private final ClassService classes;
    private final StudentService students;
    private final StaffService staff;
    private final YearEndPlanner planner;

    public YearEndService(JournalStore store, SchoolRepository schoolRepository, SchoolService school,
                          ClassRepository classRepository, ClassService classes, StudentService students,
                          StaffService staff, YearResults results) {
        this.store = store;
        this.school = school;
        this.classRepository = classRepository;
        this.classes = classes;
        this.students = students;
        this.staff = staff;
        this.planner = new YearEndPlanner(schoolRepository, classRepository, staff, results);
    }

    /** What closing the current year today would do, or why it cannot; writes nothing. */
    public YearEnd check(Actor actor) {
        return planner.plan(actor, today());
    }

    /**
     * {@link #check}, and then the whole year end tried out in a transaction that is rolled back, so
     * every check the writes make has been made: what {@link #close} would do, written nowhere.
     */
    public YearEnd preview(Actor actor, DirectorOrder order) {
        YearEnd plan = checked(actor, order);
        if (!plan.canClose()) {
            return plan;
        }
        try {
            store.tryOut(actor, w -> apply(w, plan, order));
            return plan;
        } catch (UserError e) {
            return plan.withRefusal(e.problem());
        }
    }

    /** Closes the current year and opens the next, or, when anything stops it, says why and writes nothing. */
    public YearEnd close(Actor actor, DirectorOrder order) {
        YearEnd plan = checked(actor, order);
        if (!plan.canClose()) {
            return plan;
        }
        return store.write(actor, w -> apply(w, plan, order));
    }

    private YearEnd checked(Actor actor, DirectorOrder order) {
        YearEnd plan = check(actor);
        boolean complete = order != null && order.number() != null && !order.number().isEmpty() && order.date() != null;
        return complete || !plan.refusals().isEmpty() ? plan : plan.withRefusal(Problem.of("yearEnd.orderMissing"));
    }

    private YearEnd apply(Writes w, YearEnd plan, DirectorOrder order) {
        UUID nextYear = school.addYear(w, plan.closing().schoolId(), plan.next());
        school.setCurrentYear(w, nextYear);
        moveTutorsOff(w, plan);
        Map<String, UUID> nextClasses = new HashMap<>();
        for (ClassStep c : plan.classes()) {
            UUID id = classes.addClass(w, nextYear, c.name(), c.form(), c.programmeId(), c.tutorId());
            nextClasses.put(c.name(), id);
            if (c.tutorId() != null) {
                staff.grant(w, c.tutorId(), RoleGrant.tutorOf(id));
            }
        }
        LocalDate firstDay = plan.next().days().starts();
        for (StudentStep s : plan.students()) {
            switch (s.step()) {
                case PROMOTED, CONTINUES, KEPT_BACK -> students.move(w, s.studentId(), nextClasses.get(s.toClass()),
                        firstDay, order);
                case GRADUATES, LEAVES -> students.leave(w, s.studentId(), firstDay.minusDays(1), order);
            }
        }
        return plan.done();
    }

    /** A tutor's right to their closing year's class ends with it; the next year's class brings its own. */
    private void moveTutorsOff(Writes w, YearEnd plan) {
        for (SchoolClass c : classRepository.classes(plan.closing().id())) {
            RoleGrant grant = RoleGrant.tutorOf(c.id());
            boolean held = c.tutorId() != null && staff.byId(c.tutorId()).map(StaffMember::roles)
                    .filter(roles -> roles.contains(grant)).isPresent();
            if (held) {
                staff.withdraw(w, c.tutorId(), grant);
            }
        }
    }

    private LocalDate today() {
        return LocalDate.now(store.clock().withZone(Messages.RIGA));
    }
}
