package lv.klade.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import lv.klade.shell.Shell;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Pictures of views for people to look at, written to target/screenshots. */
public final class Snapshots {
    private Snapshots() {
    }

    public static void shoot(FxRobot robot, Scene scene, String name) {
        // Dressed as the main window dresses its views, so the picture shows what a user sees.
        robot.interact(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            scene.getRoot().getStylesheets().add(Shell.class.getResource("klade.css").toExternalForm());
        });
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] taken = new WritableImage[1];
        robot.interact(() -> taken[0] = scene.getRoot().snapshot(null, null));
        Path out = Path.of("target", "screenshots", name + ".png");
        try {
            Files.createDirectories(out.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(taken[0], null), "png", out.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
