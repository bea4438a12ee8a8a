package lv.klade.lessons.ui;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import lv.klade.lessons.StudentName;

/** A student on the lesson's attendance list with the code marked for them; empty means present. */
public final class AttendanceRow {
    private final int number;
    private final StudentName student;
    private final StringProperty code = new SimpleStringProperty("");

    AttendanceRow(int number, StudentName student, String code) {
        this.number = number;
        this.student = student;
        this.code.set(code == null ? "" : code);
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
