package lv.klade.lessons.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import lv.klade.lessons.StudentName;

/**
 * A student on the lesson's attendance list with the code marked for them (empty means present) and,
 * where the journal records it, whether they took part.
 */
public final class AttendanceRow {
    private final int number;
    private final StudentName student;
    private final StringProperty code = new SimpleStringProperty("");
    private final BooleanProperty tookPart = new SimpleBooleanProperty(false);

    AttendanceRow(int number, StudentName student, String code) {
        this(number, student, code, false);
    }

    AttendanceRow(int number, StudentName student, String code, boolean tookPart) {
        this.number = number;
        this.student = student;
        this.code.set(code == null ? "" : code);
        this.tookPart.set(tookPart);
    }

    /** Took part in the lesson: recorded for individual work, electives, interest education, after-school groups. */
    public BooleanProperty tookPartProperty() {
        return tookPart;
    }

    public boolean tookPart() {
        return tookPart.get();
    }

    public int number() {
        return number;
    }

    public StudentName student() {
        return student;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public String code() {
        return code.get();
    }

    boolean marked() {
        return !code.get().isEmpty();
    }
}
