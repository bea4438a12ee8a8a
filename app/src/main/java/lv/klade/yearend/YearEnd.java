package lv.klade.yearend;

import java.util.ArrayList;
import java.util.List;
import lv.klade.i18n.Problem;
import lv.klade.school.SchoolYear;
import lv.klade.school.YearPlan;

/**
 * What closing a school year does, or why it cannot: the closing year and the next one's plan, the
 * next year's classes, the closing classes that end (form 12), each student's step, and what stops it: {@code refusals} about the year as a
 * whole, {@code unfinished} students pupil by pupil. {@code closed} once it was done.
 */
public record YearEnd(SchoolYear closing, YearPlan next, List<ClassStep> classes, List<String> ending,
                      List<StudentStep> students, List<Problem> refusals, List<Unfinished> unfinished, boolean closed) {

    public YearEnd {
        classes = List.copyOf(classes);
        ending = List.copyOf(ending);
        students = List.copyOf(students);
        refusals = List.copyOf(refusals);
        unfinished = List.copyOf(unfinished);
    }

    /** A year end stopped before any student was looked at. */
    static YearEnd refused(SchoolYear closing, Problem why) {
        return new YearEnd(closing, null, List.of(), List.of(), List.of(), List.of(why), List.of(), false);
    }

    /** Nothing stops it. */
    public boolean canClose() {
        return refusals.isEmpty() && unfinished.isEmpty();
    }

    public long count(Step step) {
        return students.stream().filter(s -> s.step() == step).count();
    }

    YearEnd withRefusal(Problem why) {
        List<Problem> all = new ArrayList<>(refusals);
        all.add(why);
        return new YearEnd(closing, next, classes, ending, students, all, unfinished, false);
    }

    YearEnd done() {
        return new YearEnd(closing, next, classes, ending, students, refusals, unfinished, true);
    }
}
