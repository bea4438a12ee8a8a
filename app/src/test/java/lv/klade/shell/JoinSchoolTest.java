package lv.klade.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import lv.klade.db.Actor;
import lv.klade.sync.SyncFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** A fresh classroom PC joins its school from the start screen with the enrolment file. */
@ExtendWith(ApplicationExtension.class)
class JoinSchoolTest {
    @TempDir
    static Path folder;
    private static SyncFixture school;
    private static Path enrolment;
    private static Path changePackage;
    private Path home;

    @BeforeAll
    static void aCentralCopyWithEnrolmentFiles() {
        school = SyncFixture.central(folder.resolve("central"));
        enrolment = folder.resolve("kabinets-12.zip");
        school.centralSync().enrol(Actor.SYSTEM, "Kabinets 12", enrolment);
        Path other = folder.resolve("kabinets-14.zip");
        school.centralSync().enrol(Actor.SYSTEM, "Kabinets 14", other);
        school.join(other, "Kabinets 14");
        changePackage = school.pcSync().export(folder.resolve("changes.zip")).file();
    }

    @AfterAll
    static void close() {
        school.close();
    }

    @Start
    void start(Stage stage) throws IOException {
        home = Files.createTempDirectory(folder, "home");
        Shell shell = new Shell(stage, new AppHome(home), Clock.systemDefaultZone());
        shell.showStart();
        stage.show();
    }

    private void join(FxRobot robot, Path file) {
        join(robot, file, lv.klade.demo.DemoSchool.PASSWORD);
    }

    /** Joins as the demo's administrator, whom the whole-school enrolment files were written for. */
    private void join(FxRobot robot, Path file, String password) {
        robot.clickOn("#joinPane");
        robot.interact(() -> {
            robot.lookup("#enrolmentFile").queryAs(TextInputControl.class).setText(file.toString());
            robot.lookup("#joinLogin").queryAs(TextInputControl.class).setText("admin");
            robot.lookup("#joinPassword").queryAs(TextInputControl.class).setText(password);
        });
        robot.clickOn("#joinSchool");
    }

    private static String errorAfterJoining(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !robot.lookup("#startError").queryAs(Label.class).getText().isEmpty());
        return robot.lookup("#startError").queryAs(Label.class).getText();
    }

    @Test
    void aPcJoinsFromTheEnrolmentFileIntoTheDataFolderLoggedInAsWhoeverJoined(FxRobot robot) throws Exception {
        join(robot, enrolment);

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#mainWindow").tryQuery().isPresent());
        assertThat(robot.lookup("#schoolLine").queryAs(Label.class).getText())
                .contains(school.centralSchools().school().orElseThrow().name());
        try (var files = Files.list(new AppHome(home).journals())) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(name -> name.endsWith("kabinets-12.mv.db"));
        }
    }

    @Test
    void aChangePackageInsteadOfAnEnrolmentFileIsRefusedAndNoJournalIsMade(FxRobot robot) throws Exception {
        join(robot, changePackage);

        assertThat(errorAfterJoining(robot)).contains("nav pievienošanas fails");
        assertThat(robot.lookup("#login").tryQuery()).isEmpty();
        assertThat(Files.exists(new AppHome(home).journals())
                && Files.list(new AppHome(home).journals()).findAny().isPresent()).isFalse();
    }

    @Test
    void aCorruptEnrolmentFileIsRefusedWithAMessage(FxRobot robot) throws Exception {
        Path corrupt = Files.write(folder.resolve("bojats.zip"), java.util.Arrays.copyOf(Files.readAllBytes(enrolment), 300));

        join(robot, corrupt);

        assertThat(errorAfterJoining(robot)).contains("bojāta vai nepilnīga");
        assertThat(robot.lookup("#login").tryQuery()).isEmpty();
    }

    @Test
    void aPasswordThatIsNotOneOfThePcsUsersOpensNothingAndMakesNoJournal(FxRobot robot) throws Exception {
        join(robot, enrolment, "nav-ta-parole");

        assertThat(errorAfterJoining(robot)).contains("nevar atvērt ar šo lietotājvārdu un paroli");
        assertThat(Files.exists(new AppHome(home).journals())
                && Files.list(new AppHome(home).journals()).findAny().isPresent()).isFalse();
    }

    @Test
    void joiningAgainWhereThePcAlreadyHasItsJournalSaysWhereItIs(FxRobot robot) throws Exception {
        Path journals = new AppHome(home).journals();
        lv.klade.sync.SyncService.joinIn(journals, enrolment, lv.klade.sync.SyncFixture.joiner(enrolment), Clock.systemDefaultZone());

        join(robot, enrolment);

        assertThat(errorAfterJoining(robot)).contains("jau ir pievienots").contains(journals.toString());
    }

    @Test
    void joiningWithoutAFileAsksForOne(FxRobot robot) throws TimeoutException {
        robot.clickOn("#joinPane");
        robot.clickOn("#joinSchool");

        assertThat(errorAfterJoining(robot)).contains("Izvēlieties");
        assertThat(Files.exists(new AppHome(home).journals())).isFalse();
    }
}
