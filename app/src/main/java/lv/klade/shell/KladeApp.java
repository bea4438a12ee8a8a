package lv.klade.shell;

import java.time.Clock;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: the start screen first, then login, then the main window. */
public final class KladeApp extends Application {
    private Shell shell;

    /** Starts the window; called by {@code Main} so that the main class need not extend Application. */
    public static void launchWindow() {
        Application.launch(KladeApp.class);
    }

    @Override
    public void start(Stage stage) {
        shell = new Shell(stage, AppHome.standard(), Clock.systemDefaultZone());
        shell.showStart();
        stage.show();
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.close();
        }
    }
}
