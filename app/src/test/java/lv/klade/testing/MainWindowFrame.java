package lv.klade.testing;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import lv.klade.shell.Services;
import org.testfx.api.FxRobot;

/**
 * The main window's frame at 1366×768 with its theme and stylesheet: an empty header on top, an
 * empty navigation on the left and, in between, the view a test opens, where the window shows it.
 */
public final class MainWindowFrame {
    private final Stage stage;
    private final BorderPane window = new BorderPane();

    private MainWindowFrame(Stage stage) {
        this.stage = stage;
    }

    /** Puts the empty frame on the stage and shows it; call from the test's {@code @Start}. */
    public static MainWindowFrame show(Stage stage) {
        MainWindowFrame frame = new MainWindowFrame(stage);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Region header = new Region();
        header.setPrefHeight(49);
        header.getStyleClass().add("header");
        Region navigation = new Region();
        navigation.getStyleClass().add("navigation");
        frame.window.setTop(header);
        frame.window.setLeft(navigation);
        frame.window.getStylesheets().add(Services.class.getResource("klade.css").toExternalForm());
        stage.setScene(new Scene(frame.window, 1366, 768));
        // The headless screen is 1366×768 too: the whole window on it, so clicks and keys land.
        stage.setX(0);
        stage.setY(0);
        stage.show();
        return frame;
    }

    /** Opens a view in the content area, as a click in the navigation does; the view is made on the FX thread. */
    public void open(FxRobot robot, java.util.function.Supplier<Node> view) {
        robot.interact(() -> {
            Node made = view.get();
            BorderPane.setMargin(made, new Insets(16));
            window.setCenter(made);
        });
    }

    /** A picture of the whole window: target/screenshots/NAME.png. */
    public void shoot(FxRobot robot, String name) {
        Snapshots.shoot(robot, stage.getScene(), name);
    }
}
