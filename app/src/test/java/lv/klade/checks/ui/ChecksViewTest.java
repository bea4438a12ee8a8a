package lv.klade.checks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import lv.klade.checks.CheckKind;
import lv.klade.checks.CheckLine;
import lv.klade.i18n.Messages;
import lv.klade.shell.Services;
import lv.klade.testing.ContentArea;
import lv.klade.testing.FxWaits;
import lv.klade.testing.Snapshots;
import lv.klade.timetable.AbsenceDemo;
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

/**
 * The checks section as the deputy director uses it on the {@link AbsenceDemo} school, where no lesson
 * of the autumn has been filled: November's lines, one teacher's, and a line opening its journal.
 */
@ExtendWith(ApplicationExtension.class)
class ChecksViewTest {
    private static final Messages TEXT = Messages.latvian();

    @TempDir
    static Path dir;
    private static AbsenceDemo demo;
    private static Services services;
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final List<String> errors = new ArrayList<>();
    private StackPane host;

    @BeforeAll
    static void school() {
        demo = new AbsenceDemo(dir);
        services = demo.services;
    }

    @AfterAll
    static void close() {
        demo.close();
    }

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    @Start
    void start(Stage stage) {
        host = ContentArea.show(stage);
    }

    @SuppressWarnings("unchecked")
    private static TableView<CheckLine> table(FxRobot robot) {
        return (TableView<CheckLine>) robot.lookup("#checksTable").query();
    }

    @Test
    void theMonthsLinesOneTeachersAndALineOpeningItsJournal(FxRobot robot) throws Exception {
        ChecksViewModel model = new ChecksViewModel(services.checks(TEXT), services.staff(), services.year(),
                LocalDate.of(2026, 11, 30), demo.deputy, new Background(worker, Platform::runLater, TEXT, errors::add));
        robot.interact(() -> host.getChildren().setAll(new ChecksView(model, TEXT, journal -> new Label("Žurnāls "
                + journal)).root()));
        FxWaits.until(() -> !model.loadingProperty().get());
        assertThat(errors).isEmpty();
        assertThat(model.monthProperty().get()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(table(robot).getItems()).isNotEmpty()
                .anyMatch(l -> l.kind() == CheckKind.LESSON_OVERDUE);
        assertThat(robot.lookup("#checksStatus").queryAs(Label.class).getText())
                .isEqualTo(TEXT.get("checks.view.count", table(robot).getItems().size()));
        Snapshots.shoot(robot, robot.lookup("#checksTable").query().getScene(), "checks");

        ChecksViewModel.TeacherChoice teacher = model.teachers().stream()
                .filter(t -> "skolotajs".equals(t.login())).findFirst().orElseThrow();
        robot.interact(() -> model.teacherProperty().set(teacher));
        FxWaits.until(() -> !model.loadingProperty().get());
        assertThat(table(robot).getItems()).isNotEmpty()
                .allMatch(l -> l.teacher().equals(demo.teacher.fullName()));

        CheckLine first = table(robot).getItems().getFirst();
        robot.interact(() -> {
            table(robot).getSelectionModel().select(0);
            table(robot).requestFocus();
        });
        robot.type(javafx.scene.input.KeyCode.ENTER);
        Node opened = robot.lookup("#checksJournal").query();
        assertThat(opened).isNotNull();
        assertThat(robot.lookup("Žurnāls " + first.journalId()).tryQuery()).isPresent();
        robot.clickOn("#checksBack");
        assertThat(robot.lookup("#checksJournal").tryQuery()).isEmpty();
        assertThat(robot.lookup("#checksTable").tryQuery()).isPresent();
    }
}
