package lv.klade.checks.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lv.klade.checks.CheckFilter;
import lv.klade.checks.CheckKind;
import lv.klade.checks.CheckLine;
import lv.klade.checks.CheckTexts;
import lv.klade.checks.ChecksService;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.people.StaffMember;
import lv.klade.people.StaffService;
import lv.klade.printing.SystemViewer;
import lv.klade.ui.Background;

/**
 * The checks of the current year: the whole year so far or one month, all teachers or one, all
 * classes or one. Opening a line hands it to the {@link Opener}: a journal's line opens the journal,
 * a class's line its absences or its transcripts. The lines print as a PDF opened in the system's viewer.
 */
public final class ChecksViewModel {
    /** One line as the table shows it. */
    public record Row(CheckLine line, String day, String kind, String names, String teacher, String detail) {
    }

    /** A choice in a filter; a null value means all (the whole year, every teacher, every class). */
    public record Option<T>(T value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** Where the shell shows what a line names. */
    public interface Opener {
        void journal(UUID journalId);

        void classAbsences(UUID classId, YearMonth month);

        void classTranscripts(UUID classId, YearMonth month);
    }

    private final ChecksService checks;
    private final StaffService staff;
    private final StaffMember viewer;
    private final SystemViewer systemViewer;
    private final Background background;
    private final Opener opener;
    private final Messages text;
    private final ObservableList<Option<YearMonth>> months = FXCollections.observableArrayList();
    private final ObservableList<Option<UUID>> teachers = FXCollections.observableArrayList();
    private final ObservableList<Option<UUID>> classes = FXCollections.observableArrayList();
    private final ObjectProperty<Option<YearMonth>> month = new SimpleObjectProperty<>();
    private final ObjectProperty<Option<UUID>> teacher = new SimpleObjectProperty<>();
    private final ObjectProperty<Option<UUID>> schoolClass = new SimpleObjectProperty<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private boolean loaded;
    private int request;

    public ChecksViewModel(ChecksService checks, StaffService staff, StaffMember viewer, SystemViewer systemViewer,
                           Background background, Opener opener) {
        this.checks = checks;
        this.staff = staff;
        this.viewer = viewer;
        this.systemViewer = systemViewer;
        this.background = background;
        this.opener = opener;
        this.text = background.messages();
        month.addListener((o, old, chosen) -> refresh());
        teacher.addListener((o, old, chosen) -> refresh());
        schoolClass.addListener((o, old, chosen) -> refresh());
    }

    private record Choices(List<Option<YearMonth>> months, List<Option<UUID>> teachers, List<Option<UUID>> classes) {
    }

    /** Reads the year's months, teachers and classes, then the year's findings so far. */
    public void load() {
        background.run(this::choices, found -> {
            months.setAll(found.months());
            teachers.setAll(found.teachers());
            classes.setAll(found.classes());
            month.set(found.months().getFirst());
            teacher.set(found.teachers().getFirst());
            schoolClass.set(found.classes().getFirst());
            loaded = true;
            refresh();
        }, error::set);
    }

    private Choices choices() {
        List<Option<YearMonth>> monthChoices = new ArrayList<>();
        monthChoices.add(new Option<>(null, text.get("checks.wholeYear")));
        checks.months().forEach(m -> monthChoices.add(new Option<>(m, text.get("checks.monthName",
                text.get("reports.monthName." + m.getMonthValue()), String.valueOf(m.getYear())))));
        List<Option<UUID>> teacherChoices = new ArrayList<>();
        teacherChoices.add(new Option<>(null, text.get("checks.allTeachers")));
        checks.teacherIds().stream().map(staff::byId).flatMap(java.util.Optional::stream)
                .sorted(Comparator.comparing(StaffMember::lastName).thenComparing(StaffMember::firstName))
                .forEach(s -> teacherChoices.add(new Option<>(s.id(), s.fullName())));
        List<Option<UUID>> classChoices = new ArrayList<>();
        classChoices.add(new Option<>(null, text.get("checks.allClasses")));
        checks.classes().forEach(c -> classChoices.add(new Option<>(c.id(), c.name())));
        return new Choices(monthChoices, teacherChoices, classChoices);
    }

    private CheckFilter filter() {
        return new CheckFilter(valueOf(month.get()), valueOf(teacher.get()), valueOf(schoolClass.get()));
    }

    private static <T> T valueOf(Option<T> option) {
        return option == null ? null : option.value();
    }

    private void refresh() {
        if (!loaded) {
            return;
        }
        CheckFilter filter = filter();
        int asked = ++request;
        error.set("");
        background.run(() -> checks.run(viewer, filter), lines -> {
            if (asked != request) {
                return; // an older answer arriving after a newer choice
            }
            java.util.Map<UUID, String> names = new java.util.HashMap<>();
            teachers.forEach(t -> names.put(t.value(), t.label()));
            List<Row> shown = lines.stream().map(l -> new Row(l, Messages.date(l.date()),
                    text.get(l.kind().messageKey()), l.names(),
                    l.teacherId() == null ? "" : names.getOrDefault(l.teacherId(), ""), CheckTexts.detail(l, text)))
                    .toList();
            rows.setAll(shown);
            summary.set(shown.isEmpty() ? text.get("checks.none") : text.get("checks.count", shown.size()));
        }, error::set);
    }

    /** Opens what the row names: its journal, or for a class's line the class's absences or transcripts. */
    public void open(Row row) {
        if (row == null) {
            return;
        }
        CheckLine line = row.line();
        YearMonth lineMonth = YearMonth.from(line.date());
        if (line.journalId() != null) {
            opener.journal(line.journalId());
        } else if (line.classId() != null && line.kind() == CheckKind.TRANSCRIPT_NOT_ISSUED) {
            opener.classTranscripts(line.classId(), YearMonth.parse(String.valueOf(line.details().getFirst())));
        } else if (line.classId() != null) {
            opener.classAbsences(line.classId(), lineMonth);
        }
    }

    /** The title the PDF carries: the period, the teacher and the class chosen. */
    private String periodTitle() {
        List<String> parts = new ArrayList<>();
        parts.add(month.get() == null ? text.get("checks.wholeYear") : month.get().label());
        for (Option<UUID> o : List.of(Objects.requireNonNullElse(teacher.get(), new Option<UUID>(null, "")),
                Objects.requireNonNullElse(schoolClass.get(), new Option<UUID>(null, "")))) {
            if (o.value() != null) {
                parts.add(o.label());
            }
        }
        return String.join(" · ", parts);
    }

    /** Prints the lines shown as a PDF and opens it in the system's viewer, from a temporary copy. */
    public void print() {
        if (!loaded) {
            return;
        }
        CheckFilter filter = filter();
        String title = periodTitle();
        background.run(() -> {
            byte[] pdf = checks.pdf(viewer, filter, title, text);
            try {
                Path dir = Files.createTempDirectory("klade-checks");
                Path file = dir.resolve(text.get("checks.file") + ".pdf");
                Files.write(file, pdf);
                file.toFile().deleteOnExit();
                dir.toFile().deleteOnExit();
                systemViewer.open(file);
                return file;
            } catch (IOException e) {
                throw UserError.of("printing.saveFailed", String.valueOf(e.getMessage()));
            }
        }, file -> summary.set(text.get("checks.printed", file.getFileName())), error::set);
    }

    public ObservableList<Option<YearMonth>> months() {
        return months;
    }

    public ObservableList<Option<UUID>> teachers() {
        return teachers;
    }

    public ObservableList<Option<UUID>> classes() {
        return classes;
    }

    /** The month shown; its value null: the year so far. */
    public ObjectProperty<Option<YearMonth>> monthProperty() {
        return month;
    }

    public ObjectProperty<Option<UUID>> teacherProperty() {
        return teacher;
    }

    public ObjectProperty<Option<UUID>> classProperty() {
        return schoolClass;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
