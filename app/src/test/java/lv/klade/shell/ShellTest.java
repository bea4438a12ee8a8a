package lv.klade.shell;

import lv.klade.testing.FirstDayDemo;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import lv.klade.demo.DemoSchool;
import lv.klade.people.ui.ClassesViewModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The way in: start screen, the demo school, login, and what the main window shows each role. */
@ExtendWith(ApplicationExtension.class)
class ShellTest {
    @TempDir
    static Path home;
    private Shell shell;

    @BeforeAll
    static void createTheDemoOnce() {
        // The start screen creates the demo on first use; making it once here keeps each test short.
        FirstDayDemo.create(new AppHome(home).demoJournal(), 240, Clock.systemUTC());
    }

    @Start
    void start(Stage stage) {
        shell = new Shell(stage, new AppHome(home), Clock.systemDefaultZone());
        shell.showStart();
        stage.show();
    }

    private static void waitFor(FxRobot robot, String query) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
    }

    /** Opens the start screen's "new school" pane and waits until its expanding is over (slow on a busy PC). */
    private static void openSetUp(FxRobot robot) throws TimeoutException {
        robot.clickOn("#setUpPane");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#createSchool")
                .match(org.testfx.matcher.base.NodeMatchers.isVisible()).tryQuery().isPresent()
                && robot.lookup("#setUpPane").queryAs(javafx.scene.control.TitledPane.class).isExpanded());
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
    }

    /** The class the classes view has selected, whatever its row type shows. */
    @SuppressWarnings("unchecked")
    private static ClassesViewModel.ClassRow selectedClass(FxRobot robot) {
        return ((javafx.scene.control.TableView<ClassesViewModel.ClassRow>) robot.lookup("#classes").query())
                .getSelectionModel().getSelectedItem();
    }

    /** Opens a section from the navigation; looked up on the FX thread, as views load in the background. */
    private static void openSection(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup("#nav-" + id).queryAs(javafx.scene.control.ToggleButton.class).fire());
    }

    private void logIn(FxRobot robot, String login, String password) throws TimeoutException {
        robot.clickOn("#openDemo");
        waitFor(robot, "#login");
        robot.interact(() -> {
            robot.lookup("#login").queryAs(TextField.class).setText(login);
            robot.lookup("#password").queryAs(TextField.class).setText(password);
        });
        robot.clickOn("#loginButton");
    }

    @Test
    void aClassTutorSeesTheirClassInTheMainWindow(FxRobot robot) throws TimeoutException {
        logIn(robot, "audzinataja", DemoSchool.PASSWORD);
        waitFor(robot, "#mainWindow");

        assertThat(robot.lookup("#userRoles").queryAs(Label.class).getText()).contains("7.a");
        openSection(robot, "classes");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> selectedClass(robot) != null);
        assertThat(selectedClass(robot).name()).isEqualTo("7.a");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#students")
                .queryAs(javafx.scene.control.TableView.class).getItems().isEmpty());
        assertThat(robot.lookup("#nav-calendar").tryQuery()).isPresent();
        assertThat(robot.lookup("#nav-staff").tryQuery()).isEmpty();
        assertThat(robot.lookup("#nav-timetable").tryQuery()).isPresent();
    }

    @Test
    void aSubjectTeacherSeesNoAdministratorView(FxRobot robot) throws TimeoutException {
        logIn(robot, "skolotajs", DemoSchool.PASSWORD);
        waitFor(robot, "#mainWindow");

        assertThat(robot.lookup("#nav-staff").tryQuery()).isEmpty();
        assertThat(robot.lookup("#nav-timetable").tryQuery()).isEmpty();
        assertThat(robot.lookup("#nav-yearEnd").tryQuery()).isEmpty();
        // The checks are the deputy director's and the administrator's (ChecksRights).
        assertThat(robot.lookup("#nav-checks").tryQuery()).isEmpty();
        // The demo journal is not a classroom PC, so syncing it is the administrator's.
        assertThat(robot.lookup("#nav-sync").tryQuery()).isEmpty();
        openSection(robot, "calendar");
        waitFor(robot, "#breaks");
        assertThat(robot.lookup("#addBreak").tryQuery()).isEmpty();
    }

    @Test
    void theAdministratorSeesTheAdministratorViews(FxRobot robot) throws TimeoutException {
        logIn(robot, "admin", DemoSchool.PASSWORD);
        waitFor(robot, "#mainWindow");

        assertThat(robot.lookup("#nav-staff").tryQuery()).isPresent();
        assertThat(robot.lookup("#nav-sync").tryQuery()).isPresent();
        assertThat(robot.lookup("#nav-timetable").tryQuery()).isPresent();
        assertThat(robot.lookup("#nav-yearEnd").tryQuery()).isPresent();
        openSection(robot, "calendar");
        waitFor(robot, "#addBreak");
        assertThat(robot.lookup("#setFormDay").tryQuery()).isPresent();
    }

    @Test
    void aWrongPasswordShowsAMessageAndStaysOnTheLoginScreen(FxRobot robot) throws TimeoutException {
        logIn(robot, "audzinataja", "nepareiza-parole");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !robot.lookup("#loginMessage").queryAs(Label.class).getText().isEmpty());

        assertThat(robot.lookup("#loginMessage").queryAs(Label.class).getText()).contains("4");
        assertThat(robot.lookup("#mainWindow").tryQuery()).isEmpty();
    }

    @Test
    void aNewSchoolIsSetUpOpenForItsAdministratorWhoLogsInAgainAfterLoggingOut(FxRobot robot)
            throws TimeoutException {
        openSetUp(robot);
        robot.interact(() -> {
            text(robot, "#schoolName", "Aknīstes vidusskola");
            text(robot, "#adminFirstName", "Līga");
            text(robot, "#adminLastName", "Ozoliņa");
            text(robot, "#adminLogin", "liga");
            text(robot, "#adminPassword", "drosa-parole-1");
            text(robot, "#adminPasswordRepeat", "drosa-parole-1");
        });
        robot.clickOn("#createSchool");
        waitFor(robot, "#mainWindow");
        assertThat(robot.lookup("#userName").queryAs(Label.class).getText()).isEqualTo("Līga Ozoliņa");
        robot.interact(() -> robot.lookup("#logout").queryAs(javafx.scene.control.Button.class).fire());
        waitFor(robot, "#login");
        assertThat(robot.lookup("#loginSchool").queryAs(Label.class).getText()).isEqualTo("Aknīstes vidusskola");
        assertThat(robot.lookup("#demoUsers").tryQuery()).isEmpty();

        robot.interact(() -> {
            text(robot, "#login", "liga");
            text(robot, "#password", "drosa-parole-1");
        });
        robot.clickOn("#loginButton");
        waitFor(robot, "#mainWindow");
        assertThat(robot.lookup("#userName").queryAs(Label.class).getText()).isEqualTo("Līga Ozoliņa");

        robot.interact(() -> robot.lookup("#logout").queryAs(javafx.scene.control.Button.class).fire());
        waitFor(robot, "#back");
        robot.interact(() -> robot.lookup("#back").queryAs(javafx.scene.control.Hyperlink.class).fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#openLast").tryQuery()
                .map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#openLast").queryAs(javafx.scene.control.Button.class).getText())
                .isEqualTo("Turpināt: Aknīstes vidusskola");
    }

    @Test
    void aSetupWithDifferentPasswordsSaysSoAndCreatesNothing(FxRobot robot) throws Exception {
        openSetUp(robot);
        robot.interact(() -> {
            text(robot, "#schoolName", "Jelgavas skola");
            text(robot, "#adminFirstName", "Ints");
            text(robot, "#adminLastName", "Liepa");
            text(robot, "#adminLogin", "ints");
            text(robot, "#adminPassword", "parole-viens");
            text(robot, "#adminPasswordRepeat", "parole-divi");
        });
        robot.clickOn("#createSchool");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !robot.lookup("#startError").queryAs(Label.class).getText().isEmpty());

        assertThat(robot.lookup("#startError").queryAs(Label.class).getText()).contains("Paroles nesakrīt");
        try (var files = java.nio.file.Files.list(home)) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).noneMatch(name -> name.contains("jelgavas"));
        }
        Path journals = new AppHome(home).journals();
        if (java.nio.file.Files.isDirectory(journals)) {
            try (var files = java.nio.file.Files.list(journals)) {
                assertThat(files.map(Path::toString)).noneMatch(name -> name.contains("jelgavas"));
            }
        }
    }

    private static void text(FxRobot robot, String query, String value) {
        robot.lookup(query).queryAs(javafx.scene.control.TextInputControl.class).setText(value);
    }

    @Test
    void theDemoLoginScreenListsItsUsers(FxRobot robot) throws TimeoutException {
        robot.clickOn("#openDemo");
        waitFor(robot, "#demoUsers");
        Node table = robot.lookup("#demoUsers").query();
        assertThat(((javafx.scene.control.TableView<?>) table).getItems()).hasSize(DemoSchool.LOGINS.size());
    }
}
