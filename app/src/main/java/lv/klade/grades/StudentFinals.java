package lv.klade.grades;

import java.util.List;
import lv.klade.people.Student;

/** One student's year-end grades, subject by subject, in the order of the class's journals. */
public record StudentFinals(Student student, List<SubjectFinal> subjects) {

    public StudentFinals {
        subjects = List.copyOf(subjects);
    }
}
