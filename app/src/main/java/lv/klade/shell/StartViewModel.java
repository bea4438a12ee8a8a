package lv.klade.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import lv.klade.db.JournalFile;
import lv.klade.i18n.UserError;
import lv.klade.setup.NewSchool;
import lv.klade.ui.Background;

/** The start screen: open the demo school, set up a new school, join a school as a PC, or open a journal file. */
final class StartViewModel {
    private static final String LAST_JOURNAL = "journal.last";
    private final AppHome home;
    private final Clock clock;
    private final Background background;
    private final Consumer<Services> onOpened;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> lastJournal = new ReadOnlyObjectWrapper<>();

    StartViewModel(AppHome home, Clock clock, Background background, Consumer<Services> onOpened) {
        this.home = home;
        this.clock = clock;
        this.background = background;
        this.onOpened = onOpened;
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What Klade is doing while busy, so that a long first start does not look stuck. */
    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Opens the demo school, creating it in the data folder the first time. */
    void openDemo() {
        open(() -> Services.openDemo(home.demoJournal(), clock));
        status.set(background.messages().get("start.openingDemo"));
    }

    void openFile(Path file) {
        open(() -> Services.open(file, clock));
    }

    /** The journal opened last time, once {@link #load} found it still there; null until then or when none. */
    ReadOnlyObjectProperty<Path> lastJournalProperty() {
        return lastJournal.getReadOnlyProperty();
    }

    /** Looks for the last journal off the FX thread: reading preferences and the disk is file work. */
    void load() {
        background.run(() -> home.preference(LAST_JOURNAL).map(Path::of)
                .filter(path -> JournalFile.of(path).exists()), found -> lastJournal.set(found.orElse(null)));
    }

    /** Creates a new school's journal from the setup form and opens it. */
    void setUp(NewSchool form) {
        open(() -> Services.setUp(home.journals(), form, clock));
    }

    /** Where a joined journal goes unless the user picks another folder. */
    Path joinFolder() {
        return home.journals();
    }

    /** Makes a new journal in {@code folder} a PC of the school the enrolment file names, then opens it. */
    void join(Path enrolmentFile, Path folder) {
        if (enrolmentFile == null) {
            error.set(background.messages().get("start.join.noFile"));
            return;
        }
        open(() -> {
            if (!Files.isRegularFile(enrolmentFile)) {
                throw UserError.of("start.join.fileMissing", enrolmentFile);
            }
            return Services.join(folder == null ? joinFolder() : folder, enrolmentFile, clock);
        });
        status.set(background.messages().get("start.joining"));
    }

    private void open(java.util.function.Supplier<Services> opening) {
        busy.set(true);
        error.set("");
        status.set(background.messages().get("start.opening"));
        background.run(opening, services -> {
            busy.set(false);
            status.set("");
            home.remember(LAST_JOURNAL, services.file().toString());
            onOpened.accept(services);
        }, message -> {
            busy.set(false);
            status.set("");
            error.set(message);
        });
    }
}
