package lv.klade.printing.ui;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the user where to save; the view uses the system's choosers, tests answer for them. */
public interface FileChoices {
    /** A file to save a PDF as, starting from the suggested name; empty if the user cancelled. */
    Optional<Path> saveAs(String suggestedName);

    /** A folder for a batch; empty if the user cancelled. */
    Optional<Path> folder();
}
