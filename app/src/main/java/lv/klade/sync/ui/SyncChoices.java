package lv.klade.sync.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Asks the user for files and for a yes; the view uses the system's dialogs, tests answer for them. */
public interface SyncChoices {
    /** A folder (a USB stick, say) to write a package into; empty if the user cancelled. */
    Optional<Path> folder();

    /** Packages to import; empty if the user cancelled. */
    List<Path> packages();

    /** Where to save an enrolment file, starting from the suggested name; empty if the user cancelled. */
    Optional<Path> saveAs(String suggestedName);

    boolean confirm(String question);
}
