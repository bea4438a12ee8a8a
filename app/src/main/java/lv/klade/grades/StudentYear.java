package lv.klade.grades;

import java.util.List;
import java.util.Optional;
import lv.klade.people.Student;

/**
 * One student's school year in their class: the promotion outcome of its year grades, the subjects
 * whose semester or year grades are still missing (none once the year can close), and the council's
 * decision with the director's order, once it is recorded.
 */
public record StudentYear(Student student, PromotionOutcome outcome, List<MissingGrades> missing,
                          Optional<PromotionDecision> decision) {

    public StudentYear {
        missing = List.copyOf(missing);
        java.util.Objects.requireNonNull(decision, "decision");
    }

    /** Whether the council kept the student back, whatever their grades (forms 1–3 included). */
    public boolean keptBack() {
        return decision.filter(d -> d.decision() == Decision.KEPT_BACK).isPresent();
    }
}
