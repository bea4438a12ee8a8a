package lv.klade.grades.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import lv.klade.db.Actor;
import lv.klade.grades.AverageResult;
import lv.klade.grades.BookColumn;
import lv.klade.grades.BookRow;
import lv.klade.grades.CountedGrade;
import lv.klade.grades.Grade;
import lv.klade.grades.GradeKind;
import lv.klade.grades.GradeParser;
import lv.klade.grades.ParseResult;
import lv.klade.grades.Scale;
import lv.klade.grades.StoredGrade;
import lv.klade.grades.TestPlan;
import lv.klade.grades.TestScope;
import lv.klade.grades.WeightedAverage;
import lv.klade.school.Journal;
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
class GradeBookViewTest extends FxRobot {
    private static final LocalDate MONDAY = LocalDate.of(2026, 10, 5);
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 10, 7);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 10, 9);
    @TempDir
    static Path folder;
    private static GradesDemo demo;
    private static Journal journal;
    private static UUID testId;

    @BeforeAll
    static void createDemo() {
        demo = GradesDemo.create(folder);
        journal = demo.classJournalOf("skolotajs");
        testId = demo.services.testPlanner().plan(Actor.SYSTEM,
                new TestPlan(journal.classId(), journal.id(), WEDNESDAY, 1, TestScope.END_OF_TOPIC, "Daļskaitļi"), true);
    }

    @AfterAll
    static void closeDemo() {
        demo.close();
    }

    @Start
    void start(Stage stage) {
        var s = demo.services;
        GradeBookViewModel model = new GradeBookViewModel(s.gradeBooks(), s.grades(), s.testPlanner(),
                s.classRepository(), s.schoolRepository(), s.staff(), demo.login("skolotajs"),
                demo.background(Platform::runLater));
        model.openAt(journal.id());
        PeriodGradesViewModel periods = new PeriodGradesViewModel(s.gradeBooks(), s.grades(), s.schoolRepository(),
                Actor.user(demo.login("skolotajs").id()), demo.background(Platform::runLater));
        stage.setScene(new Scene((Parent) new GradeBookView(model, periods, demo.messages).root(), 1366, 768));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<GradeRow> book() {
        return lookup("#gradeBook").queryAs(TableView.class);
    }

    private String error() {
        return lookup("#gradeError").queryAs(Label.class).getText();
    }

    /** Types on the keyboard, key by key, as a teacher does. */
    private FxRobot keys(String typed) {
        for (char c : typed.toCharArray()) {
            type(KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(c))));
        }
        return this;
    }

    private static BookColumn work(LocalDate date) {
        return new BookColumn(date, null, null, GradeKind.SUMMATIVE);
    }


    private static BookColumn testColumn() {
        return new BookColumn(WEDNESDAY, null, testId, GradeKind.TEST);
    }

    /** Adds the two summative columns around the planned test through the form, then stands on a row's first. */
    private void openRow(int row) throws Exception {
        waitFor(() -> !book().getItems().isEmpty() && book().getColumns().stream()
                .anyMatch(c -> testColumn().equals(c.getUserData())));
        for (LocalDate date : List.of(MONDAY, FRIDAY)) {
            interact(() -> {
                lookup("#columnDate").queryAs(DatePicker.class).setValue(date);
                lookup("#addColumn").queryButton().fire();
            });
        }
        waitFor(() -> column(work(FRIDAY)) != null);
        interact(() -> {
            TableView<GradeRow> table = book();
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(row, column(work(MONDAY)));
            table.getFocusModel().focus(row, column(work(MONDAY)));
        });
    }

    private TableColumn<GradeRow, ?> column(Object userData) {
        return book().getVisibleLeafColumns().stream().filter(c -> userData.equals(c.getUserData())).findFirst()
                .orElse(null);
    }

    private BookRow stored(int row) {
        UUID student = book().getItems().get(row).studentId();
        return demo.services.gradeBooks().gradeBook(journal.id(), Optional.empty()).rows().stream()
                .filter(r -> r.student().id().equals(student)).findFirst().orElseThrow();
    }

    private Optional<String> storedMark(int row, BookColumn column) {
        List<StoredGrade> cell = stored(row).cells().getOrDefault(column, List.of());
        return cell.isEmpty() ? Optional.empty() : Optional.of(cell.getLast().grade().typed());
    }

    @Test
    void aRowTypedWithTheKeyboardIsSavedTheInvalidValueRefusedAndTheAverageUpdates() throws Exception {
        openRow(0);
        keys("8").type(KeyCode.TAB);
        keys("11").type(KeyCode.ENTER);

        var problem = ((ParseResult.Invalid) GradeParser.parse("11", Scale.TEN_POINT)).problem();
        waitFor(() -> !error().isEmpty());
        assertThat(error()).isEqualTo(demo.messages.text(problem));
        assertThat(lookup(".grade-invalid").tryQuery()).isPresent();
        assertThat(storedMark(0, testColumn())).isEmpty();

        keys("7").type(KeyCode.TAB);
        keys("nv").type(KeyCode.ENTER);
        waitFor(() -> storedMark(0, work(FRIDAY)).isPresent()
                && book().getItems().getFirst().data().cells().containsKey(work(FRIDAY)));

        assertThat(error()).isEmpty();
        assertThat(storedMark(0, work(MONDAY))).contains("8");
        assertThat(storedMark(0, testColumn())).contains("7");
        assertThat(storedMark(0, work(FRIDAY))).contains("nv");
        AverageResult expected = WeightedAverage.of(List.of(
                new CountedGrade(null, new Grade.Points(8), GradeKind.SUMMATIVE, MONDAY),
                new CountedGrade(null, new Grade.Points(7), GradeKind.TEST, WEDNESDAY),
                new CountedGrade(null, new Grade.NoGrade(), GradeKind.SUMMATIVE, FRIDAY)),
                demo.services.grades().settings().weights());
        AverageResult shown = book().getItems().getFirst().data().sinceYearStart();
        interact(() -> book().getFocusModel().focus(0, column(GradeTable.AVERAGE)));
        assertThat(((AverageResult.Average) shown).value()).isEqualTo(((AverageResult.Average) expected).value());
        assertThat(lookup("#averageExplanation").queryAs(Label.class).getText())
                .contains(demo.messages.text(((AverageResult.Average) expected).formula()));
        assertThat(lookup(".grade-nv").tryQuery()).isPresent();
        Snapshots.shoot(this, book().getScene(), "grades-book");
    }

    @Test
    void ctrlZUndoesTheLastChangesOneByOne() throws Exception {
        openRow(1);
        keys("9").type(KeyCode.TAB);
        keys("6").type(KeyCode.TAB);
        waitFor(() -> storedMark(1, testColumn()).isPresent() && storedMark(1, work(MONDAY)).isPresent());

        push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> storedMark(1, testColumn()).isEmpty());
        assertThat(storedMark(1, work(MONDAY))).contains("9");

        push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> storedMark(1, work(MONDAY)).isEmpty());
        assertThat(stored(1).sinceYearStart()).isInstanceOf(AverageResult.None.class);
    }

    @Test
    void aChangedGradeShowsItsHistoryAndDeleteClearsIt() throws Exception {
        openRow(2);
        keys("5").type(KeyCode.ENTER);
        waitFor(() -> storedMark(2, work(MONDAY)).isPresent());
        type(KeyCode.UP);
        keys("6").type(KeyCode.ENTER);
        waitFor(() -> storedMark(2, work(MONDAY)).equals(Optional.of("6")));
        type(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();

        push(KeyCode.CONTROL, KeyCode.H);
        waitFor(() -> lookup("#gradeHistory").queryAs(ListView.class).getItems().size() == 2);
        assertThat(lookup("#gradeHistory").queryAs(ListView.class).getItems().get(1).toString()).contains("6");

        type(KeyCode.DELETE);
        waitFor(() -> storedMark(2, work(MONDAY)).isEmpty());
    }

    @Test
    void theNamesStayInSightWhenTheGradesScrollSideways() throws Exception {
        openRow(0);
        for (int day = 12; day <= 30; day++) {
            LocalDate date = LocalDate.of(2026, 10, day);
            interact(() -> {
                lookup("#columnDate").queryAs(DatePicker.class).setValue(date);
                lookup("#addColumn").queryButton().fire();
            });
        }
        waitFor(() -> column(work(LocalDate.of(2026, 10, 30))) != null);
        ScrollBar sideways = lookup("#gradeBook .scroll-bar").queryAllAs(ScrollBar.class).stream()
                .filter(b -> b.getOrientation() == Orientation.HORIZONTAL).findFirst().orElseThrow();
        interact(() -> sideways.setValue(sideways.getMax()));
        WaitForAsyncUtils.waitForFxEvents();
        Snapshots.shoot(this, book().getScene(), "grades-book-scrolled");

        GradeRow first = book().getItems().getFirst();
        String name = first.student().lastName() + " " + first.student().firstName();
        Labeled shown = lookup("#gradeBookNames .table-cell").queryAllAs(Labeled.class).stream()
                .filter(c -> name.equals(c.getText())).findFirst().orElseThrow();
        Bounds where = shown.localToScene(shown.getBoundsInLocal());
        assertThat(sideways.getValue()).isGreaterThan(0);
        assertThat(shown.isVisible()).isTrue();
        assertThat(where.getMinX()).isGreaterThanOrEqualTo(0);
        assertThat(where.getMaxX()).isLessThan(book().localToScene(book().getBoundsInLocal()).getMinX() + 1);

        ScrollBar down = lookup("#gradeBook .scroll-bar").queryAllAs(ScrollBar.class).stream()
                .filter(b -> b.getOrientation() == Orientation.VERTICAL).findFirst().orElseThrow();
        interact(() -> down.setValue(down.getMax()));
        WaitForAsyncUtils.waitForFxEvents();
        GradeRow last = book().getItems().getLast();
        String lastName = last.student().lastName() + " " + last.student().firstName();
        assertThat(lookup("#gradeBookNames .table-cell").queryAllAs(Labeled.class)).filteredOn(Labeled::isVisible)
                .extracting(Labeled::getText).contains(lastName);
    }
}
