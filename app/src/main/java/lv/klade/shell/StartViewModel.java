package lv.klade.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import lv.klade.db.JournalEncryption;
import lv.klade.demo.DemoProgress;
import lv.klade.db.JournalFile;
import lv.klade.people.Credentials;
import lv.klade.people.JournalLogin;
import lv.klade.i18n.UserError;
import lv.klade.setup.NewSchool;
import lv.klade.ui.Background;

/**
 * The start screen: open the demo school, set up a new school, join a school as a PC, or open a
 * journal file. A journal chosen here goes to the login screen ({@code onChosen}); a school set up or
 * joined here is opened at once for whoever typed its password ({@code onOpened}).
 */
final class StartViewModel {
    private static final String LAST_JOURNAL = "journal.last";
    private final AppHome home;
    private final Clock clock;
    private final Background background;
    private final Consumer<Path> onChosen;
    private final Consumer<Services> onOpened;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> lastJournal = new ReadOnlyObjectWrapper<>();
    private String lastJournalName = "";

    StartViewModel(AppHome home, Clock clock, Background background, Consumer<Path> onChosen,
                   Consumer<Services> onOpened) {
        this.home = home;
        this.clock = clock;
        this.background = background;
        this.onChosen = onChosen;
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

    /** Goes to the demo school's login, creating the school in the data folder the first time. */
    void openDemo() {
        choose(() -> {
            Services.makeDemo(home.demoJournal(), clock, (step, done, of) -> background.onUi(() -> status.set(
                    background.messages().get("start.demoStep", step.ordinal() + 1,
                            DemoProgress.Step.values().length, background.messages().get(step.key()),
                            of > 1 ? background.messages().get("start.demoStep.part", done + 1, of) : ""))));
            return home.demoJournal();
        });
        status.set(background.messages().get("start.openingDemo"));
    }

    /**
     * Goes to the journal's login once it is known to be one; a journal no build has encrypted yet is
     * encrypted first (once), with how far it is in the status line.
     */
    void openFile(Path file) {
        choose(() -> {
            JournalEncryption.encryptIfPlain(file, percent -> background.onUi(() -> status.set(
                    background.messages().get("db.encrypting", file, percent))));
            JournalLogin.keyring(file);
            return file;
        });
    }

    private void choose(Supplier<Path> finding) {
        start(finding, journal -> journal, onChosen);
    }

    /** The journal opened last time, once {@link #load} found it still there; null until then or when none. */
    ReadOnlyObjectProperty<Path> lastJournalProperty() {
        return lastJournal.getReadOnlyProperty();
    }

    /** Looks for the last journal off the FX thread: reading preferences and the disk is file work. */
    void load() {
        background.run(() -> home.preference(LAST_JOURNAL).map(Path::of)
                .filter(path -> JournalFile.of(path).exists()).map(path -> Map.entry(path, schoolName(path))), found -> {
            lastJournalName = found.map(Map.Entry::getValue).orElse("");
            lastJournal.set(found.map(Map.Entry::getKey).orElse(null));
        });
    }

    /** The last journal's school as its keyring names it (no login needed), else its file's name. */
    String lastJournalName() {
        return lastJournalName;
    }

    private static String schoolName(Path journal) {
        try {
            String title = JournalLogin.keyring(journal).title();
            if (title != null && !title.isBlank()) {
                return title;
            }
        } catch (RuntimeException e) {
            // A keyring that cannot be read shows the file's name; opening it will say what is wrong.
        }
        return JournalFile.of(journal).file().getFileName().toString().replaceFirst("\\.mv\\.db$", "");
    }

    /** Creates a new school's journal from the setup form and opens it. */
    void setUp(NewSchool form) {
        open(() -> Services.setUp(home.journals(), form, clock));
    }

    /** Where a joined journal goes unless the user picks another folder. */
    Path joinFolder() {
        return home.journals();
    }

    /**
     * Makes a new journal in {@code folder} a PC of the school the enrolment file names, then opens it
     * for the person joining, whose account the file was written for.
     */
    void join(Path enrolmentFile, Path folder, Credentials who) {
        if (enrolmentFile == null) {
            error.set(background.messages().get("start.join.noFile"));
            return;
        }
        open(() -> {
            if (!Files.isRegularFile(enrolmentFile)) {
                throw UserError.of("start.join.fileMissing", enrolmentFile);
            }
            return Services.join(folder == null ? joinFolder() : folder, enrolmentFile, who, clock);
        });
        status.set(background.messages().get("start.joining"));
    }

    private void open(Supplier<Services> opening) {
        start(opening, Services::file, onOpened);
    }

    /** Runs {@code work} in the background while busy; done, remembers the journal and goes on to it. */
    private <T> void start(Supplier<T> work, Function<T, Path> journalOf, Consumer<T> then) {
        busy.set(true);
        error.set("");
        status.set(background.messages().get("start.opening"));
        background.run(work, done -> {
            busy.set(false);
            status.set("");
            home.remember(LAST_JOURNAL, journalOf.apply(done).toString());
            then.accept(done);
        }, message -> {
            busy.set(false);
            status.set("");
            error.set(message);
        });
    }
}
