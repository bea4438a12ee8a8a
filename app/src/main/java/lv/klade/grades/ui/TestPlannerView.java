package lv.klade.grades.ui;

import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import lv.klade.grades.TestScope;
import lv.klade.grades.ui.TestPlannerViewModel.TestRow;
import lv.klade.i18n.Messages;
import lv.klade.ui.Dates;
import lv.klade.ui.Tables;

/** A class's test planner: the year's tests, and a form to plan, change, publish or remove one. */
public final class TestPlannerView {
    private final TestPlannerViewModel model;
    private final Messages text;
    private final DatePicker date;
    private final ComboBox<JournalChoice> journal = new ComboBox<>();
    private final ComboBox<Integer> lessons = new ComboBox<>();
    private final ComboBox<TestScope> scope = new ComboBox<>();
    private final TextField topic = new TextField();

    public TestPlannerView(TestPlannerViewModel model, Messages text) {
        this.model = model;
        this.text = text;
        this.date = Dates.picker("testDate", text);
    }

    public Node root() {
        Label title = new Label(text.get("gradesView.planner.title"));
        title.getStyleClass().add("view-title");
        ComboBox<ClassChoice> classes = new ComboBox<>(model.classChoices());
        classes.setId("plannerClass");
        classes.valueProperty().bindBidirectional(model.classProperty());
        Label error = new Label();
        error.setId("plannerError");
        error.setWrapText(true);
        error.getStyleClass().add("error-text");
        error.textProperty().bind(model.errorProperty());
        HBox bar = new HBox(12, title, new Label(text.get("gradesView.planner.class")), classes);
        bar.setAlignment(Pos.CENTER_LEFT);
        BorderPane root = new BorderPane(table());
        root.setTop(new VBox(6, bar, error));
        root.setRight(form());
        model.load();
        return root;
    }

    private TableView<TestRow> table() {
        TableView<TestRow> table = Tables.table("testPlanner", model.tests(), text.get("gradesView.planner.none"));
        // At 1366×768 the date keeps its width, and a long subject or topic wraps instead of ending in "…".
        TableColumn<TestRow, String> date = sized(Tables.column(text.get("gradesView.planner.date"), TestRow::date), 96);
        table.getColumns().add(date);
        table.getColumns().add(sized(Tables.wrapping(Tables.column(text.get("gradesView.planner.journal"),
                TestRow::journal)), 136));
        table.getColumns().add(sized(Tables.column(text.get("gradesView.planner.lessons"),
                r -> String.valueOf(r.lessons())), 84));
        table.getColumns().add(sized(Tables.wrapping(Tables.column(text.get("gradesView.planner.scope"), TestRow::scope)),
                140));
        table.getColumns().add(sized(Tables.column(text.get("gradesView.planner.state"), TestRow::state), 96));
        TableColumn<TestRow, String> topic = sized(Tables.wrapping(Tables.column(text.get("gradesView.planner.topic"),
                TestRow::topic)), 180);
        table.getColumns().add(topic);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
            model.selectedProperty().set(row);
            if (row != null) {
                fill(row);
            }
        });
        model.selectedProperty().addListener((o, old, row) -> {
            if (row != table.getSelectionModel().getSelectedItem()) {
                if (row == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(row);
                }
            }
        });
        return table;
    }

    private void fill(TestRow row) {
        date.setValue(row.test().plan().date());
        journal.setValue(model.journals().stream().filter(j -> j.id().equals(row.test().plan().journalId()))
                .findFirst().orElse(null));
        lessons.setValue(row.lessons());
        scope.setValue(row.test().plan().scope());
        topic.setText(row.topic());
    }

    private VBox form() {
        journal.setItems(model.journals());
        journal.setId("testJournal");
        journal.setMaxWidth(Double.MAX_VALUE);
        lessons.getItems().setAll(1, 2);
        lessons.setValue(1);
        lessons.setId("testLessons");
        scope.getItems().setAll(TestScope.values());
        scope.setValue(TestScope.END_OF_TOPIC);
        scope.setId("testScope");
        scope.setConverter(converter(s -> text.get(s.messageKey())));
        scope.setMaxWidth(Double.MAX_VALUE);
        topic.setId("testTopic");
        GridPane grid = new GridPane(8, 8);
        addRow(grid, 0, "gradesView.planner.date", date);
        addRow(grid, 1, "gradesView.planner.journal", journal);
        addRow(grid, 2, "gradesView.planner.lessons", lessons);
        addRow(grid, 3, "gradesView.planner.scope", scope);
        addRow(grid, 4, "gradesView.planner.topic", topic);
        Button add = button("addTest", "gradesView.planner.add",
                () -> model.add(date.getValue(), journal.getValue(), lessons.getValue(), scope.getValue(), topic.getText()));
        Button change = button("changeTest", "gradesView.planner.change",
                () -> model.change(date.getValue(), journal.getValue(), lessons.getValue(), scope.getValue(),
                        topic.getText()));
        change.disableProperty().bind(model.canChangeProperty().not());
        Button publish = button("publishTest", "gradesView.planner.publish", model::publish);
        publish.disableProperty().bind(model.canPublishProperty().not());
        Button remove = button("removeTest", "gradesView.planner.remove", model::remove);
        remove.disableProperty().bind(model.canChangeProperty().not());
        Label rule = new Label(text.get("gradesView.planner.rule"));
        rule.setWrapText(true);
        rule.getStyleClass().add("hint-text");
        Label heading = new Label(text.get("gradesView.planner.form"));
        heading.getStyleClass().add("text-bold");
        VBox box = new VBox(10, heading, grid, new HBox(6, add, change), new HBox(6, publish, remove), rule);
        box.setPadding(new Insets(0, 0, 0, 12));
        box.setPrefWidth(360);
        return box;
    }

    private void addRow(GridPane grid, int row, String key, Node field) {
        grid.add(new Label(text.get(key)), 0, row);
        grid.add(field, 1, row);
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(text.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static <T> TableColumn<T, String> sized(TableColumn<T, String> column, double width) {
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 150));
        return column;
    }

    private static <T> StringConverter<T> converter(Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : show.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
