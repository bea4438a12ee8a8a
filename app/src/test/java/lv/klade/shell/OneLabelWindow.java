package lv.klade.shell;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The anchor of StartBenchmark: the smallest JavaFX window, one label, reporting when shown as Klade does. */
public final class OneLabelWindow extends Application {
    /** The main class: like Klade's, it does not extend Application (JavaFX is on the class path). */
    public static final class Start {
        public static void main(String[] args) {
            Application.launch(OneLabelWindow.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("Klade"), 300, 100));
        stage.show();
        Platform.runLater(KladeApp::reportShownAndExit);
    }
}
