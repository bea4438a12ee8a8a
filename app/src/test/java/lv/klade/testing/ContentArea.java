package lv.klade.testing;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import lv.klade.shell.Services;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

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

    /** A picture of the content area as a user sees it, for people to look at: target/screenshots/NAME.png. */
    public static void picture(FxRobot robot, Node host, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] taken = new WritableImage[1];
        robot.interact(() -> taken[0] = host.getScene().getRoot().snapshot(null, null));
        Path out = Path.of("target", "screenshots", name + ".png");
        try {
            Files.createDirectories(out.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(taken[0], null), "png", out.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
