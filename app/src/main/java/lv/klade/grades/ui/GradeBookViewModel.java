package lv.klade.grades.ui;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lv.klade.db.Actor;
import lv.klade.grades.BookColumn;
import lv.klade.grades.Grade;
import lv.klade.grades.GradeBook;
import lv.klade.grades.GradeBookService;
import lv.klade.grades.GradeKind;
import lv.klade.grades.GradeService;
import lv.klade.grades.GradeSettings;
import lv.klade.grades.ParseResult;
import lv.klade.grades.PeriodColumn;
import lv.klade.grades.PlannedTest;
import lv.klade.grades.StoredGrade;
import lv.klade.grades.TestPlannerService;
import lv.klade.grades.Timeliness;
import lv.klade.i18n.UserError;
import lv.klade.people.Role;
import lv.klade.people.StaffMember;
import lv.klade.people.StaffService;
import lv.klade.school.ClassRepository;
import lv.klade.school.SchoolRepository;
import lv.klade.school.SchoolYear;
import lv.klade.ui.Background;

/**
 * The grade book of one journal: typed grades are read at once and refused with the reason when
 * they are not grades for the cell; valid ones are saved through {@link GradeService} in the
 * background, and the book comes back with its new averages. Each save can be undone.
 */
public final class GradeBookViewModel {
    /** The kinds of work a teacher may add a column for; period grades have their own columns. */
    public static final List<GradeKind> WORK_KINDS = List.of(GradeKind.SUMMATIVE, GradeKind.FORMATIVE,
            GradeKind.TEST, GradeKind.HOMEWORK, GradeKind.COMBINED);

    /** A cell: a student and a work column. */
    public record Cell(UUID studentId, BookColumn column) {
    }

    private record Opened(GradeBook book, Map<UUID, PlannedTest> tests, GradeSettings settings) {
    }

    private record Saved(Optional<CellEdits.Edit> undo, Opened opened) {
    }

    private record Start(List<JournalChoice> journals, SchoolYear year, Map<UUID, String> staffNames, UUID own) {
    }

    private final GradeBookService books;
    private final GradeService grades;
    private final TestPlannerService planner;
    private final ClassRepository classes;
    private final SchoolRepository school;
    private final StaffService staff;
    private final StaffMember viewer;
    private final Actor actor;
    private final Background background;
    private final GradeTexts texts;
    private final ObservableList<JournalChoice> journals = FXCollections.observableArrayList();
    private final ObservableList<YearMonth> months = FXCollections.observableArrayList();
    private final ObservableList<GradeRow> rows = FXCollections.observableArrayList();
    private final ObservableList<BookColumn> columns = FXCollections.observableArrayList();
    private final ObservableList<PeriodColumn> periodColumns = FXCollections.observableArrayList();
    private final ObservableList<PlannedTest> tests = FXCollections.observableArrayList();
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final ObjectProperty<JournalChoice> journal = new SimpleObjectProperty<>();
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Cell> invalidCell = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Cell> newColumnCell = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyBooleanWrapper loading = new javafx.beans.property.ReadOnlyBooleanWrapper(true);
    private UUID shownJournal;
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<SchoolYear> year = new ReadOnlyObjectWrapper<>();
    private final BookColumns bookColumns = new BookColumns();
    private final CellEdits edits;
    private Map<UUID, String> staffNames = Map.of();
    private Map<UUID, Timeliness> timeliness = Map.of();
    private GradeSettings settings = GradeSettings.defaults();
    private GradeRow focusedRow;
    private BookColumn focusedColumn;
    // Each open request gets a number, so a book that arrives after a newer request is dropped.
    private int request;
    private UUID wanted;

    public GradeBookViewModel(GradeBookService books, GradeService grades, TestPlannerService planner,
                              ClassRepository classes, SchoolRepository school, StaffService staff,
                              StaffMember viewer, Background background) {
        this.books = books;
        this.grades = grades;
        this.planner = planner;
        this.classes = classes;
        this.school = school;
        this.staff = staff;
        this.viewer = viewer;
        this.actor = Actor.user(viewer.id());
        this.background = background;
        this.texts = new GradeTexts(background.messages());
        this.edits = new CellEdits(books, grades, actor);
        journal.addListener((o, old, chosen) -> {
            edits.forget();
            bookColumns.forget();
            open();
        });
        month.addListener((o, old, chosen) -> open());
    }

    /** Opens at this journal when it is one of the viewer's; call before the view loads. */
    public void openAt(UUID journalId) {
        wanted = journalId;
    }

    /** Reads the journals this person may open, then opens the first (or the one asked for). */
    public void load() {
        background.run(this::start, started -> {
            staffNames = started.staffNames();
            year.set(started.year());
            months.setAll(BookColumns.months(started.year()));
            journals.setAll(started.journals());
            UUID first = wanted != null ? wanted : started.own();
            journal.set(started.journals().stream().filter(j -> j.id().equals(first)).findFirst()
                    .orElse(started.journals().isEmpty() ? null : started.journals().getFirst()));
            if (journal.get() == null) {
                loading.set(false);
            }
        }, this::failed);
    }

    private void failed(String message) {
        loading.set(false);
        error.set(message);
    }

    private Start start() {
        SchoolYear current = school.currentYear().orElseThrow(() -> UserError.of("school.missing"));
        boolean all = viewer.holds(Role.DEPUTY_DIRECTOR) || viewer.holds(Role.ADMINISTRATOR);
        List<JournalChoice> taught = classes.journalsOfTeacher(current.id(), viewer.id()).stream()
                .map(JournalChoice::of).toList();
        List<JournalChoice> list = all ? classes.journals(current.id()).stream().map(JournalChoice::of).toList()
                : taught;
        Map<UUID, String> names = staff.all().stream().collect(Collectors.toMap(s -> s.id(), StaffMember::fullName));
        return new Start(list, current, names, own(list, taught));
    }

    /**
     * The journal a person most likely opens the book for: one they teach, else one of the class
     * they tutor; null when neither (the list's first is opened then).
     */
    private UUID own(List<JournalChoice> list, List<JournalChoice> taught) {
        java.util.Set<UUID> teaches = taught.stream().map(JournalChoice::id).collect(Collectors.toSet());
        java.util.Set<UUID> tutored = viewer.roles().stream().filter(g -> g.role() == Role.CLASS_TUTOR)
                .map(lv.klade.people.RoleGrant::classId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        return list.stream().filter(j -> teaches.contains(j.id())).findFirst()
                .or(() -> list.stream().filter(j -> tutored.contains(j.classId())).findFirst())
                .map(JournalChoice::id).orElse(null);
    }

    private void open() {
        JournalChoice chosen = journal.get();
        int mine = ++request;
        if (chosen == null) {
            rows.clear();
            columns.clear();
            loading.set(false);
            return;
        }
        Optional<YearMonth> shown = Optional.ofNullable(month.get());
        boolean otherJournal = rows.isEmpty() || !chosen.id().equals(shownJournal);
        if (otherJournal) {
            // Not "no students" while the book is read: the table says it is loading.
            loading.set(true);
            rows.clear();
        }
        background.run(() -> read(chosen.id(), shown), opened -> {
            if (mine == request) {
                show(opened);
                shownJournal = chosen.id();
                loading.set(false);
            }
        }, this::failed);
    }

    private Opened read(UUID journalId, Optional<YearMonth> shown) {
        Map<UUID, PlannedTest> planned = planner.ofJournal(journalId).stream()
                .collect(Collectors.toMap(PlannedTest::id, t -> t));
        return new Opened(books.gradeBook(journalId, shown), planned, grades.settings());
    }

    private void show(Opened opened) {
        GradeBook book = opened.book();
        if (journal.get() == null || !book.journalId().equals(journal.get().id())) {
            return;
        }
        settings = opened.settings();
        timeliness = book.timeliness();
        tests.setAll(opened.tests().values().stream().sorted(Comparator.comparing(t -> t.plan().date())).toList());
        List<BookColumn> ordered = bookColumns.withBook(book.columns(), month.get());
        if (!ordered.equals(columns)) {
            columns.setAll(ordered);
        }
        if (!book.periodColumns().equals(periodColumns)) {
            periodColumns.setAll(book.periodColumns());
        }
        boolean same = rows.size() == book.rows().size();
        for (int i = 0; same && i < rows.size(); i++) {
            same = rows.get(i).studentId().equals(book.rows().get(i).student().id());
        }
        if (same) {
            for (int i = 0; i < rows.size(); i++) {
                rows.get(i).update(book.rows().get(i));
            }
        } else {
            List<GradeRow> fresh = new ArrayList<>();
            for (int i = 0; i < book.rows().size(); i++) {
                fresh.add(new GradeRow(i + 1, book.rows().get(i)));
            }
            rows.setAll(fresh);
        }
        if (focusedRow != null) {
            explanation.set(texts.explanation(focusedRow.student().fullName(), focusedRow.data().sinceYearStart()));
        }
    }

    // --- typing and saving ---

    /** Reads what was typed into a cell: refused with the reason, or saved in the background. */
    public boolean enter(GradeRow row, BookColumn column, String typed) {
        if (typed == null || typed.isBlank()) {
            return true;
        }
        ParseResult read = CellInput.parse(typed, settings.scales(row.student().form(), column.kind(),
                journal.get().subjectId()));
        if (read instanceof ParseResult.Invalid(var problem)) {
            error.set(background.messages().text(problem));
            invalidCell.set(new Cell(row.studentId(), column));
            return false;
        }
        Grade grade = ((ParseResult.Valid) read).grade();
        clearError();
        row.pendingMap().put(column, grade.typed());
        save(new CellEdits.Edit(journal.get().id(), new Cell(row.studentId(), column), Optional.of(grade)), true);
        return true;
    }

    /** Clears a cell's grade (the last, when it has several). */
    public void clear(GradeRow row, BookColumn column) {
        if (journal.get() == null || row.text(column).isEmpty()) {
            return;
        }
        clearError();
        row.pendingMap().put(column, "");
        save(new CellEdits.Edit(journal.get().id(), new Cell(row.studentId(), column), Optional.empty()), true);
    }

    /** Undoes the last change made here. */
    public void undo() {
        edits.lastToUndo().ifPresent(edit -> {
            clearError();
            save(edit, false);
        });
    }

    private void save(CellEdits.Edit edit, boolean undoable) {
        Optional<YearMonth> shown = Optional.ofNullable(month.get());
        background.run(() -> new Saved(edits.write(edit), read(edit.journalId(), shown)), saved -> {
            if (undoable) {
                saved.undo().ifPresent(edits::remember);
            }
            show(saved.opened());
        }, problem -> {
            error.set(problem);
            open();
        });
    }

    public void clearError() {
        error.set("");
        invalidCell.set(null);
    }

    // --- columns ---

    /** Adds an empty work column: a planned test's, or a date and kind; it stays until it has grades. */
    public void addColumn(LocalDate date, GradeKind kind, PlannedTest test) {
        BookColumn column;
        if (test != null) {
            column = new BookColumn(test.plan().date(), null, test.id(), GradeKind.TEST);
        } else if (date == null || kind == null) {
            error.set(background.messages().get("gradesView.columnIncomplete"));
            return;
        } else {
            column = new BookColumn(date, null, null, kind);
        }
        SchoolYear current = year.get();
        if (current != null && !current.range().contains(column.date())) {
            error.set(background.messages().get("gradesView.columnOutsideYear", current.starts(), current.ends()));
            return;
        }
        clearError();
        if (!columns.contains(column)) {
            bookColumns.add(column);
            if (month.get() != null && !YearMonth.from(column.date()).equals(month.get())) {
                month.set(YearMonth.from(column.date()));
            } else {
                columns.setAll(bookColumns.merged(columns, month.get()));
            }
        }
        newColumnCell.set(null);
        newColumnCell.set(new Cell(rows.isEmpty() ? null : rows.getFirst().studentId(), column));
    }

    // --- the focused cell: average and history ---

    /** The cell the user is on: its student's average is explained, its history offered. */
    public void focus(GradeRow row, BookColumn column) {
        focusedRow = row;
        focusedColumn = column;
        history.clear();
        explanation.set(row == null ? "" : texts.explanation(row.student().fullName(), row.data().sinceYearStart()));
    }

    /** The history of the focused cell's grade: earlier values, who, when. */
    public void showHistory() {
        history.clear();
        if (focusedRow == null || focusedColumn == null) {
            return;
        }
        List<StoredGrade> cell = focusedRow.data().cells().getOrDefault(focusedColumn, List.of());
        if (cell.isEmpty()) {
            history.add(background.messages().get("gradesView.history.none"));
            return;
        }
        UUID id = cell.getLast().id();
        background.run(() -> books.history(id), changes -> history.setAll(texts.history(changes, staffNames)),
                error::set);
    }

    // --- what cells show ---

    public boolean isLate(GradeRow row, BookColumn column) {
        return row.data().cells().getOrDefault(column, List.of()).stream()
                .anyMatch(g -> timeliness.get(g.id()) instanceof Timeliness.Late);
    }

    public String average(GradeRow row) {
        return texts.average(row.data().sinceYearStart());
    }

    public String monthAverage(GradeRow row) {
        return texts.average(row.data().inMonth());
    }

    /** What a column is: its kind, and the planned test's topic for a test column. */
    public String columnTitle(BookColumn column) {
        String kind = texts.kind(column.kind());
        return tests.stream().filter(t -> t.id().equals(column.testId())).findFirst()
                .map(t -> kind + ": " + t.plan().topic()).orElse(kind);
    }

    // --- properties ---

    public ObservableList<JournalChoice> journals() {
        return journals;
    }

    public ObjectProperty<JournalChoice> journalProperty() {
        return journal;
    }

    public ObservableList<YearMonth> months() {
        return months;
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public ObservableList<GradeRow> rows() {
        return rows;
    }

    public ObservableList<BookColumn> columns() {
        return columns;
    }

    public ObservableList<PeriodColumn> periodColumns() {
        return periodColumns;
    }

    public ObservableList<PlannedTest> tests() {
        return tests;
    }

    public ObservableList<String> history() {
        return history;
    }

    public ReadOnlyObjectProperty<Cell> invalidCellProperty() {
        return invalidCell.getReadOnlyProperty();
    }

    /** The first cell of a column just added, for the view to move to. */
    public ReadOnlyObjectProperty<Cell> newColumnCellProperty() {
        return newColumnCell.getReadOnlyProperty();
    }

    /** True from the start until a journal's book is read, and while another journal's is: no "empty" then. */
    public javafx.beans.property.ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }
}
