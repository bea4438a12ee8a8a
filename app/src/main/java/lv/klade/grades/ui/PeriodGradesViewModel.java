package lv.klade.grades.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lv.klade.db.Actor;
import lv.klade.grades.AverageResult;
import lv.klade.grades.BookRow;
import lv.klade.grades.Grade;
import lv.klade.grades.GradeBook;
import lv.klade.grades.GradeBookService;
import lv.klade.grades.GradeKind;
import lv.klade.grades.GradeService;
import lv.klade.grades.GradeSettings;
import lv.klade.grades.ParseResult;
import lv.klade.grades.PeriodColumn;
import lv.klade.grades.PeriodGrade;
import lv.klade.grades.StoredGrade;
import lv.klade.i18n.UserError;
import lv.klade.school.DateRange;
import lv.klade.school.SchoolRepository;
import lv.klade.school.SchoolYear;
import lv.klade.school.Semester;
import lv.klade.ui.Background;

/**
 * Semester and year grades of a journal: for each student the average of the period, the grade
 * Klade suggests from it (atb for an exempt student), and the grade the teacher set. The teacher
 * confirms the suggestions or types another grade. With the year come the re-examination (from form
 * 4) and, from form 9, the exam and the final grade, typed the same way.
 */
public final class PeriodGradesViewModel {
    /** A semester or the year: the kind of grade and the date that names the period. */
    public record Period(GradeKind kind, LocalDate date, DateRange range, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * One student's line; {@code form} decides the scale of the grade. {@code set} holds the grades set
     * for the period: its own ({@code kind}) and, for the year, exam, re-examination and final grades.
     */
    public record PeriodRow(UUID studentId, int number, String name, int form, boolean current, String average,
                            Optional<Grade> suggested, GradeKind kind, Map<GradeKind, StoredGrade> set) {
        public PeriodRow {
            set = Map.copyOf(set);
        }

        public String suggestedText() {
            return suggested.map(Grade::typed).orElse("");
        }

        /** The grade set for the period itself. */
        public Optional<Grade> grade() {
            return grade(kind);
        }

        public Optional<Grade> grade(GradeKind of) {
            return Optional.ofNullable(set.get(of)).map(StoredGrade::grade);
        }

        public String gradeText() {
            return text(kind);
        }

        public String text(GradeKind of) {
            return grade(of).map(Grade::typed).orElse("");
        }

        /** True when the teacher set something other than the suggestion. */
        public boolean overridden() {
            return grade().isPresent() && suggested.isPresent() && !grade().equals(suggested);
        }
    }

    /** The grades that come with the year grade, in the order of the summary journal. */
    private static final List<GradeKind> AFTER_YEAR = List.of(GradeKind.EXAM, GradeKind.RE_EXAMINATION, GradeKind.FINAL);
    private static final int FIRST_EXAM_FORM = 9;

    private final GradeBookService books;
    private final GradeService grades;
    private final SchoolRepository school;
    private final Actor actor;
    private final Background background;
    private final GradeTexts texts;
    private final ObservableList<Period> periods = FXCollections.observableArrayList();
    private final ObservableList<PeriodRow> rows = FXCollections.observableArrayList();
    private final ObservableList<GradeKind> kinds = FXCollections.observableArrayList();
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private JournalChoice journal;
    private int request;
    /** The school's grading settings, read with the rows so typing a grade reads nothing on the FX thread. */
    private GradeSettings settings;

    public PeriodGradesViewModel(GradeBookService books, GradeService grades, SchoolRepository school, Actor actor,
                                 Background background) {
        this.books = books;
        this.grades = grades;
        this.school = school;
        this.actor = actor;
        this.background = background;
        this.texts = new GradeTexts(background.messages());
        period.addListener((o, old, p) -> reload());
    }

    /** Shows the period grades of another journal. */
    public void setJournal(JournalChoice chosen) {
        journal = chosen;
        if (periods.isEmpty()) {
            background.run(this::readPeriods, list -> {
                periods.setAll(list);
                period.set(list.isEmpty() ? null : list.getFirst());
            }, error::set);
        } else {
            reload();
        }
    }

    private List<Period> readPeriods() {
        SchoolYear year = school.currentYear().orElseThrow(() -> UserError.of("school.missing"));
        List<Period> list = new ArrayList<>();
        for (Semester s : school.semesters(year.id())) {
            list.add(new Period(GradeKind.SEMESTER, s.ends(), s.range(),
                    background.messages().get("gradesView.periods.semester", s.number())));
        }
        list.add(new Period(GradeKind.YEAR, year.ends(), year.range(), background.messages().get("gradesView.periods.year")));
        return list;
    }

    private void reload() {
        Period chosen = period.get();
        JournalChoice of = journal;
        int mine = ++request;
        if (chosen == null || of == null) {
            rows.clear();
            kinds.clear();
            return;
        }
        background.run(() -> new Read(read(of.id(), chosen), grades.settings()), read -> {
            if (mine == request) {
                List<PeriodRow> list = read.rows();
                settings = read.settings();
                List<GradeKind> shown = kindsFor(chosen, list);
                if (!kinds.equals(shown)) {
                    kinds.setAll(shown);
                }
                rows.setAll(list);
            }
        }, error::set);
    }

    private record Read(List<PeriodRow> rows, GradeSettings settings) {
    }

    /** The period's own grade and, for the year, the exam, re-examination and final grades the forms have. */
    private static List<GradeKind> kindsFor(Period p, List<PeriodRow> list) {
        List<GradeKind> shown = new ArrayList<>(List.of(p.kind()));
        if (p.kind() == GradeKind.YEAR) {
            int highest = list.stream().filter(PeriodRow::current).mapToInt(PeriodRow::form).max().orElse(0);
            AFTER_YEAR.stream().filter(k -> highest >= firstFormShown(k)).forEach(shown::add);
        }
        return shown;
    }

    /** Re-examinations decide promotion from form 4; exams and final grades belong to forms 9–12. */
    private static int firstFormShown(GradeKind kind) {
        return kind == GradeKind.RE_EXAMINATION ? kind.firstForm() : Math.max(kind.firstForm(), FIRST_EXAM_FORM);
    }

    private List<PeriodRow> read(UUID journalId, Period p) {
        GradeBook book = books.gradeBook(journalId, Optional.empty());
        List<PeriodRow> list = new ArrayList<>();
        int number = 0;
        for (BookRow row : book.rows()) {
            AverageResult average = books.average(row.student().id(), journalId, p.range());
            Map<GradeKind, StoredGrade> set = new EnumMap<>(GradeKind.class);
            row.periods().forEach((column, grade) -> {
                boolean own = column.equals(new PeriodColumn(p.kind(), p.date()));
                boolean after = p.kind() == GradeKind.YEAR && AFTER_YEAR.contains(column.kind())
                        && p.range().contains(column.date());
                if (own || after) {
                    set.merge(column.kind(), grade, (a, b) -> a.workDate().isAfter(b.workDate()) ? a : b);
                }
            });
            list.add(new PeriodRow(row.student().id(), ++number, row.student().lastName() + " "
                    + row.student().firstName(), row.student().form(), row.current(), texts.average(average),
                    GradeBookService.suggestion(average), p.kind(), set));
        }
        return list;
    }

    /** Sets each current student's grade to the suggestion where no grade is set yet. */
    public void confirmSuggested() {
        Period p = period.get();
        if (p == null || journal == null) {
            return;
        }
        UUID journalId = journal.id();
        List<PeriodGrade> batch = rows.stream().filter(r -> r.current() && r.grade().isEmpty() && r.suggested().isPresent())
                .map(r -> new PeriodGrade(r.studentId(), journalId, p.kind(), p.date(), r.suggested().get(),
                        r.suggested().get())).toList();
        write(batch);
    }

    /**
     * Sets one student's grade of a kind shown for the period to what the teacher typed (atb allowed).
     * Returns false, with the reason shown, when the text is not a grade for that column.
     */
    public boolean set(PeriodRow row, GradeKind kind, String typed) {
        Period p = period.get();
        if (p == null || journal == null || row == null || settings == null || !kinds.contains(kind)) {
            return false;
        }
        ParseResult read = CellInput.parse(typed == null ? "" : typed,
                settings.scales(row.form(), kind, journal.subjectId()));
        if (read instanceof ParseResult.Invalid(var problem)) {
            error.set(background.messages().text(problem));
            return false;
        }
        Grade grade = ((ParseResult.Valid) read).grade();
        LocalDate date = Optional.ofNullable(row.set().get(kind)).map(StoredGrade::workDate).orElse(p.date());
        write(List.of(new PeriodGrade(row.studentId(), journal.id(), kind, date, grade,
                kind == p.kind() ? row.suggested().orElse(null) : null)));
        return true;
    }

    /** Clears one student's grade of a kind shown for the period, if one is set. */
    public void clear(PeriodRow row, GradeKind kind) {
        StoredGrade stored = row == null ? null : row.set().get(kind);
        if (stored == null) {
            return;
        }
        error.set("");
        background.run(() -> {
            grades.remove(actor, stored.id());
            return 1;
        }, done -> reload(), problem -> {
            error.set(problem);
            reload();
        });
    }

    /** Clears the message of a refused entry. */
    public void clearError() {
        error.set("");
    }

    private void write(List<PeriodGrade> batch) {
        error.set("");
        background.run(() -> {
            batch.forEach(g -> grades.setPeriodGrade(actor, g));
            return batch.size();
        }, done -> reload(), problem -> {
            error.set(problem);
            reload();
        });
    }

    public ObservableList<Period> periods() {
        return periods;
    }

    /** The kinds of grade shown as columns: the period's own, then the year's exam, re-examination, final. */
    public ObservableList<GradeKind> kinds() {
        return kinds;
    }

    public ObjectProperty<Period> periodProperty() {
        return period;
    }

    public ObservableList<PeriodRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
