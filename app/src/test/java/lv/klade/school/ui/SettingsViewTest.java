package lv.klade.school.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import lv.klade.db.Actor;
import lv.klade.db.ChangeLog;
import lv.klade.i18n.Messages;
import lv.klade.school.SchoolSetting;
import lv.klade.school.SchoolSettingsService;
import lv.klade.shell.Services;
import lv.klade.testing.ContentArea;
import lv.klade.testing.FirstDayDemo;
import lv.klade.testing.FxWaits;
import lv.klade.testing.TestLogins;
import lv.klade.ui.Background;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator's school settings view on the demo school. */
@ExtendWith(ApplicationExtension.class)
class SettingsViewTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);
    private static final Messages TEXT = Messages.latvian();

    @TempDir
    static Path dir;
    private static Services services;
    private static Actor admin;
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final List<String> errors = new ArrayList<>();
    private StackPane host;

    @BeforeAll
    static void school() {
        Path file = dir.resolve("demo");
        FirstDayDemo.create(file, 120, CLOCK);
        services = TestLogins.open(file, CLOCK);
        admin = Actor.user(services.user().id());
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @AfterEach
    void defaults() {
        worker.shutdownNow();
        SchoolSettingsService settings = services.settings();
        settings.save(Actor.SYSTEM, settings.catalog().stream()
                .collect(Collectors.toMap(SchoolSetting::key, SchoolSetting::defaultValue)));
    }

    @Start
    void start(Stage stage) {
        host = ContentArea.show(stage);
    }

    private void open(FxRobot robot) throws TimeoutException {
        SettingsViewModel model = new SettingsViewModel(services.settings(), admin,
                new Background(worker, Platform::runLater, TEXT, errors::add));
        robot.interact(() -> host.getChildren().setAll(new SettingsView(model, TEXT).root()));
        FxWaits.until(() -> robot.lookup("#setting-grades-deadline-FORMATIVE").tryQuery().isPresent());
    }

    private static void type(FxRobot robot, String id, String value) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(value));
    }

    private static void press(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).queryAs(Button.class).fire());
    }

    @Test
    void eachSettingShowsItsValueAndItsSeedDefault(FxRobot robot) throws Exception {
        open(robot);

        assertThat(field(robot, "#setting-deadline-lessonEntry")).isEqualTo("17:00");
        assertThat(field(robot, "#setting-grades-deadline-SUMMATIVE")).isEqualTo("7");
        assertThat(field(robot, "#setting-grades-weight-TEST")).isEqualTo("3");
        assertThat(field(robot, "#code-0")).isEqualTo("n");
        assertThat(robot.lookup("#flag-1-justified").queryAs(CheckBox.class).isSelected()).isTrue();
        Button restore = robot.lookup("#restore-attendance-unjustifiedLimit").queryAs(Button.class);
        assertThat(restore.getText()).isEqualTo("Noklusējums: 20");
        assertThat(restore.isDisabled()).isTrue();
        assertThat(robot.lookup("#saveSettings").query().isDisabled()).isTrue();
        ContentArea.picture(robot, host, "settings-1-defaults");
    }

    @Test
    void badValuesShowTheirMessagesAndNothingIsSaved(FxRobot robot) throws Exception {
        open(robot);
        long changes = new ChangeLog(services.store()).count();

        type(robot, "#setting-grades-deadline-FORMATIVE", "0");
        type(robot, "#setting-deadline-lessonEntry", "25:00");
        type(robot, "#setting-grades-weight-HOMEWORK", "-1");
        type(robot, "#code-1", "N");
        press(robot, "#saveSettings");

        assertThat(text(robot, "#error-grades-deadline-FORMATIVE")).isEqualTo("Ierakstiet veselu skaitli no 1 līdz 30; „0” neder.");
        assertThat(text(robot, "#error-deadline-lessonEntry")).contains("SS:MM", "„25:00”");
        assertThat(text(robot, "#error-grades-weight-HOMEWORK")).contains("no 0 līdz 10", "„-1”");
        assertThat(text(robot, "#error-attendance-codes")).contains("„N”", "divreiz");
        assertThat(text(robot, "#settingsError")).isEqualTo(TEXT.get("settings.fixFirst"));
        assertThat(new ChangeLog(services.store()).count()).isEqualTo(changes);
        ContentArea.picture(robot, host, "settings-2-bad-values");
    }

    @Test
    void changedSettingsAreSavedTogetherAndADefaultComesBackWithItsButton(FxRobot robot) throws Exception {
        open(robot);

        type(robot, "#setting-deadline-lessonEntry", "18:00");
        robot.interact(() -> robot.lookup("#option-grades-deadline-FORMATIVE").queryAs(CheckBox.class).setSelected(true));
        type(robot, "#setting-grades-weight-TEST", "4");
        press(robot, "#addCode");
        type(robot, "#code-3", "at");
        robot.interact(() -> robot.lookup("#flag-3-absence").queryAs(CheckBox.class).setSelected(true));
        press(robot, "#saveSettings");
        FxWaits.until(() -> !text(robot, "#settingsStatus").isEmpty());

        assertThat(text(robot, "#settingsStatus")).isEqualTo(TEXT.get("settings.saved", 4));
        assertThat(services.settings().values()).containsAllEntriesOf(Map.of("deadline.lessonEntry", "18:00",
                "grades.deadline.FORMATIVE", "nextLesson", "grades.weight.TEST", "4",
                "attendance.codes", "n:absence;ns:absence,justified;nk:;at:absence"));
        assertThat(robot.lookup("#setting-grades-deadline-FORMATIVE").query().isDisabled()).isTrue();

        press(robot, "#restore-deadline-lessonEntry");
        assertThat(field(robot, "#setting-deadline-lessonEntry")).isEqualTo("17:00");
        press(robot, "#saveSettings");
        FxWaits.until(() -> "17:00".equals(services.settings().values().get("deadline.lessonEntry")));
        assertThat(errors).isEmpty();
    }

    private static String field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class).getText();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
