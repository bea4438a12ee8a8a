package lv.klade.yearend.ui;

import java.nio.file.Path;

/**
 * The year's files the window writes: the year archive and the final grades for the state register.
 * Each call does the file work (call it off the FX thread), refuses with a {@link lv.klade.i18n.UserError}
 * whoever may not, and returns the line to show when done.
 */
public interface YearFiles {
    /** Writes the current year's archive (README.md, "Archiving a school year") at {@code target}. */
    String archive(Path target);

    /** Writes form 9's or 12's final grades as CSV (app/FINAL-GRADES.md) at {@code target}; none while any lacks one. */
    String exportFinalGrades(int form, Path target);

    /** The current year's name, for the files' suggested names ("2026/27"). */
    String yearName();
}
