package lv.klade.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import lv.klade.checks.CheckKind;
import lv.klade.checks.ui.ChecksViewModel;
import lv.klade.demo.DemoSchool;
import lv.klade.i18n.Messages;
import lv.klade.lessons.ui.ClassOption;
import lv.klade.printing.PrintKind;
import lv.klade.printing.ui.TargetChoice;
import lv.klade.testing.FirstDayDemo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deputy director's checks in the main window: a class's line opens what it names there (the
 * class's transcripts of the month to print, its absences), a journal's line the journal, and the
 * way back shows the checks as they were.
 */
@ExtendWith(ApplicationExtension.class)
class ChecksSectionTest {
    /** Six weeks after a first day: September's transcripts are overdue, most lessons unfilled. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-15T09:00:00Z"), Messages.RIGA);
    @TempDir
    static Path home;

    @BeforeAll
    static void createTheDemoOnce() {
        FirstDayDemo.create(new AppHome(home).demoJournal(), 120, CLOCK);
    }

    @Start
    void start(Stage stage) {
        Shell shell = new Shell(stage, new AppHome(home), CLOCK);
        shell.showStart();
        stage.show();
    }

    private static void waitFor(FxRobot robot, String query) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
    }

    @SuppressWarnings("unchecked")
    private static TableView<ChecksViewModel.Row> openChecks(FxRobot robot) throws TimeoutException {
        robot.clickOn("#openDemo");
        waitFor(robot, "#login");
        robot.interact(() -> {
            robot.lookup("#login").queryAs(TextField.class).setText("vietnieks");
            robot.lookup("#password").queryAs(TextField.class).setText(DemoSchool.PASSWORD);
        });
        robot.clickOn("#loginButton");
        waitFor(robot, "#mainWindow");
        robot.interact(() -> robot.lookup("#nav-checks").queryAs(javafx.scene.control.ToggleButton.class).fire());
        waitFor(robot, "#checksTable");
        TableView<ChecksViewModel.Row> table = robot.lookup("#checksTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        return table;
    }

    private static void enterOn(FxRobot robot, TableView<ChecksViewModel.Row> table, ChecksViewModel.Row row) {
        robot.interact(() -> {
            table.getSelectionModel().select(row);
            table.scrollTo(row);
            table.requestFocus();
        });
        robot.type(KeyCode.ENTER);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTranscriptLineOpensTheClassesTranscriptsOfItsMonthAndBackReturns(FxRobot robot) throws Exception {
        TableView<ChecksViewModel.Row> table = openChecks(robot);
        int shown = table.getItems().size();
        ChecksViewModel.Row row = table.getItems().stream()
                .filter(r -> r.line().kind() == CheckKind.TRANSCRIPT_NOT_ISSUED).findFirst().orElseThrow();
        enterOn(robot, table, row);
        waitFor(robot, "#printKind");
        ComboBox<PrintKind> kind = robot.lookup("#printKind").queryAs(ComboBox.class);
        ComboBox<TargetChoice> target = robot.lookup("#printClass").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> kind.getValue() == PrintKind.TRANSCRIPT
                && target.getValue() != null && target.getValue().id().equals(row.line().classId()));
        assertThat(robot.lookup("#printPeriod").queryAs(ComboBox.class).getValue().toString()).contains("septembris");

        robot.clickOn("#checksBack");
        waitFor(robot, "#checksTable");
        assertThat(robot.lookup("#checksTable").queryAs(TableView.class).getItems()).hasSize(shown);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aJournalLineOpensItsGradeBookAndAnAbsenceLimitLineTheClassesAbsences(FxRobot robot) throws Exception {
        TableView<ChecksViewModel.Row> table = openChecks(robot);
        ChecksViewModel.Row lesson = table.getItems().stream()
                .filter(r -> r.line().kind() == CheckKind.LESSON_OVERDUE).findFirst().orElseThrow();
        enterOn(robot, table, lesson);
        waitFor(robot, "#gradeJournal");
        robot.clickOn("#checksBack");
        waitFor(robot, "#checksTable");

        // No pupil is past the limit six weeks in; the class line is the opener's second kind all the same.
        ChecksViewModel.Row classLine = new ChecksViewModel.Row(new lv.klade.checks.CheckLine(CheckKind.ABSENCE_LIMIT,
                java.time.LocalDate.of(2026, 10, 15), null, lesson.line().classId(), null, "", java.util.List.of("", 0)),
                "", "", "", "", "");
        robot.interact(() -> table.getItems().add(0, classLine));
        enterOn(robot, table, classLine);
        waitFor(robot, "#absencesClass");
        ComboBox<ClassOption> classes = robot.lookup("#absencesClass").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> classes.getValue() != null
                && classes.getValue().id().equals(lesson.line().classId()));
        assertThat(robot.lookup("#summaryMonth").queryAs(ComboBox.class).getValue()).isEqualTo(YearMonth.of(2026, 10));
    }
}
