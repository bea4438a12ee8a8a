package lv.klade.people.ui;

import java.util.Objects;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import lv.klade.i18n.Messages;
import lv.klade.people.ui.ClassesViewModel.ClassRow;
import lv.klade.people.ui.ClassesViewModel.Panel;
import lv.klade.people.ui.ClassesViewModel.StudentRow;

import static lv.klade.people.ui.FormGrid.column;

/** Classes and students: the year's classes on the left, a class's students in the middle, a personal file on the right. */
public final class ClassesView {
    private final ClassesViewModel model;
    private final Messages text;
    private final StudentDetailsPane details;
    private final BorderPane side = new BorderPane();

    public ClassesView(ClassesViewModel model, Messages text) {
        this.model = model;
        this.text = text;
        this.details = new StudentDetailsPane(text);
    }

    public Node root() {
        Label title = new Label(text.get("students.title"));
        title.getStyleClass().add("view-title");
        Label error = new Label();
        error.setId("studentsError");
        error.setWrapText(true);
        error.getStyleClass().add("error-text");
        error.textProperty().bind(model.errorProperty());
        side.setId("studentSide");
        side.setPrefWidth(276);
        side.setMinWidth(260);
        model.panelProperty().addListener((o, old, panel) -> showPanel(panel));
        model.personalFileProperty().addListener((o, old, file) -> details.show(file));
        details.show(null);
        showPanel(Panel.DETAILS);
        BorderPane root = new BorderPane(studentsPane());
        root.setTop(new VBox(4, title, error));
        root.setLeft(classesPane());
        root.setRight(side);
        model.load();
        return root;
    }

    private VBox classesPane() {
        TextField search = new TextField();
        search.setId("studentSearch");
        search.setPromptText(text.get("students.searchPrompt"));
        search.textProperty().addListener((o, old, typed) -> model.search(typed));
        TableView<ClassRow> table = new TableView<>(model.classes());
        table.setId("classes");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // The class's name carries its form ("7.a"), so the form needs no column of its own.
        table.getColumns().add(sized(column(text.get("students.class.name"), ClassRow::name), 52));
        table.getColumns().add(column(text.get("students.class.tutor"), ClassRow::tutor));
        table.getColumns().add(sized(column(text.get("students.class.count"), c -> String.valueOf(c.students())), 64));
        follow(table, model.selectedClassProperty());
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
            if (row != null) {
                search.clear();
                model.selectClass(row);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(6, search, table);
        box.setPrefWidth(250);
        box.setMinWidth(230);
        return box;
    }

    private VBox studentsPane() {
        Label heading = new Label();
        heading.setId("studentsHeading");
        heading.getStyleClass().add("text-bold");
        heading.textProperty().bind(model.headingProperty());
        TableView<StudentRow> table = new TableView<>(model.students());
        table.setId("students");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<StudentRow, String> number = column(text.get("students.number"), r -> String.valueOf(r.number()));
        sized(number, 42);
        TableColumn<StudentRow, String> code = column(text.get("students.field.personalCode"), StudentRow::personalCode);
        code.setId("personalCodeColumn");
        code.visibleProperty().bind(model.personalColumnsProperty());
        TableColumn<StudentRow, String> birth = column(text.get("students.column.birthDate"), StudentRow::birthDate);
        birth.setId("birthDateColumn");
        birth.visibleProperty().bind(model.personalColumnsProperty());
        table.getColumns().add(number);
        // Widths that show every header whole beside the classes and the details at 1366×768.
        table.getColumns().add(sized(column(text.get("students.field.lastName"), StudentRow::lastName), 100));
        table.getColumns().add(sized(column(text.get("students.field.firstName"), StudentRow::firstName), 88));
        table.getColumns().add(sized(code, 122));
        table.getColumns().add(sized(birth, 120));
        table.getColumns().add(sized(column(text.get("students.field.class"), StudentRow::className), 62));
        follow(table, model.selectedStudentProperty());
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> model.selectStudent(row));
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(6, heading, table);
        box.setPadding(new Insets(0, 8, 0, 8));
        if (model.canEdit()) {
            box.getChildren().add(actions());
        }
        return box;
    }

    /** Fixes a narrow column's width so that the names get the rest. */
    private static <T> TableColumn<T, String> sized(TableColumn<T, String> column, double width) {
        column.setPrefWidth(width);
        column.setMinWidth(width);
        return column;
    }

    private FlowPane actions() {
        Button admit = button("admitStudent", "students.admit", Panel.ADMIT);
        admit.disableProperty().bind(model.selectedClassProperty().isNull());
        Button edit = button("editStudent", "students.edit", Panel.EDIT);
        Button move = button("moveStudent", "students.move", Panel.MOVE);
        Button left = button("studentLeft", "students.left", Panel.LEAVE);
        for (Button needsStudent : new Button[] {edit, move, left}) {
            needsStudent.disableProperty().bind(model.editableProperty().isNull());
        }
        return new FlowPane(6, 6, admit, edit, move, left);
    }

    private Button button(String id, String key, Panel panel) {
        Button button = new Button(text.get(key));
        button.setId(id);
        button.setOnAction(e -> model.open(panel));
        return button;
    }

    private void showPanel(Panel panel) {
        EnrolmentForms forms = new EnrolmentForms(model, text);
        Node content = switch (panel) {
            case DETAILS -> scrolling(details.root());
            case ADMIT -> new StudentForm(model, text, null).root();
            case EDIT -> new StudentForm(model, text, model.editableProperty().get()).root();
            case MOVE -> forms.move();
            case LEAVE -> forms.leave();
        };
        side.setCenter(content);
    }

    private static ScrollPane scrolling(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return scroll;
    }

    /** Keeps the table's selection on the row the model has selected, e.g. after a reload. */
    private static <T> void follow(TableView<T> table, ObservableValue<T> selected) {
        selected.addListener((o, old, row) -> {
            if (!Objects.equals(table.getSelectionModel().getSelectedItem(), row)) {
                if (row == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(row);
                    table.scrollTo(row);
                }
            }
        });
    }
}
