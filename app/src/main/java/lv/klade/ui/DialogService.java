package lv.klade.ui;

import java.nio.file.Path;
import java.util.Optional;

/** Talks to the user in dialogs; view-models use it so that tests can replace it. */
public interface DialogService {
    void showError(String message);

    void showInfo(String message);

    boolean confirm(String message);

    Optional<Path> chooseJournalToOpen();
}
