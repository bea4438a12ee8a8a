package lv.klade.grades.ui;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import lv.klade.grades.BookColumn;
import lv.klade.grades.GradeKind;
import lv.klade.grades.PeriodColumn;
import lv.klade.i18n.Messages;

/**
 * The grade book's grid, made for the keyboard: typing on a cell opens its editor with what was
 * typed; Enter saves and moves down, Tab right (Shift+Tab left), Up and Down save and move; Escape
 * leaves the cell as it was; Delete clears; Ctrl+Z undoes; Ctrl+H shows the grade's history.
 * The table virtualises rows and columns (fixed cell size), so a large book opens quickly.
 */
final class GradeTable {
    private static final double CELL = 28;
    /** The user data of the average column, which tests and the focus listener recognise it by. */
    static final String AVERAGE = "average";
    private final GradeBookViewModel model;
    private final Messages text;
    private final GradeTexts texts;
    private final TableView<GradeRow> table;
    // The key that opened the editor: the editor starts with it, so typing "8" on a cell enters 8.
    private String seed;
    // The cell being edited: keys that reach the table before the editor has the focus go to it.
    private GradeCell editing;

    GradeTable(GradeBookViewModel model, Messages text) {
        this.model = model;
        this.text = text;
        this.texts = new GradeTexts(text);
        this.table = new TableView<>(model.rows());
    }

    TableView<GradeRow> build() {
        table.setId("gradeBook");
        table.setEditable(true);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setFixedCellSize(CELL);
        Label placeholder = new Label();
        placeholder.setId("gradeBookPlaceholder");
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(model.loadingProperty())
                .then(text.get("gradesView.loading")).otherwise(text.get("gradesView.noStudents")));
        table.setPlaceholder(placeholder);
        table.getStyleClass().add("grade-book");
        ListChangeListener<Object> rebuild = c -> columns();
        model.columns().addListener(rebuild);
        model.periodColumns().addListener(rebuild);
        model.monthProperty().addListener((o, old, m) -> columns());
        model.newColumnCellProperty().addListener((o, old, cell) -> {
            if (cell != null) {
                goTo(0, column(cell.column()));
            }
        });
        table.getFocusModel().focusedCellProperty().addListener((o, old, pos) -> focused(pos));
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        table.addEventHandler(KeyEvent.KEY_TYPED, this::keyTyped);
        columns();
        return table;
    }

    private void columns() {
        // The number and the name are FrozenNames', beside this table, so they stay when it scrolls sideways.
        table.getColumns().clear();
        for (BookColumn work : model.columns()) {
            table.getColumns().add(work(work));
        }
        if (model.monthProperty().get() != null) {
            table.getColumns().add(period(text.get("gradesView.monthAverage"), "monthAverage", model::monthAverage));
        }
        for (PeriodColumn p : model.periodColumns()) {
            table.getColumns().add(period(periodHead(p), null, r -> r.periodText(p)));
        }
        TableColumn<GradeRow, String> average = period(text.get("gradesView.average"), "average", model::average);
        average.setPrefWidth(60);
        average.setUserData(AVERAGE);
        table.getColumns().add(average);
    }

    private String periodHead(PeriodColumn column) {
        int semester = (int) model.periodColumns().stream().filter(p -> p.kind() == GradeKind.SEMESTER)
                .takeWhile(p -> !p.equals(column)).count() + 1;
        return texts.periodHead(column, semester);
    }

    private TableColumn<GradeRow, String> plain(String title, Function<GradeRow, String> value) {
        TableColumn<GradeRow, String> column = new TableColumn<>(title);
        column.setSortable(false);
        column.setEditable(false);
        column.setCellValueFactory(c -> Bindings.createStringBinding(() -> value.apply(c.getValue()),
                c.getValue().dataProperty()));
        return column;
    }

    private TableColumn<GradeRow, String> period(String title, String style, Function<GradeRow, String> value) {
        TableColumn<GradeRow, String> column = plain(title, value);
        column.setPrefWidth(72);
        column.getStyleClass().add(style == null ? "period-column" : style + "-column");
        return column;
    }

    private TableColumn<GradeRow, String> work(BookColumn work) {
        TableColumn<GradeRow, String> column = new TableColumn<>();
        Label head = new Label(texts.columnHead(work));
        head.setTooltip(new Tooltip(Messages.date(work.date()) + " " + model.columnTitle(work)));
        head.setAlignment(Pos.CENTER);
        head.getStyleClass().add("grade-head");
        head.setMinWidth(Region.USE_PREF_SIZE);
        column.setGraphic(head);
        column.setUserData(work);
        column.setSortable(false);
        column.setPrefWidth(60);
        column.getStyleClass().add(work.testId() != null ? "test-column" : "work-column");
        column.setCellValueFactory(c -> Bindings.createStringBinding(() -> c.getValue().text(work),
                c.getValue().dataProperty(), c.getValue().pending()));
        column.setCellFactory(c -> new GradeCell(work));
        return column;
    }

    private void focused(TablePosition<GradeRow, ?> pos) {
        if (pos == null || pos.getRow() < 0 || pos.getRow() >= table.getItems().size()) {
            return;
        }
        BookColumn work = pos.getTableColumn() != null && pos.getTableColumn().getUserData() instanceof BookColumn c
                ? c : null;
        model.focus(table.getItems().get(pos.getRow()), work);
    }

    private TablePosition<GradeRow, ?> position() {
        return table.getFocusModel().getFocusedCell();
    }

    private void keyPressed(KeyEvent e) {
        if (table.getEditingCell() != null) {
            if (editing != null && e.getTarget() != editing.editor) {
                editing.editorKey(e);
            }
            return;
        }
        TablePosition<GradeRow, ?> pos = position();
        boolean onWork = pos != null && pos.getRow() >= 0 && pos.getTableColumn() != null
                && pos.getTableColumn().getUserData() instanceof BookColumn;
        if (e.isShortcutDown() && e.getCode() == KeyCode.Z) {
            model.undo();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.H) {
            model.showHistory();
        } else if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && onWork) {
            model.clear(table.getItems().get(pos.getRow()), (BookColumn) pos.getTableColumn().getUserData());
        } else if (e.getCode() == KeyCode.F2 && onWork) {
            seed = null;
            table.edit(pos.getRow(), pos.getTableColumn());
        } else if (e.getCode() == KeyCode.ENTER) {
            move(1, 0);
        } else if (e.getCode() == KeyCode.TAB) {
            move(0, e.isShiftDown() ? -1 : 1);
        } else {
            return;
        }
        e.consume();
    }

    private void keyTyped(KeyEvent e) {
        String typed = e.getCharacter();
        TablePosition<GradeRow, ?> pos = position();
        if (table.getEditingCell() != null && editing != null && e.getTarget() != editing.editor
                && !typed.isEmpty() && !Character.isISOControl(typed.charAt(0))) {
            editing.editor.replaceSelection(typed);
            editing.editor.requestFocus();
            e.consume();
            return;
        }
        if (table.getEditingCell() != null || e.isShortcutDown() || e.isAltDown() || typed.isEmpty()
                || Character.isISOControl(typed.charAt(0)) || typed.isBlank() || pos == null || pos.getRow() < 0
                || pos.getTableColumn() == null || !(pos.getTableColumn().getUserData() instanceof BookColumn)) {
            return;
        }
        seed = typed;
        table.edit(pos.getRow(), pos.getTableColumn());
        e.consume();
    }

    /** Moves the focus by rows and work columns, staying inside the table. */
    private void move(int rows, int columns) {
        TablePosition<GradeRow, ?> pos = position();
        if (pos == null || table.getItems().isEmpty()) {
            return;
        }
        int row = Math.clamp(pos.getRow() + rows, 0, table.getItems().size() - 1);
        TableColumn<GradeRow, ?> column = pos.getTableColumn();
        if (columns != 0) {
            var leaves = table.getVisibleLeafColumns();
            int at = leaves.indexOf(column);
            for (int i = at + columns; i >= 0 && i < leaves.size(); i += columns) {
                if (leaves.get(i).getUserData() instanceof BookColumn) {
                    column = leaves.get(i);
                    break;
                }
            }
        }
        goTo(row, column);
    }

    private void goTo(int row, TableColumn<GradeRow, ?> column) {
        if (column == null || table.getItems().isEmpty()) {
            return;
        }
        table.getSelectionModel().clearAndSelect(row, column);
        table.getFocusModel().focus(row, column);
        table.scrollTo(Math.max(0, row - 3));
        table.scrollToColumn(column);
        table.requestFocus();
    }

    private TableColumn<GradeRow, ?> column(BookColumn work) {
        return table.getVisibleLeafColumns().stream().filter(c -> work.equals(c.getUserData())).findFirst()
                .orElse(null);
    }

    /** A grade cell: shows the grades, marks nv, late and refused input, and edits in place. */
    private final class GradeCell extends TableCell<GradeRow, String> {
        private final BookColumn work;
        private TextField editor;

        GradeCell(BookColumn work) {
            this.work = work;
            setAlignment(Pos.CENTER);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("grade-nv", "grade-late", "grade-invalid");
            GradeRow row = empty ? null : getTableRow().getItem();
            if (row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            if (isEditing() && editor != null) {
                setText(null);
                setGraphic(editor);
            } else {
                setText(item);
                setGraphic(null);
            }
            if (row.isNoGrade(work)) {
                getStyleClass().add("grade-nv");
            } else if (model.isLate(row, work)) {
                getStyleClass().add("grade-late");
            }
            var invalid = model.invalidCellProperty().get();
            if (invalid != null && invalid.column().equals(work) && invalid.studentId().equals(row.studentId())) {
                getStyleClass().add("grade-invalid");
            }
        }

        @Override
        public void startEdit() {
            super.startEdit();
            if (!isEditing()) {
                return;
            }
            editor = new TextField(seed != null ? seed : getItem());
            seed = null;
            editor.setId("gradeEditor");
            editor.getStyleClass().add("grade-editor");
            editor.addEventFilter(KeyEvent.KEY_PRESSED, this::editorKey);
            setText(null);
            setGraphic(editor);
            editing = this;
            // The skin (and with it the key handling) comes with CSS: make it now, not at the next
            // pulse, or a fast typist's second key is lost.
            editor.applyCss();
            editor.requestFocus();
            editor.end();
        }

        private void editorKey(KeyEvent e) {
            switch (e.getCode()) {
                case ENTER -> commitAndMove(1, 0);
                case TAB -> commitAndMove(0, e.isShiftDown() ? -1 : 1);
                case UP -> commitAndMove(-1, 0);
                case DOWN -> commitAndMove(1, 0);
                case ESCAPE -> {
                    model.clearError();
                    cancelEdit();
                    table.requestFocus();
                }
                default -> {
                    return;
                }
            }
            e.consume();
        }

        private void commitAndMove(int rows, int columns) {
            GradeRow row = getTableRow().getItem();
            if (model.enter(row, work, editor.getText())) {
                cancelEdit();
                move(rows, columns);
            } else {
                // Refused: the reason is shown, the text stays selected so the next key replaces it.
                editor.selectAll();
                getStyleClass().add("grade-invalid");
            }
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            editor = null;
            if (editing == this) {
                editing = null;
            }
            getStyleClass().remove("grade-invalid");
            setGraphic(null);
            setText(getItem());
        }
    }
}
