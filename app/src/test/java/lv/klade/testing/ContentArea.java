package lv.klade.testing;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import lv.klade.shell.Services;

/** A test stage dressed as the main window's content area, for views tested on their own. */
public final class ContentArea {
    private ContentArea() {
    }

    /**
     * Shows an empty content area on the stage: the main window's theme and stylesheet, at the
     * size its content area has at 1366×768 (the navigation and header take the rest).
     */
    public static StackPane show(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        StackPane host = new StackPane();
        host.setPadding(new Insets(16));
        Scene scene = new Scene(host, 1114, 718);
        scene.getStylesheets().add(Services.class.getResource("klade.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        return host;
    }
}
