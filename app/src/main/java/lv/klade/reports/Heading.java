package lv.klade.reports;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What every page of a document names: the school, the school year (as printed, e.g.
 * "2025./2026."), the class ("7.a"), and the date printed; the class tutor and the director are
 * printed under their signature lines (either may be blank).
 */
public record Heading(String school, String schoolYear, String className, String classTutor,
        String director, LocalDate printedOn) {

    public Heading {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(schoolYear, "schoolYear");
        Objects.requireNonNull(className, "className");
        classTutor = Objects.requireNonNullElse(classTutor, "");
        director = Objects.requireNonNullElse(director, "");
        Objects.requireNonNull(printedOn, "printedOn");
    }
}
