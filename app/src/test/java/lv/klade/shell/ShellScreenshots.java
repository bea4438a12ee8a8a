package lv.klade.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import lv.klade.demo.DemoSchool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: pictures of the main screens for people to look at, written to target/screenshots.
 * Run it by name: {@code mvn -q test -Dtest=ShellScreenshots -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@ExtendWith(ApplicationExtension.class)
class ShellScreenshots {
    @TempDir
    static Path home;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Shell shell = new Shell(stage, new AppHome(home), Clock.systemDefaultZone());
        shell.showStart();
        stage.setWidth(1366);
        stage.setHeight(768);
        stage.show();
    }

    private void shoot(FxRobot robot, String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] taken = new WritableImage[1];
        robot.interact(() -> taken[0] = stage.getScene().getRoot().snapshot(null, null));
        Path out = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(out.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(taken[0], null), "png", out.toFile());
    }

    private static void waitFor(FxRobot robot, String query) throws TimeoutException {
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
    }

    @Test
    void mainScreens(FxRobot robot) throws Exception {
        shoot(robot, "01-start");
        robot.clickOn("#openDemo");
        waitFor(robot, "#demoUsers");
        shoot(robot, "02-login");
        String login = System.getProperty("screenshots.login", "admin");
        robot.interact(() -> {
            robot.lookup("#login").queryAs(TextField.class).setText(login);
            robot.lookup("#password").queryAs(TextField.class).setText(DemoSchool.PASSWORD);
        });
        robot.clickOn("#loginButton");
        waitFor(robot, "#mainWindow");
        WaitForAsyncUtils.sleep(2, TimeUnit.SECONDS);
        shoot(robot, "03-main-" + login);
        for (String section : System.getProperty("screenshots.sections", "").split(",")) {
            if (!section.isBlank() && robot.lookup("#nav-" + section).tryQuery().isPresent()) {
                robot.clickOn("#nav-" + section);
                WaitForAsyncUtils.sleep(2, TimeUnit.SECONDS);
                shoot(robot, "04-" + section + "-" + login);
            }
        }
    }

    @Test
    void joinForm(FxRobot robot) throws Exception {
        robot.clickOn("#joinPane");
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        shoot(robot, "01-start-join");
    }
}
