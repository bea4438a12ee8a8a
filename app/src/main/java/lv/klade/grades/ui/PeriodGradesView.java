package lv.klade.grades.ui;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import lv.klade.grades.GradeKind;
import lv.klade.grades.ui.PeriodGradesViewModel.PeriodRow;
import lv.klade.i18n.Messages;
import lv.klade.ui.Tables;

/**
 * A journal's semester or year grades: average, suggestion, the grade set; confirm or override. With
 * the year come the exam, re-examination and final grade columns the class's form has. Typing on a
 * grade cell starts the entry field with that key; Enter saves and moves down, Escape goes back to
 * the table, Delete clears the cell.
 */
final class PeriodGradesView {
    private final PeriodGradesViewModel model;
    private final Messages text;
    private final TableView<PeriodRow> table;
    private final TextField value = new TextField();
    private final Label target = new Label();
    // The cell the entry field writes to: the row and the kind of grade.
    private PeriodRow targetRow;
    private GradeKind targetKind;
    // The last grade cell the focus was on: new rows after a save put the table's focus on the row's
    // first column, so it goes back here.
    private int cellRow = -1;
    private GradeKind cellKind;

    PeriodGradesView(PeriodGradesViewModel model, Messages text) {
        this.model = model;
        this.text = text;
        this.table = Tables.table("periodGrades", model.rows(), text.get("gradesView.noStudents"));
    }

    Node root() {
        ComboBox<PeriodGradesViewModel.Period> period = new ComboBox<>(model.periods());
        period.setId("period");
        period.valueProperty().bindBidirectional(model.periodProperty());
        Button confirm = new Button(text.get("gradesView.periods.confirmSuggested"));
        confirm.setId("confirmSuggested");
        confirm.setOnAction(e -> model.confirmSuggested());
        table.getSelectionModel().setCellSelectionEnabled(true);
        // Columns come and go with the period: each keeps its width instead of being stretched.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PeriodRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("student-left");
                if (!empty && item != null && !item.current()) {
                    getStyleClass().add("student-left");
                }
            }
        });
        model.kinds().addListener((ListChangeListener<GradeKind>) c -> columns());
        table.getFocusModel().focusedCellProperty().addListener((o, old, pos) -> {
            if (pos != null && pos.getTableColumn() != null && pos.getTableColumn().getUserData() instanceof GradeKind k) {
                cellRow = pos.getRow();
                cellKind = k;
            }
        });
        model.rows().addListener((ListChangeListener<PeriodRow>) c -> Platform.runLater(this::refocus));
        columns();
        table.addEventHandler(KeyEvent.KEY_TYPED, this::typed);
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::pressed);
        value.setId("periodValue");
        value.setPromptText(text.get("gradesView.periods.valuePrompt"));
        value.setPrefWidth(90);
        value.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                value.clear();
                model.clearError();
                table.requestFocus();
                e.consume();
            }
        });
        target.setId("periodTarget");
        target.setText(text.get("gradesView.periods.override"));
        Button set = new Button(text.get("gradesView.periods.set"));
        set.setId("setPeriodGrade");
        set.setOnAction(e -> save());
        value.setOnAction(e -> save());
        Label error = new Label();
        error.setId("periodError");
        error.setWrapText(true);
        error.getStyleClass().add("error-text");
        error.textProperty().bind(model.errorProperty());
        Label keys = new Label(text.get("gradesView.periods.keys"));
        keys.getStyleClass().add("hint-text");
        HBox bar = new HBox(8, new Label(text.get("gradesView.periods.period")), period, confirm, target, value, set);
        bar.setAlignment(Pos.CENTER_LEFT);
        BorderPane root = new BorderPane(table);
        root.setTop(new VBox(6, bar, keys, error));
        root.setPadding(new Insets(6, 0, 0, 0));
        return root;
    }

    private void columns() {
        table.getColumns().clear();
        table.getColumns().add(sized(Tables.column(text.get("gradesView.number"), r -> String.valueOf(r.number())), 40));
        table.getColumns().add(sized(Tables.column(text.get("gradesView.student"), PeriodRow::name), 220));
        table.getColumns().add(sized(Tables.column(text.get("gradesView.periods.average"), PeriodRow::average), 90));
        table.getColumns().add(sized(Tables.column(text.get("gradesView.periods.suggested"), PeriodRow::suggestedText), 90));
        for (GradeKind kind : model.kinds()) {
            boolean own = kind == model.kinds().getFirst();
            TableColumn<PeriodRow, String> column = own
                    ? Tables.column(text.get("gradesView.periods.grade"), r -> r.gradeText()
                            + (r.overridden() ? " " + text.get("gradesView.periods.overridden") : ""))
                    : Tables.column(text.get(kind.messageKey()), r -> r.text(kind));
            column.setUserData(kind);
            column.setId("period-" + kind.name());
            table.getColumns().add(sized(column, own ? 130 : 170));
        }
    }

    /** The selected cell: the cell the teacher sees highlighted. */
    private TablePosition<PeriodRow, ?> selected() {
        var cells = table.getSelectionModel().getSelectedCells();
        return cells.isEmpty() || cells.getFirst().getRow() >= table.getItems().size() ? null : cells.getFirst();
    }

    /** The selected grade column, or the period's own grade when another column is selected. */
    private GradeKind focusedKind() {
        TablePosition<PeriodRow, ?> pos = selected();
        if (pos != null && pos.getTableColumn() != null && pos.getTableColumn().getUserData() instanceof GradeKind k) {
            return k;
        }
        return model.kinds().isEmpty() ? null : model.kinds().getFirst();
    }

    private PeriodRow focusedRow() {
        TablePosition<PeriodRow, ?> pos = selected();
        return pos == null || pos.getRow() < 0 ? null : table.getItems().get(pos.getRow());
    }

    private void typed(KeyEvent e) {
        String typed = e.getCharacter();
        if (e.isShortcutDown() || e.isAltDown() || typed.isBlank() || Character.isISOControl(typed.charAt(0))
                || focusedRow() == null || focusedKind() == null) {
            return;
        }
        aim();
        value.setText(typed);
        value.requestFocus();
        value.end();
        e.consume();
    }

    private void pressed(KeyEvent e) {
        if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && focusedRow() != null
                && focusedKind() != null) {
            model.clear(focusedRow(), focusedKind());
            e.consume();
        }
    }

    /** Points the entry field at the focused cell and says which student and grade it is for. */
    private void aim() {
        targetRow = focusedRow();
        targetKind = focusedKind();
        target.setText(text.get("gradesView.periods.target", targetRow.name(), text.get(targetKind.messageKey())));
    }

    private void save() {
        if (targetRow == null || !table.getItems().contains(targetRow)) {
            if (focusedRow() == null || focusedKind() == null) {
                return;
            }
            aim();
        }
        int at = table.getItems().indexOf(targetRow);
        if (!model.set(targetRow, targetKind, value.getText())) {
            value.selectAll();
            return;
        }
        value.clear();
        targetRow = null;
        target.setText(text.get("gradesView.periods.override"));
        goTo(Math.min(at + 1, table.getItems().size() - 1), targetKind);
        table.requestFocus();
    }

    /** Back to the last grade cell, once the table has placed its focus on new rows. */
    private void refocus() {
        if (cellRow >= 0 && cellRow < table.getItems().size()) {
            goTo(cellRow, cellKind);
        }
    }

    private void goTo(int row, GradeKind kind) {
        TableColumn<PeriodRow, ?> column = table.getVisibleLeafColumns().stream()
                .filter(c -> kind.equals(c.getUserData())).findFirst().orElse(null);
        if (column == null) {
            return;
        }
        table.getSelectionModel().clearAndSelect(row, column);
        table.getFocusModel().focus(row, column);
        table.scrollTo(Math.max(0, row - 3));
    }

    private static <T> TableColumn<T, String> sized(TableColumn<T, String> c, double width) {
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
