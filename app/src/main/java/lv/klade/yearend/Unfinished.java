package lv.klade.yearend;

import java.util.List;
import lv.klade.grades.MissingGrades;

/** A student whose year cannot close yet: the period grades still missing, the re-examinations still to write. */
public record Unfinished(String className, String student, List<MissingGrades> missing, List<String> reExaminations) {

    public Unfinished {
        missing = List.copyOf(missing);
        reExaminations = List.copyOf(reExaminations);
    }
}
