package lv.klade.yearend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import lv.klade.db.Actor;
import lv.klade.grades.StudentYear;
import lv.klade.grades.SubjectYear;
import lv.klade.grades.Verdict;
import lv.klade.grades.YearResults;
import lv.klade.i18n.Problem;
import lv.klade.i18n.UserError;
import lv.klade.people.Role;
import lv.klade.people.StaffMember;
import lv.klade.people.StaffService;
import lv.klade.people.Student;
import lv.klade.school.ClassRepository;
import lv.klade.school.SchoolClass;
import lv.klade.school.SchoolRepository;
import lv.klade.school.SchoolYear;
import lv.klade.school.YearPlan;

/**
 * Works out a year's end from the journal as it is, writing nothing: whether the current year may
 * close, the next year's plan and classes, and each student's step by their promotion outcome.
 */
final class YearEndPlanner {
    private final SchoolRepository school;
    private final ClassRepository classes;
    private final StaffService staff;
    private final YearResults results;

    YearEndPlanner(SchoolRepository school, ClassRepository classes, StaffService staff, YearResults results) {
        this.school = school;
        this.classes = classes;
        this.staff = staff;
        this.results = results;
    }

    YearEnd plan(Actor actor, LocalDate today) {
        SchoolYear year = school.currentYear().orElseThrow(() -> UserError.of("school.missing"));
        if (actor.userId() != null && !staff.byId(actor.userId()).map(m -> m.holds(Role.ADMINISTRATOR)).orElse(false)) {
            return YearEnd.refused(year, Problem.of("yearEnd.notAdministrator"));
        }
        if (!today.isAfter(year.ends())) {
            Optional<SchoolYear> closed = school.years().stream().filter(y -> y.ends().isBefore(year.starts()))
                    .reduce((earlier, later) -> later);
            return YearEnd.refused(year, closed.isPresent()
                    ? Problem.of("yearEnd.closedAlready", closed.get().name(), year.name(), year.starts(), year.ends())
                    : Problem.of("yearEnd.notOver", year.name(), year.ends()));
        }
        YearPlan next = YearPlan.latvianDefault(year.starts().getYear() + 1);
        if (school.years().stream().anyMatch(y -> y.name().equals(next.name()))) {
            return YearEnd.refused(year, Problem.of("yearEnd.nextExists", next.name(), year.name()));
        }
        Map<UUID, String> tutors = staff.all().stream().collect(Collectors.toMap(StaffMember::id, StaffMember::fullName));
        List<SchoolClass> closing = classes.classes(year.id());
        List<ClassStep> nextClasses = new ArrayList<>();
        List<String> ending = new ArrayList<>();
        for (SchoolClass c : closing) {
            if (c.form() == SchoolClass.LAST_FORM) {
                ending.add(c.name());
            } else {
                nextClasses.add(new ClassStep(c.id(), c.name(), nextName(c), c.form() + 1, c.programmeId(), c.tutorId(),
                        c.tutorId() == null ? "" : tutors.getOrDefault(c.tutorId(), ""), false));
            }
        }
        List<StudentStep> steps = new ArrayList<>();
        List<Unfinished> unfinished = new ArrayList<>();
        for (SchoolClass c : closing) {
            for (StudentYear student : results.ofClass(c.id())) {
                String name = student.student().lastName() + " " + student.student().firstName();
                List<String> reExaminations = student.outcome().verdict() == Verdict.RE_EXAMINATION_NEEDED
                        ? student.outcome().shortfalls().stream().map(SubjectYear::subject).toList() : List.of();
                if (!student.missing().isEmpty() || !reExaminations.isEmpty()) {
                    unfinished.add(new Unfinished(c.name(), name, student.missing(), reExaminations));
                } else {
                    steps.add(step(c, student.student(), name, student.outcome().verdict(), nextClasses));
                }
            }
        }
        nextClasses.sort(Comparator.comparingInt(ClassStep::form).thenComparing(ClassStep::name));
        return new YearEnd(year, next, nextClasses, ending, steps, List.of(), unfinished, false);
    }

    private static StudentStep step(SchoolClass c, Student student, String name, Verdict verdict,
                                    List<ClassStep> nextClasses) {
        Step step = switch (verdict) {
            case PROMOTED, PROMOTED_WITH_ONE_SHORTFALL -> Step.PROMOTED;
            case NOT_PROMOTED -> Step.KEPT_BACK;
            case CERTIFICATE -> Step.GRADUATES;
            // Form 9 may learn another year for its certificate; no form 12 class goes on.
            case NO_CERTIFICATE -> c.form() == SchoolClass.LAST_FORM ? Step.LEAVES : Step.KEPT_BACK;
            case RE_EXAMINATION_NEEDED, GRADES_MISSING -> throw new IllegalArgumentException("Unfinished: " + verdict);
        };
        String to = switch (step) {
            case PROMOTED -> nextName(c);
            case KEPT_BACK -> keptBackClass(c, nextClasses);
            case GRADUATES, LEAVES -> null;
        };
        return new StudentStep(student.id(), name, c.name(), step, to);
    }

    /** "7.a" → "8.a": the class's form number, one up, and the rest of its name. */
    static String nextName(SchoolClass c) {
        return c.name().replaceFirst("^\\d{1,2}", String.valueOf(c.form() + 1));
    }

    /**
     * The next year's class of the same name (the class below moved up), else the first of the same
     * form; where no class of that form goes on, the student's own class again, without a tutor.
     */
    private static String keptBackClass(SchoolClass c, List<ClassStep> nextClasses) {
        Optional<ClassStep> same = nextClasses.stream().filter(n -> n.name().equals(c.name())).findFirst()
                .or(() -> nextClasses.stream().filter(n -> n.form() == c.form()).findFirst());
        if (same.isPresent()) {
            return same.get().name();
        }
        nextClasses.add(new ClassStep(c.id(), c.name(), c.name(), c.form(), c.programmeId(), null, "", true));
        return c.name();
    }
}
