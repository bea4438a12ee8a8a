package lv.klade.testing;

import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import org.testfx.api.FxRobot;

/**
 * What a user does in a view and reads off it, by the nodes' ids: typing, pressing, choosing. Every
 * change is made on the FX thread.
 */
public final class ViewActions {
    private final FxRobot robot;

    public ViewActions(FxRobot robot) {
        this.robot = robot;
    }

    public void type(String id, String value) {
        robot.interact(() -> robot.lookup(id).queryAs(TextInputControl.class).setText(value));
    }

    /** Presses a button, a toggle or a check box as a click does. */
    public void press(String id) {
        robot.interact(() -> robot.lookup(id).queryAs(ButtonBase.class).fire());
    }

    /** Chooses the item the combo shows as {@code shown}; fails naming what it offers instead. */
    public void pick(String id, String shown) {
        robot.interact(() -> {
            ComboBox<Object> combo = combo(id);
            combo.setValue(combo.getItems().stream().filter(item -> shown.equals(String.valueOf(item))).findFirst()
                    .orElseThrow(() -> new AssertionError(id + " offers no " + shown + ": " + combo.getItems())));
        });
    }

    public String label(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    public <T> ComboBox<T> combo(String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    public <T> ListView<T> list(String id) {
        return robot.lookup(id).queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    public <T> TableView<T> table(String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    public int rows(String id) {
        return table(id).getItems().size();
    }
}
