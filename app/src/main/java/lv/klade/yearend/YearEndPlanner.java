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
 * close, the next year's plan and classes, and each student's step by their promotion outcome, or
 * kept back where the pedagogical council so decided.
 * Form 12 classes end. Form 9 classes go on to form 10, with the programme the school's form 10
 * learns, where the school teaches form 10; there its students with the certificate go on with them,
 * since most stay and a student who leaves is recorded afterwards. A school without form 10 (a
 * pamatskola) ends its form 9 classes, and their students with the certificate leave.
 */
final class YearEndPlanner {
    /** Basic education ends with form 9 (the certificate of basic education); secondary begins with form 10. */
    private static final int LAST_BASIC = 9;
    private static final int FIRST_SECONDARY = 10;

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
        YearPlan next = YearPlan.latvianDefault(year.starts().getYear() + 1);
        Optional<Problem> refused = refusal(actor, today, year, next);
        if (refused.isPresent()) {
            return YearEnd.refused(year, refused.get());
        }
        List<SchoolClass> closing = classes.classes(year.id());
        Optional<SchoolClass> secondary = closing.stream().filter(c -> c.form() == FIRST_SECONDARY).findFirst();
        List<String> ending = new ArrayList<>();
        List<ClassStep> nextClasses = classSteps(closing, secondary, ending);
        List<StudentStep> steps = new ArrayList<>();
        List<Unfinished> unfinished = new ArrayList<>();
        for (SchoolClass c : closing) {
            for (StudentYear student : results.ofClass(c.id())) {
                String name = student.student().lastName() + " " + student.student().firstName();
                List<String> reExaminations = student.outcome().verdict() == Verdict.RE_EXAMINATION_NEEDED
                        ? student.outcome().shortfalls().stream().map(SubjectYear::subject).toList() : List.of();
                if (student.keptBack()) {
                    // The council's decision stands whatever the grades say: forms 1–3 may be kept back too.
                    steps.add(step(c, student.student(), name, Verdict.NOT_PROMOTED, nextClasses,
                            secondary.isPresent()));
                } else if (!student.missing().isEmpty() || !reExaminations.isEmpty()) {
                    unfinished.add(new Unfinished(c.name(), name, student.missing(), reExaminations));
                } else {
                    steps.add(step(c, student.student(), name, student.outcome().verdict(), nextClasses,
                            secondary.isPresent()));
                }
            }
        }
        nextClasses.sort(Comparator.comparingInt(ClassStep::form).thenComparing(ClassStep::name));
        return new YearEnd(year, next, nextClasses, ending, steps, List.of(), unfinished, false);
    }

    /** Why the year cannot close at all: not an administrator, not over yet (or closed already), next year made. */
    private Optional<Problem> refusal(Actor actor, LocalDate today, SchoolYear year, YearPlan next) {
        if (actor.userId() != null && !staff.byId(actor.userId()).map(m -> m.holds(Role.ADMINISTRATOR)).orElse(false)) {
            return Optional.of(Problem.of("yearEnd.notAdministrator"));
        }
        List<SchoolYear> years = school.years();
        if (!today.isAfter(year.ends())) {
            Optional<SchoolYear> closed = years.stream().filter(y -> y.ends().isBefore(year.starts()))
                    .reduce((earlier, later) -> later);
            return Optional.of(closed.isPresent()
                    ? Problem.of("yearEnd.closedAlready", closed.get().name(), year.name(), year.starts(), year.ends())
                    : Problem.of("yearEnd.notOver", year.name(), year.ends()));
        }
        if (years.stream().anyMatch(y -> y.name().equals(next.name()))) {
            return Optional.of(Problem.of("yearEnd.nextExists", next.name(), year.name()));
        }
        return Optional.empty();
    }

    /** The next year's classes, a form up; the names of the classes that end go to {@code ending}. */
    private List<ClassStep> classSteps(List<SchoolClass> closing, Optional<SchoolClass> secondary, List<String> ending) {
        Map<UUID, String> tutors = staff.all().stream().collect(Collectors.toMap(StaffMember::id, StaffMember::fullName));
        List<ClassStep> nextClasses = new ArrayList<>();
        for (SchoolClass c : closing) {
            if (c.form() == SchoolClass.LAST_FORM || c.form() == LAST_BASIC && secondary.isEmpty()) {
                ending.add(c.name());
            } else {
                // Form 10 learns a secondary programme: the one the school's form 10 learns now.
                UUID programme = c.form() == LAST_BASIC ? secondary.get().programmeId() : c.programmeId();
                nextClasses.add(new ClassStep(c.id(), c.name(), nextName(c), c.form() + 1, programme, c.tutorId(),
                        c.tutorId() == null ? "" : tutors.getOrDefault(c.tutorId(), ""), false));
            }
        }
        return nextClasses;
    }

    private static StudentStep step(SchoolClass c, Student student, String name, Verdict verdict,
                                    List<ClassStep> nextClasses, boolean teachesSecondary) {
        Step step = switch (verdict) {
            case PROMOTED, PROMOTED_WITH_ONE_SHORTFALL -> Step.PROMOTED;
            case NOT_PROMOTED -> Step.KEPT_BACK;
            case CERTIFICATE -> c.form() == LAST_BASIC && teachesSecondary ? Step.CONTINUES : Step.GRADUATES;
            // Form 9 may learn another year for its certificate; no form 12 class goes on.
            case NO_CERTIFICATE -> c.form() == SchoolClass.LAST_FORM ? Step.LEAVES : Step.KEPT_BACK;
            case RE_EXAMINATION_NEEDED, GRADES_MISSING -> throw new IllegalArgumentException("Unfinished: " + verdict);
        };
        String to = switch (step) {
            case PROMOTED, CONTINUES -> nextName(c);
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
