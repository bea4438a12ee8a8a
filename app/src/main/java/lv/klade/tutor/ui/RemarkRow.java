package lv.klade.tutor.ui;

import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import lv.klade.tutor.RemarkPeriod;

/**
 * One student's line in the remarks table: the remark as saved, and how its last save went. The
 * view-model changes it, on the FX thread only.
 */
public final class RemarkRow {
    private final UUID studentId;
    private final int number;
    private final String name;
    private final RemarkPeriod period;
    private final ReadOnlyStringWrapper saved;
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    /** The text of the save under way, or null. */
    private String pending;
    /** The text of the last refused save, or null: leaving the field does not send it again. */
    private String refused;

    RemarkRow(UUID studentId, int number, String name, RemarkPeriod period, String saved) {
        this.studentId = studentId;
        this.number = number;
        this.name = name;
        this.period = period;
        this.saved = new ReadOnlyStringWrapper(saved);
    }

    public UUID studentId() {
        return studentId;
    }

    public int number() {
        return number;
    }

    public String name() {
        return name;
    }

    /** The report card the remark is for: a row keeps it even if the view moves to another period. */
    public RemarkPeriod period() {
        return period;
    }

    /** The remark as the journal holds it. */
    public ReadOnlyStringProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public String saved() {
        return saved.get();
    }

    /** Empty, "saving…", "saved" or why it was not saved. */
    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The last save was refused: the field holds text the journal does not. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    String pending() {
        return pending;
    }

    String refused() {
        return refused;
    }

    void saving(String text, String shown) {
        pending = text;
        refused = null;
        failed.set(false);
        state.set(shown);
    }

    void saved(String text, String shown) {
        pending = null;
        saved.set(text);
        state.set(shown);
    }

    void failed(String shown) {
        refused = pending;
        pending = null;
        failed.set(true);
        state.set(shown);
    }
}
