package lv.klade.ui;

import javafx.scene.control.Label;

/** The line a view tells the user something on (an error, what was saved): it takes room only while it says something. */
public final class Notices {
    private Notices() {
    }

    /** An empty, wrapping label with this id, shown only while its text is not empty. */
    public static Label line(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        return label;
    }
}
