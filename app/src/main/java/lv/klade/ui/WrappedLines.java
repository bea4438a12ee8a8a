package lv.klade.ui;

import javafx.collections.ObservableList;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/** A list of report lines, each wrapped to the list's width so that a long reason reads whole. */
public final class WrappedLines {
    private WrappedLines() {
    }

    public static ListView<String> list(String id, ObservableList<String> items) {
        ListView<String> list = new ListView<>(items);
        list.setId(id);
        list.setCellFactory(view -> {
            ListCell<String> cell = new ListCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                }
            };
            cell.setWrapText(true);
            cell.prefWidthProperty().bind(view.widthProperty().subtract(24));
            return cell;
        });
        return list;
    }
}
