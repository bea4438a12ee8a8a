package lv.klade.shell;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import lv.klade.i18n.Messages;
import lv.klade.people.StaffMember;
import lv.klade.ui.Background;
import lv.klade.ui.DialogService;
import lv.klade.ui.FxDialogService;

/** Moves the one window between the start screen, login and the main window, and owns the open journal. */
public final class Shell {
    static final double WIDTH = 1280;
    static final double HEIGHT = 720;

    private final Stage stage;
    private final AppHome home;
    private final Clock clock;
    // One worker keeps journal work in order and off the FX thread.
    private final ExecutorService worker = daemonWorker("klade-journal");
    // Print batches run beside it, so the preview and the rest stay usable meanwhile.
    private final ExecutorService printBatches = daemonWorker("klade-print-batch");
    private Messages messages;
    private Services services;
    private Path journal;

    Shell(Stage stage, AppHome home, Clock clock) {
        this.stage = stage;
        this.home = home;
        this.clock = clock;
        this.messages = Messages.forLanguage(home.preference("language").orElse("lv"));
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setTitle("Klade");
        stage.setMinWidth(1000);
        stage.setMinHeight(600);
    }

    Messages messages() {
        return messages;
    }

    AppHome home() {
        return home;
    }

    Clock clock() {
        return clock;
    }

    DialogService dialogs() {
        return new FxDialogService(stage, messages);
    }

    Background background() {
        DialogService dialogs = dialogs();
        return new Background(worker, Platform::runLater, messages, dialogs::showError);
    }

    private static ExecutorService daemonWorker(String name) {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    Executor printBatches() {
        return printBatches;
    }

    void switchLanguage(String language) {
        home.remember("language", language);
        messages = Messages.forLanguage(language);
        showStart();
    }

    void showStart() {
        closeJournal();
        StartViewModel model = new StartViewModel(home, clock, background(), this::showLogin, this::showMain);
        show(new StartView(model, this).root());
        model.load();
    }

    /** The login screen of a journal that is still locked: nothing of it is open until a password is right. */
    void showLogin(Path journal) {
        closeJournal();
        this.journal = journal;
        Background background = background();
        background.run(() -> LoginViewModel.prepare(journal, clock, background, this::showMain),
                model -> show(new LoginView(model, messages, this::showStart).root()), message -> {
                    showStart();
                    dialogs().showError(message);
                });
    }

    /** The main window for whoever opened the journal. */
    void showMain(Services opened) {
        services = opened;
        journal = opened.file();
        StaffMember member = opened.user();
        background().run(() -> MainViewModel.prepare(opened, member, messages),
                model -> show(new MainWindow(model, new Sections(opened, member, this, model.syncedPc()).available(),
                        this::logout).root()));
    }

    /** Logging out closes the journal: the next person logs in with their own password. */
    private void logout() {
        showLogin(journal);
    }

    private void show(Parent root) {
        root.getStylesheets().add(Shell.class.getResource("klade.css").toExternalForm());
        if (stage.getScene() == null) {
            stage.setScene(new Scene(root, WIDTH, HEIGHT));
        } else {
            stage.getScene().setRoot(root);
        }
    }

    private void closeJournal() {
        if (services != null) {
            Services closing = services;
            services = null;
            worker.execute(closing::close);
        }
    }

    void close() {
        closeJournal();
        worker.shutdown();
        printBatches.shutdown();
    }
}
