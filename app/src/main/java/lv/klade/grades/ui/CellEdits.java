package lv.klade.grades.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.grades.BookColumn;
import lv.klade.grades.Grade;
import lv.klade.grades.GradeBookService;
import lv.klade.grades.GradeService;
import lv.klade.grades.NewGrade;
import lv.klade.grades.StoredGrade;
import lv.klade.grades.ui.GradeBookViewModel.Cell;

/**
 * Writes grade book cells through {@link GradeService} and keeps the edits that undo them. An edit
 * sets a cell to a value, or clears it; undoing one is the edit back to the value it had.
 */
final class CellEdits {
    /** Set a cell of a journal to a value; empty clears it. */
    record Edit(UUID journalId, Cell cell, Optional<Grade> value) {
    }

    private final GradeBookService books;
    private final GradeService grades;
    private final Actor actor;
    // Touched only on the FX thread; write() runs on the worker and touches nothing here.
    private final Deque<Edit> undo = new ArrayDeque<>();

    CellEdits(GradeBookService books, GradeService grades, Actor actor) {
        this.books = books;
        this.grades = grades;
        this.actor = actor;
    }

    /**
     * Runs on the worker. Compares with the journal as it is now, so quick typing never doubles a
     * grade; returns the edit that undoes this one, or nothing when nothing changed.
     */
    Optional<Edit> write(Edit edit) {
        Cell cell = edit.cell();
        BookColumn column = cell.column();
        List<StoredGrade> now = books.cell(edit.journalId(), cell.studentId(), column);
        Optional<StoredGrade> last = now.isEmpty() ? Optional.empty() : Optional.of(now.getLast());
        Optional<Grade> before = last.map(StoredGrade::grade);
        if (before.equals(edit.value())) {
            return Optional.empty();
        }
        if (edit.value().isEmpty()) {
            grades.remove(actor, last.orElseThrow().id());
        } else if (last.isEmpty()) {
            grades.add(actor, new NewGrade(cell.studentId(), edit.journalId(), column.lessonId(), column.testId(),
                    column.kind(), edit.value().get(), null, column.date()));
        } else {
            grades.change(actor, last.get().id(), edit.value().get(), last.get().note());
        }
        return Optional.of(new Edit(edit.journalId(), cell, before));
    }

    void remember(Edit back) {
        undo.push(back);
    }

    Optional<Edit> lastToUndo() {
        return undo.isEmpty() ? Optional.empty() : Optional.of(undo.pop());
    }

    void forget() {
        undo.clear();
    }
}
