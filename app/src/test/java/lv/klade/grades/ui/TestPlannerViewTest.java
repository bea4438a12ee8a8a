package lv.klade.grades.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import lv.klade.grades.PlannedTest;
import lv.klade.grades.ui.TestPlannerViewModel.TestRow;
import lv.klade.school.Journal;
import lv.klade.testing.ContentArea;
import lv.klade.testing.CutText;
import lv.klade.testing.Snapshots;
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

@ExtendWith(ApplicationExtension.class)
class TestPlannerViewTest extends FxRobot {
    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 3);
    @TempDir
    static Path folder;
    private static GradesDemo demo;
    private static Journal journal;
    private Stage stage;

    @BeforeAll
    static void createDemo() {
        demo = GradesDemo.create(folder);
        journal = demo.classJournalOf("skolotajs");
    }

    @AfterAll
    static void closeDemo() {
        demo.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene((Parent) view("skolotajs"), 1366, 768));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    private javafx.scene.Node view(String login) {
        TestPlannerViewModel model = new TestPlannerViewModel(demo.services.testPlanner(),
                demo.services.classRepository(), demo.services.schoolRepository(), demo.login(login),
                demo.background(Platform::runLater), message -> true);
        model.openAt(journal.classId());
        return new TestPlannerView(model, demo.messages).root();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<TestRow> planner() {
        return lookup("#testPlanner").queryAs(TableView.class);
    }

    private String error() {
        return lookup("#plannerError").queryAs(Label.class).getText();
    }

    private Optional<TestRow> row(String topic) {
        return planner().getItems().stream().filter(r -> r.topic().equals(topic)).findFirst();
    }

    private Optional<PlannedTest> stored(String topic) {
        return demo.services.testPlanner().ofJournal(journal.id()).stream()
                .filter(t -> t.plan().topic().equals(topic)).findFirst();
    }

    @SuppressWarnings("unchecked")
    private void fill(LocalDate date, String topic) throws Exception {
        waitFor(() -> !lookup("#testJournal").queryAs(ComboBox.class).getItems().isEmpty());
        interact(() -> {
            lookup("#testDate").queryAs(DatePicker.class).setValue(date);
            ComboBox<JournalChoice> journals = lookup("#testJournal").queryAs(ComboBox.class);
            journals.setValue(journals.getItems().stream().filter(j -> j.id().equals(journal.id())).findFirst()
                    .orElseThrow());
            lookup("#testTopic").queryAs(TextField.class).setText(topic);
        });
    }

    private void select(String topic) throws Exception {
        waitFor(() -> row(topic).isPresent());
        interact(() -> planner().getSelectionModel().select(row(topic).orElseThrow()));
    }

    private Button button(String id) {
        return lookup(id).queryButton();
    }

    @Test
    void aTeacherCannotChangeAPublishedTestButTheDeputyDirectorCan() throws Exception {
        fill(TUESDAY, "Procenti");
        interact(() -> button("#addTest").fire());
        select("Procenti");
        interact(() -> button("#publishTest").fire());
        waitFor(() -> stored("Procenti").map(PlannedTest::published).orElse(false)
                && row("Procenti").map(r -> r.test().published()).orElse(false));

        select("Procenti");
        assertThat(button("#changeTest").isDisabled()).isTrue();
        assertThat(button("#removeTest").isDisabled()).isTrue();
        assertThat(error()).isEqualTo(demo.messages.get("grades.test.publishedOnlyDeputy", "Procenti", TUESDAY));

        interact(() -> stage.getScene().setRoot((Parent) view("vietnieks")));
        select("Procenti");
        assertThat(button("#changeTest").isDisabled()).isFalse();
        assertThat(error()).isEmpty();
        interact(() -> {
            lookup("#testTopic").queryAs(TextField.class).setText("Procenti un daļas");
            button("#changeTest").fire();
        });
        waitFor(() -> stored("Procenti un daļas").isPresent());
        assertThat(stored("Procenti un daļas").orElseThrow().published()).isTrue();
        assertThat(error()).isEmpty();
        Snapshots.shoot(this, stage.getScene(), "grades-planner-deputy");
    }

    @Test
    void aTeachersChangeToAPublishedTestIsRefusedWithTheReason() throws Exception {
        fill(TUESDAY.plusDays(1), "Vienādojumi");
        interact(() -> button("#addTest").fire());
        select("Vienādojumi");
        interact(() -> button("#publishTest").fire());
        waitFor(() -> stored("Vienādojumi").map(PlannedTest::published).orElse(false));

        // Past the disabled button: the write path itself refuses, and the view says why.
        TestPlannerViewModel model = new TestPlannerViewModel(demo.services.testPlanner(),
                demo.services.classRepository(), demo.services.schoolRepository(), demo.login("skolotajs"),
                demo.background(Platform::runLater), message -> true);
        model.openAt(journal.classId());
        interact(() -> stage.getScene().setRoot((Parent) new TestPlannerView(model, demo.messages).root()));
        select("Vienādojumi");
        interact(() -> model.remove());
        waitFor(() -> !error().isEmpty());
        assertThat(error()).isEqualTo(demo.messages.get("grades.test.publishedOnlyDeputy", "Vienādojumi",
                TUESDAY.plusDays(1)));
        assertThat(stored("Vienādojumi")).isPresent();
    }

    @Test
    void thePlannersDatesAndHeadersReadWholeAt1366() throws Exception {
        interact(() -> ContentArea.show(stage).getChildren().setAll(view("skolotajs")));
        fill(TUESDAY, "Daļskaitļu saskaitīšana un atņemšana");
        interact(() -> button("#addTest").fire());
        waitFor(() -> row("Daļskaitļu saskaitīšana un atņemšana").isPresent());
        ContentArea.picture(this, planner(), "grades-planner-1366");

        assertThat(CutText.inTables(planner().getScene().getRoot())).isEmpty();
    }
}
