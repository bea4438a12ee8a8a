package lv.klade.sync.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A staff member the administrator may tick when enrolling a PC for some users only. */
public record StaffChoice(String login, String label, BooleanProperty chosen) {

    StaffChoice(String login, String label, boolean chosen) {
        this(login, label, new SimpleBooleanProperty(chosen));
    }

    @Override
    public String toString() {
        return label;
    }
}
