package lv.klade.people.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import lv.klade.i18n.Messages;

/** A two-column form of labelled fields, and the small controls the people views share. */
final class FormGrid {
    private final Messages text;
    private final GridPane grid = new GridPane(8, 6);
    private int row;

    FormGrid(Messages text) {
        this.text = text;
        grid.setPadding(new Insets(4, 0, 4, 0));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(120);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
    }

    /** Adds a field with the label named by {@code key}; returns the field for chaining. */
    <T extends Node> T add(String key, T field) {
        Label label = new Label(text.get(key));
        label.setLabelFor(field);
        label.setWrapText(true);
        grid.addRow(row++, label, field);
        return field;
    }

    /** A field without a label of its own, such as a row of buttons under the fields they act on. */
    void add(Node field) {
        grid.add(field, 1, row++);
    }

    /** A field across both columns, below its heading: a list whose lines need the whole width. */
    void wide(Node field) {
        grid.add(field, 0, row++, 2, 1);
    }

    /** A heading across both columns. */
    void heading(String key) {
        Label label = new Label(text.get(key));
        label.getStyleClass().add("text-bold");
        grid.add(label, 0, row++, 2, 1);
    }

    GridPane root() {
        return grid;
    }

    /** A form with its title on top and its buttons below, only the fields scrolling: Save stays in reach. */
    static Node framed(Node title, Node fields, Node buttons) {
        ScrollPane scroll = new ScrollPane(fields);
        scroll.setFitToWidth(true);
        BorderPane frame = new BorderPane(scroll);
        frame.setTop(title);
        frame.setBottom(buttons);
        BorderPane.setMargin(title, new Insets(0, 0, 6, 0));
        BorderPane.setMargin(buttons, new Insets(8, 0, 0, 0));
        return frame;
    }

    static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }

    /** A combo box that shows its items through {@code name}. */
    static <T> ComboBox<T> choice(String id, Function<T, String> name) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : name.apply(item);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        });
        return box;
    }

    static <T> TableColumn<T, String> column(String title, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
