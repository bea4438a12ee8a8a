package lv.klade.reports;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What every page of a document names: the school, the school year (as printed, e.g.
 * "2025./2026."), the class ("7.a"), and the date printed; the class tutor and the director are
 * printed under their signature lines (either may be blank) with their titles in the form that
 * fits them; the class's education programme and its code (either may be blank).
 */
public record Heading(String school, String schoolYear, String className, String classTutor,
        String director, LocalDate printedOn, String programme, String programmeCode, TitleForm tutorForm,
        TitleForm directorForm) {

    public Heading {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(schoolYear, "schoolYear");
        Objects.requireNonNull(className, "className");
        classTutor = Objects.requireNonNullElse(classTutor, "");
        director = Objects.requireNonNullElse(director, "");
        Objects.requireNonNull(printedOn, "printedOn");
        programme = Objects.requireNonNullElse(programme, "");
        programmeCode = Objects.requireNonNullElse(programmeCode, "");
        tutorForm = Objects.requireNonNullElse(tutorForm, TitleForm.NEUTRAL);
        directorForm = Objects.requireNonNullElse(directorForm, TitleForm.NEUTRAL);
    }

    /** A heading without a programme, the signers' titles in the neutral form. */
    public Heading(String school, String schoolYear, String className, String classTutor, String director,
                   LocalDate printedOn) {
        this(school, schoolYear, className, classTutor, director, printedOn, "", "", TitleForm.NEUTRAL,
                TitleForm.NEUTRAL);
    }

    /** The same heading naming the class's education programme and its code. */
    public Heading withProgramme(String name, String code) {
        return new Heading(school, schoolYear, className, classTutor, director, printedOn, name, code, tutorForm,
                directorForm);
    }
}
