package lv.klade.grades.ui;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import lv.klade.grades.BookColumn;
import lv.klade.grades.BookRow;
import lv.klade.grades.PeriodColumn;
import lv.klade.grades.StoredGrade;
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

    /** What the cell shows: what was just typed, else its grades ("8", or "nv 7" when there are two). */
    public String text(BookColumn column) {
        String typed = pending.get(column);
        if (typed != null) {
            return typed;
        }
        return data().cells().getOrDefault(column, List.of()).stream().map(g -> g.grade().typed())
                .collect(Collectors.joining(" "));
    }

    public boolean isNoGrade(BookColumn column) {
        return text(column).contains("nv");
    }

    public String periodText(PeriodColumn column) {
        StoredGrade g = data().periods().get(column);
        return g == null ? "" : g.grade().typed();
    }

    void update(BookRow fresh) {
        pending.clear();
        data.set(fresh);
    }
}
