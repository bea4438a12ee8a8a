package lv.klade.shell;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The JavaFX application: the start screen first, then login, then the main window. */
public final class KladeApp extends Application {
    /** A system property: when true, the window prints how long after the JVM's start it was shown, and closes. */
    public static final String REPORT_SHOWN = "klade.reportShown";

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
        if (Boolean.getBoolean(REPORT_SHOWN)) {
            Platform.runLater(KladeApp::reportShownAndExit);
        }
    }

    /** Runs after the pulse that drew the first window: how long the start took (StartBenchmark reads it). */
    static void reportShownAndExit() {
        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("shown after " + ms + " ms");
        Platform.exit();
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.close();
        }
    }
}
