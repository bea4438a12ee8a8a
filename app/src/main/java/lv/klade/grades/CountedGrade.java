package lv.klade.grades;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A grade as an average sees it: its value, kind and date; {@code id} may be null outside the journal. */
public record CountedGrade(UUID id, Grade grade, GradeKind kind, LocalDate date) {

    public CountedGrade {
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(kind, "kind");
    }
}
