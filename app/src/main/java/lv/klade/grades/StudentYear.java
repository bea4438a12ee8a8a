package lv.klade.grades;

import java.util.List;
import lv.klade.people.Student;

/**
 * One student's school year in their class: the promotion outcome of its year grades, and the
 * subjects whose semester or year grades are still missing (none once the year can close).
 */
public record StudentYear(Student student, PromotionOutcome outcome, List<MissingGrades> missing) {

    public StudentYear {
        missing = List.copyOf(missing);
    }
}
