package lv.klade.grades.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * confirms the suggestions or types another grade.
 */
public final class PeriodGradesViewModel {
    /** A semester or the year: the kind of grade and the date that names the period. */
    public record Period(GradeKind kind, LocalDate date, DateRange range, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** One student's line; {@code form} decides the scale of the grade. */
    public record PeriodRow(UUID studentId, int number, String name, int form, boolean current, String average,
                            Optional<Grade> suggested, Optional<Grade> grade) {
        public String suggestedText() {
            return suggested.map(Grade::typed).orElse("");
        }

        public String gradeText() {
            return grade.map(Grade::typed).orElse("");
        }

        /** True when the teacher set something other than the suggestion. */
        public boolean overridden() {
            return grade.isPresent() && suggested.isPresent() && !grade.equals(suggested);
        }
    }

    private final GradeBookService books;
    private final GradeService grades;
    private final SchoolRepository school;
    private final Actor actor;
    private final Background background;
    private final GradeTexts texts;
    private final ObservableList<Period> periods = FXCollections.observableArrayList();
    private final ObservableList<PeriodRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private JournalChoice journal;
    private int request;

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
            return;
        }
        background.run(() -> read(of.id(), chosen), list -> {
            if (mine == request) {
                rows.setAll(list);
            }
        }, error::set);
    }

    private List<PeriodRow> read(UUID journalId, Period p) {
        GradeBook book = books.gradeBook(journalId, Optional.empty());
        PeriodColumn column = new PeriodColumn(p.kind(), p.date());
        List<PeriodRow> list = new ArrayList<>();
        int number = 0;
        for (BookRow row : book.rows()) {
            AverageResult average = books.average(row.student().id(), journalId, p.range());
            Optional<Grade> grade = Optional.ofNullable(row.periods().get(column)).map(StoredGrade::grade);
            list.add(new PeriodRow(row.student().id(), ++number, row.student().lastName() + " "
                    + row.student().firstName(), row.student().form(), row.current(), texts.average(average),
                    GradeBookService.suggestion(average), grade));
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

    /** Sets one student's grade to what the teacher typed (atb allowed); refuses what is not a grade. */
    public void set(PeriodRow row, String typed) {
        Period p = period.get();
        if (p == null || journal == null || row == null) {
            return;
        }
        ParseResult read = CellInput.parse(typed == null ? "" : typed,
                grades.settings().scales(row.form(), p.kind(), journal.subjectId()));
        if (read instanceof ParseResult.Invalid(var problem)) {
            error.set(background.messages().text(problem));
            return;
        }
        Grade grade = ((ParseResult.Valid) read).grade();
        write(List.of(new PeriodGrade(row.studentId(), journal.id(), p.kind(), p.date(), grade,
                row.suggested().orElse(null))));
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
