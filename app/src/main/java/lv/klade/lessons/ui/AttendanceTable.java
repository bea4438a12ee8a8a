package lv.klade.lessons.ui;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import lv.klade.i18n.Messages;
import lv.klade.ui.Tables;

/**
 * The lesson form's students: each one's attendance mark, one key or click each, and for the
 * journals that record it (individual work, electives, interest education, after-school groups)
 * whether they took part.
 */
final class AttendanceTable {
    /** Room for the marks column's header, where a school has a single code. */
    private static final double MARKS_LEAST_WIDTH = 80;
    private static final double NAME_LEAST_WIDTH = 150;
    /** The table's borders and its vertical scroll bar, beside the columns. */
    private static final double TABLE_EDGES = 18;
    private final LessonFormViewModel model;
    private final Messages text;

    AttendanceTable(LessonFormViewModel model, Messages text) {
        this.model = model;
        this.text = text;
    }

    Node root() {
        TableView<AttendanceRow> table = Tables.table("attendance", model.attendance(),
                text.get("lessonForm.noStudents"));
        TableColumn<AttendanceRow, String> number = Tables.column(text.get("lessonForm.no"),
                r -> Integer.toString(r.number()));
        number.setMinWidth(44);
        number.setMaxWidth(50);
        TableColumn<AttendanceRow, String> name = Tables.column(text.get("lessonForm.student"),
                AttendanceRow::name);
        TableColumn<AttendanceRow, String> mark = new TableColumn<>(text.get("lessonForm.mark"));
        mark.setCellValueFactory(cell -> cell.getValue().codeProperty());
        mark.setCellFactory(column -> new MarkCell());
        mark.setPrefWidth(150);
        TableColumn<AttendanceRow, Boolean> tookPart = new TableColumn<>(text.get("lessonForm.tookPart"));
        tookPart.setCellValueFactory(cell -> cell.getValue().tookPartProperty());
        tookPart.setCellFactory(column -> new TookPartCell());
        tookPart.setMinWidth(100);
        tookPart.setMaxWidth(120);
        tookPart.visibleProperty().bind(model.participationProperty());
        table.getColumns().setAll(List.of(number, name, tookPart, mark));
        // The name takes what the other columns leave, so that "Oļegs Krūmiņš (dz. 21.03.2013)" reads whole.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        name.prefWidthProperty().bind(Bindings.max(NAME_LEAST_WIDTH, table.widthProperty()
                .subtract(number.widthProperty()).subtract(mark.widthProperty())
                .subtract(Bindings.when(tookPart.visibleProperty()).then(tookPart.widthProperty()).otherwise(0))
                .subtract(TABLE_EDGES)));
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> markByKey(table, e));
        table.focusedProperty().addListener((o, was, focused) -> {
            if (focused && table.getFocusModel().getFocusedIndex() < 0 && !table.getItems().isEmpty()) {
                table.getSelectionModel().select(0);
                table.getFocusModel().focus(0);
            }
        });
        Label label = new Label(text.get("lessonForm.attendance"));
        label.setMnemonicParsing(true);
        label.setLabelFor(table);
        label.getStyleClass().add("text-bold");
        Label hint = new Label();
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        model.readyProperty().addListener((o, was, ready) -> hint.setText(model.participationProperty().get()
                ? text.get("lessonForm.participationHint", model.keysHint())
                : text.get("lessonForm.attendanceHint", model.keysHint())));
        VBox box = new VBox(6, label, table, hint);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPrefWidth(440);
        box.setMinWidth(380);
        return box;
    }

    /**
     * One key per student: a code's key marks it and moves down; Delete or Backspace clear; Space
     * clears too, except where the journal records who took part: there it ticks or unticks that.
     */
    private void markByKey(TableView<AttendanceRow> table, KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        int index = table.getFocusModel().getFocusedIndex();
        if (index < 0 || index >= table.getItems().size()) {
            return;
        }
        AttendanceRow row = table.getItems().get(index);
        if (e.getCode() == KeyCode.SPACE && model.participationProperty().get()) {
            model.toggleParticipation(row);
            e.consume();
            return;
        }
        if (e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            model.clear(row);
            e.consume();
            return;
        }
        String typed = !e.getText().isEmpty() ? e.getText()
                : e.getCode().isLetterKey() ? e.getCode().getChar() : "";
        if (model.markByKey(row, typed)) {
            int next = Math.min(index + 1, table.getItems().size() - 1);
            table.getSelectionModel().clearAndSelect(next);
            table.getFocusModel().focus(next);
            table.scrollTo(Math.max(0, next - 3));
            e.consume();
        }
    }

    /** Whether the student took part, as a check box: the mouse's way to tick. */
    private final class TookPartCell extends TableCell<AttendanceRow, Boolean> {
        private final CheckBox box = new CheckBox();

        TookPartCell() {
            box.setFocusTraversable(false);
            box.setOnAction(e -> {
                AttendanceRow row = getTableRow().getItem();
                model.toggleParticipation(row);
                box.setSelected(row.tookPart());
                getTableView().getSelectionModel().clearAndSelect(getIndex());
                getTableView().getFocusModel().focus(getIndex());
                getTableView().requestFocus();
            });
            setAlignment(Pos.CENTER);
        }

        @Override
        protected void updateItem(Boolean tookPart, boolean empty) {
            super.updateItem(tookPart, empty);
            if (empty || getTableRow() == null || getTableRow().getItem() == null) {
                setGraphic(null);
                return;
            }
            box.setSelected(Boolean.TRUE.equals(tookPart));
            setGraphic(box);
        }
    }

    /** The student's mark as toggle buttons, one per school code; the mouse's way to mark. */
    private final class MarkCell extends TableCell<AttendanceRow, String> {
        private final HBox buttons = new HBox(4);

        MarkCell() {
            buttons.setAlignment(Pos.CENTER_LEFT);
            setAlignment(Pos.CENTER_LEFT);
        }

        /** Keeps the column as wide as its buttons, one per school code, so that the names get the rest. */
        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            TableColumn<AttendanceRow, String> column = getTableColumn();
            if (getGraphic() == null || column == null) {
                return;
            }
            double needed = Math.max(MARKS_LEAST_WIDTH,
                    Math.ceil(buttons.prefWidth(-1) + snappedLeftInset() + snappedRightInset()));
            if (column.getMaxWidth() != needed) {
                column.setMinWidth(needed);
                column.setMaxWidth(needed);
            }
        }

        @Override
        protected void updateItem(String code, boolean empty) {
            super.updateItem(code, empty);
            if (empty || getTableRow() == null || getTableRow().getItem() == null) {
                setGraphic(null);
                return;
            }
            if (buttons.getChildren().size() != model.codes().size()) {
                buttons.getChildren().setAll(model.codes().stream().map(this::button).toList());
            }
            buttons.getChildren().forEach(b -> ((ToggleButton) b).setSelected(b.getUserData().equals(code)));
            setGraphic(buttons);
        }

        private ToggleButton button(String code) {
            ToggleButton button = new ToggleButton(code);
            button.setUserData(code);
            button.setFocusTraversable(false);
            button.getStyleClass().add("mark-button");
            button.setOnAction(e -> {
                model.toggle(getTableRow().getItem(), code);
                // The list takes the focus on the next student, as after a key: the next key marks
                // them, not the homework's text.
                int next = Math.min(getIndex() + 1, getTableView().getItems().size() - 1);
                getTableView().getSelectionModel().clearAndSelect(next);
                getTableView().getFocusModel().focus(next);
                getTableView().requestFocus();
            });
            return button;
        }
    }

}
