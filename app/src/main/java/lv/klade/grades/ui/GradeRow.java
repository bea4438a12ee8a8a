package lv.klade.grades.ui;

import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import lv.klade.grades.BookColumn;
import lv.klade.grades.BookRow;
import lv.klade.grades.StudentFacts;

/**
 * One student's line of the grade book. The row stays the same object while its data is reloaded,
 * so the table keeps its focus; {@code pending} holds what was typed until the save comes back.
 */
public final class GradeRow {
    private final int number;
    private final ReadOnlyObjectWrapper<BookRow> data;
    private final ObservableMap<BookColumn, String> pending = FXCollections.observableHashMap();

    GradeRow(int number, BookRow data) {
        this.number = number;
        this.data = new ReadOnlyObjectWrapper<>(data);
    }

    public int number() {
        return number;
    }

    public StudentFacts student() {
        return data.get().student();
    }

    public UUID studentId() {
        return student().id();
    }

    public BookRow data() {
        return data.get();
    }

    public ReadOnlyObjectProperty<BookRow> dataProperty() {
        return data.getReadOnlyProperty();
    }

    ObservableMap<BookColumn, String> pendingMap() {
        return pending;
    }

    public ObservableMap<BookColumn, String> pending() {
        return FXCollections.unmodifiableObservableMap(pending);
    }

    void update(BookRow fresh) {
        pending.clear();
        data.set(fresh);
    }
}
