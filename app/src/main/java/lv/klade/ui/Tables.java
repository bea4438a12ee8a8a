package lv.klade.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;

/** Read-only tables of records, the way every Klade view lists things. */
public final class Tables {
    private static final String GROWING_ROWS = "growing-rows";

    private Tables() {
    }

    /** A table over {@code items} that says {@code empty} when there is nothing to show. */
    public static <T> TableView<T> table(String id, ObservableList<T> items, String empty) {
        TableView<T> table = new TableView<>(items);
        table.setId(id);
        table.setPlaceholder(new Label(empty));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    /**
     * Makes the column's cells wrap long text onto more lines, so it reads whole instead of cut off;
     * the table it joins gets the style class {@code growing-rows}, so its rows grow to fit.
     */
    public static <T> TableColumn<T, String> wrapping(TableColumn<T, String> column) {
        column.tableViewProperty().addListener((o, was, table) -> {
            if (table != null && !table.getStyleClass().contains(GROWING_ROWS)) {
                table.getStyleClass().add(GROWING_ROWS);
            }
        });
        column.setCellFactory(c -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(16));
                text.fillProperty().bind(textFillProperty());
                text.fontProperty().bind(fontProperty());
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
                setGraphic(text);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
            }
        });
        return column;
    }

    /** A text column whose cells show {@code value} of the row. */
    public static <T> TableColumn<T, String> column(String title, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
