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
    private final String name;
    private final StringProperty code = new SimpleStringProperty("");
    private final BooleanProperty tookPart = new SimpleBooleanProperty(false);

    AttendanceRow(int number, StudentName student, String name, String code, boolean tookPart) {
        this.number = number;
        this.student = student;
        this.name = name;
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

    /** The student's name as the list shows it: with the birth date where another on the list has the same name. */
    public String name() {
        return name;
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
