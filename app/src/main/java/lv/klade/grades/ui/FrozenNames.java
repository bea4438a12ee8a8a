package lv.klade.grades.ui;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import lv.klade.i18n.Messages;

/**
 * The grade book's number and name columns, frozen at the left while the grades scroll sideways:
 * a table of their own over the same rows, scrolled up and down with the grades and showing the
 * row the teacher stands on. The grades' table keeps the keyboard; a click on a name moves there.
 */
final class FrozenNames {
    private final TableView<GradeRow> names;
    private final TableView<GradeRow> grades;
    private final Region underHorizontalBar = new Region();

    FrozenNames(GradeBookViewModel model, Messages text, TableView<GradeRow> grades) {
        this.grades = grades;
        this.names = new TableView<>(model.rows());
        names.setId("gradeBookNames");
        names.getStyleClass().addAll("grade-book", "grade-book-names");
        names.setFixedCellSize(grades.getFixedCellSize());
        names.setFocusTraversable(false);
        names.setPlaceholder(new Label());
        names.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        TableColumn<GradeRow, String> number = column(text.get("gradesView.number"), r -> String.valueOf(r.number()));
        number.setPrefWidth(40);
        TableColumn<GradeRow, String> name = column(text.get("gradesView.student"),
                r -> r.student().lastName() + " " + r.student().firstName());
        name.setId("gradeBookName");
        name.setPrefWidth(170);
        names.getColumns().setAll(java.util.List.of(number, name));
        names.setPrefWidth(40 + 170 + 4);
        names.setMinWidth(Region.USE_PREF_SIZE);
        grades.getFocusModel().focusedCellProperty().addListener((o, old, pos) -> {
            if (pos != null && pos.getRow() >= 0) {
                names.getSelectionModel().clearAndSelect(pos.getRow());
            }
        });
        names.getSelectionModel().selectedIndexProperty().addListener((o, old, row) -> standOn(row.intValue()));
        names.skinProperty().addListener((o, old, skin) -> link());
        grades.skinProperty().addListener((o, old, skin) -> link());
    }

    /** The names beside the grades, both as tall as the space they are given. */
    Node beside() {
        VBox left = new VBox(names, underHorizontalBar);
        VBox.setVgrow(names, Priority.ALWAYS);
        HBox both = new HBox(left, grades);
        HBox.setHgrow(grades, Priority.ALWAYS);
        return both;
    }

    private static TableColumn<GradeRow, String> column(String title, Function<GradeRow, String> value) {
        TableColumn<GradeRow, String> column = new TableColumn<>(title);
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(c -> Bindings.createStringBinding(() -> value.apply(c.getValue()),
                c.getValue().dataProperty()));
        return column;
    }

    /** A click on a name puts the teacher on that pupil's row in the grades, at the column they stood in. */
    private void standOn(int row) {
        var pos = grades.getFocusModel().getFocusedCell();
        if (row < 0 || (pos != null && pos.getRow() == row)) {
            return;
        }
        var column = pos != null && pos.getTableColumn() != null ? pos.getTableColumn()
                : grades.getVisibleLeafColumns().isEmpty() ? null : grades.getVisibleLeafColumns().getFirst();
        if (column != null) {
            grades.getSelectionModel().clearAndSelect(row, column);
            grades.getFocusModel().focus(row, column);
        }
    }

    /**
     * Once both tables have their skins: one vertical position for both, the names' own scroll bar
     * hidden, and their header and viewport as tall as the grades' (whose header has two lines and
     * whose bottom holds the horizontal bar), so row i sits beside row i.
     */
    private void link() {
        if (names.getSkin() == null || grades.getSkin() == null) {
            return;
        }
        ScrollBar namesBar = bar(names, Orientation.VERTICAL);
        ScrollBar gradesBar = bar(grades, Orientation.VERTICAL);
        ScrollBar sideways = bar(grades, Orientation.HORIZONTAL);
        if (namesBar == null || gradesBar == null || sideways == null) {
            return;
        }
        namesBar.valueProperty().bindBidirectional(gradesBar.valueProperty());
        namesBar.setOpacity(0);
        namesBar.setMouseTransparent(true);
        namesBar.setMinWidth(0);
        namesBar.setPrefWidth(0);
        namesBar.setMaxWidth(0);
        underHorizontalBar.minHeightProperty().bind(Bindings.when(sideways.visibleProperty())
                .then(sideways.heightProperty()).otherwise(0));
        Region namesHeader = (Region) names.lookup(".column-header-background");
        Region gradesHeader = (Region) grades.lookup(".column-header-background");
        if (namesHeader != null && gradesHeader != null) {
            namesHeader.prefHeightProperty().bind(gradesHeader.heightProperty());
        }
    }

    private static ScrollBar bar(TableView<?> table, Orientation orientation) {
        return table.lookupAll(".scroll-bar").stream().filter(n -> n instanceof ScrollBar b
                        && b.getOrientation() == orientation && b.getParent() instanceof javafx.scene.control.skin.VirtualFlow)
                .map(ScrollBar.class::cast).findFirst().orElse(null);
    }
}
