package lv.klade.grades.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import lv.klade.db.Actor;
import lv.klade.grades.GradeKind;
import lv.klade.grades.GradeParser;
import lv.klade.grades.ParseResult;
import lv.klade.grades.PeriodColumn;
import lv.klade.grades.Scale;
import lv.klade.grades.StoredGrade;
import lv.klade.grades.ui.PeriodGradesViewModel.Period;
import lv.klade.grades.ui.PeriodGradesViewModel.PeriodRow;
import lv.klade.school.Journal;
import lv.klade.school.JournalKind;
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

/** The year's exam, re-examination and final grades of a form 9 journal, typed in the period grades view. */
@ExtendWith(ApplicationExtension.class)
class PeriodGradesViewTest extends FxRobot {
    @TempDir
    static Path folder;
    private static GradesDemo demo;
    private static Journal journal;
    private static Actor teacher;
    private PeriodGradesViewModel model;

    @BeforeAll
    static void createDemo() {
        demo = GradesDemo.create(folder);
        var s = demo.services;
        journal = s.classRepository().journals(s.year().id()).stream()
                .filter(j -> j.kind() == JournalKind.SUBJECT && j.classId() != null && !j.teachers().isEmpty())
                .filter(j -> s.classRepository().schoolClass(j.classId()).orElseThrow().form() == 9)
                .findFirst().orElseThrow();
        teacher = Actor.user(journal.teachers().getFirst().staffId());
    }

    @AfterAll
    static void closeDemo() {
        demo.close();
    }

    @Start
    void start(Stage stage) {
        var s = demo.services;
        model = new PeriodGradesViewModel(s.gradeBooks(), s.grades(), s.schoolRepository(), teacher,
                demo.background(Platform::runLater));
        stage.setScene(new Scene((Parent) new PeriodGradesView(model, demo.messages).root(), 1366, 768));
        stage.show();
        model.setJournal(JournalChoice.of(journal));
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<PeriodRow> table() {
        return lookup("#periodGrades").queryAs(TableView.class);
    }

    private String error() {
        return lookup("#periodError").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private void openTheYear() throws Exception {
        waitFor(() -> !model.periods().isEmpty());
        interact(() -> {
            ComboBox<Period> period = lookup("#period").queryAs(ComboBox.class);
            period.setValue(period.getItems().getLast());
        });
        waitFor(() -> column(GradeKind.FINAL) != null && !table().getItems().isEmpty());
    }

    private TableColumn<PeriodRow, ?> column(GradeKind kind) {
        return table().getVisibleLeafColumns().stream().filter(c -> kind.equals(c.getUserData())).findFirst()
                .orElse(null);
    }

    private void standOn(int row, GradeKind kind) {
        interact(() -> {
            table().requestFocus();
            table().getSelectionModel().clearAndSelect(row, column(kind));
            table().getFocusModel().focus(row, column(kind));
        });
    }

    /** The grade of a kind stored for the student of a row, as the journal has it now. */
    private Optional<String> stored(int row, GradeKind kind) {
        UUID student = table().getItems().get(row).studentId();
        PeriodColumn column = new PeriodColumn(kind, demo.services.year().ends());
        return demo.services.gradeBooks().gradeBook(journal.id(), Optional.empty()).rows().stream()
                .filter(r -> r.student().id().equals(student)).findFirst()
                .map(r -> r.periods().get(column)).map(StoredGrade::grade).map(g -> g.typed());
    }

    @Test
    void theYearOfAFormNineJournalHasExamReExaminationAndFinalColumns() throws Exception {
        openTheYear();
        assertThat(table().getVisibleLeafColumns().stream().map(TableColumn::getUserData)
                .filter(GradeKind.class::isInstance).toList())
                .containsExactly(GradeKind.YEAR, GradeKind.EXAM, GradeKind.RE_EXAMINATION, GradeKind.FINAL);
    }

    @Test
    void examAndFinalGradesAreTypedSavedRefusedWhenInvalidAndShownAgainAfterReopening() throws Exception {
        openTheYear();
        standOn(0, GradeKind.EXAM);
        write("11").type(KeyCode.ENTER);
        var problem = ((ParseResult.Invalid) GradeParser.parse("11", Scale.TEN_POINT)).problem();
        waitFor(() -> !error().isEmpty());
        assertThat(error()).isEqualTo(demo.messages.text(problem));
        assertThat(stored(0, GradeKind.EXAM)).isEmpty();

        type(KeyCode.ESCAPE);
        standOn(0, GradeKind.EXAM);
        write("85%").type(KeyCode.ENTER);
        waitFor(() -> stored(0, GradeKind.EXAM).isPresent() && !table().getItems().getFirst().text(GradeKind.EXAM).isEmpty());
        assertThat(stored(0, GradeKind.EXAM)).contains("85%");
        assertThat(error()).isEmpty();
        assertThat(table().getFocusModel().getFocusedCell().getRow()).isEqualTo(1);

        write("6").type(KeyCode.ENTER);
        standOn(0, GradeKind.FINAL);
        write("7").type(KeyCode.ENTER);
        waitFor(() -> stored(0, GradeKind.FINAL).isPresent() && stored(1, GradeKind.EXAM).isPresent());
        assertThat(stored(1, GradeKind.EXAM)).contains("6");
        assertThat(stored(0, GradeKind.FINAL)).contains("7");
        Snapshots.shoot(this, table().getScene(), "grades-periods-exams");

        PeriodGradesViewModel reopened = new PeriodGradesViewModel(demo.services.gradeBooks(), demo.services.grades(),
                demo.services.schoolRepository(), teacher, demo.sameThread());
        reopened.setJournal(JournalChoice.of(journal));
        reopened.periodProperty().set(reopened.periods().getLast());
        PeriodRow first = reopened.rows().getFirst();
        assertThat(List.of(first.text(GradeKind.EXAM), first.text(GradeKind.FINAL))).containsExactly("85%", "7");
    }

    @Test
    void deleteClearsAnExamGrade() throws Exception {
        openTheYear();
        standOn(2, GradeKind.RE_EXAMINATION);
        write("5").type(KeyCode.ENTER);
        waitFor(() -> stored(2, GradeKind.RE_EXAMINATION).isPresent()
                && !table().getItems().get(2).text(GradeKind.RE_EXAMINATION).isEmpty());
        standOn(2, GradeKind.RE_EXAMINATION);
        type(KeyCode.DELETE);
        waitFor(() -> stored(2, GradeKind.RE_EXAMINATION).isEmpty());
    }
}
