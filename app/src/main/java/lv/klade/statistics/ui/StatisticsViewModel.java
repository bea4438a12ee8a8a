package lv.klade.statistics.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.people.StaffMember;
import lv.klade.printing.PrintPeriod;
import lv.klade.printing.SystemViewer;
import lv.klade.school.SchoolRepository;
import lv.klade.school.SchoolYear;
import lv.klade.statistics.AbsenceRate;
import lv.klade.statistics.GradeFigures;
import lv.klade.statistics.Grouping;
import lv.klade.statistics.PupilDynamics;
import lv.klade.statistics.StatisticsPrint;
import lv.klade.statistics.StatisticsQuery;
import lv.klade.statistics.StatisticsService;
import lv.klade.statistics.StatisticsService.Choice;
import lv.klade.ui.Background;

/**
 * Statistics for the journals this person may see: what to group by, the period and optional class
 * and subject filters choose the grade and absence figures; a student of the chosen class shows their
 * year. Every change reads again in the background; an older answer that arrives late is dropped.
 */
public final class StatisticsViewModel {
    /** A period to choose; it shows as its label. */
    public record PeriodChoice(String label, PrintPeriod period) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** Everything one choice of grouping, period and filters shows. */
    private record Figures(List<GradeFigures> grades, List<AbsenceRate> absences, PupilDynamics pupil) {
    }

    private final StatisticsService statistics;
    private final StatisticsPrint printing;
    private final SchoolRepository school;
    private final StaffMember viewer;
    private final SystemViewer systemViewer;
    private final Background background;
    private final Messages messages;
    private final ObservableList<PeriodChoice> periods = FXCollections.observableArrayList();
    private final ObservableList<Choice> classes = FXCollections.observableArrayList();
    private final ObservableList<Choice> subjects = FXCollections.observableArrayList();
    private final ObservableList<Choice> students = FXCollections.observableArrayList();
    private final ObservableList<GradeFigures> grades = FXCollections.observableArrayList();
    private final ObservableList<AbsenceRate> absences = FXCollections.observableArrayList();
    private final ObjectProperty<Grouping> grouping = new SimpleObjectProperty<>(Grouping.CLASS);
    private final ObjectProperty<PeriodChoice> period = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> schoolClass = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> subject = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> student = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<PupilDynamics> pupil = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final Choice all;
    private UUID yearId;
    private boolean loaded;
    private int request;

    public StatisticsViewModel(StatisticsService statistics, StatisticsPrint printing, SchoolRepository school,
                               StaffMember viewer, SystemViewer systemViewer, Background background) {
        this.statistics = statistics;
        this.printing = printing;
        this.school = school;
        this.viewer = viewer;
        this.systemViewer = systemViewer;
        this.background = background;
        this.messages = background.messages();
        this.all = new Choice(null, messages.get("statistics.all"));
        grouping.addListener((o, was, now) -> reload());
        period.addListener((o, was, now) -> reload());
        subject.addListener((o, was, now) -> reload());
        student.addListener((o, was, now) -> reload());
        schoolClass.addListener((o, was, now) -> classChosen());
    }

    /** What the view opens with, read off the FX thread. */
    private record Start(UUID yearId, List<PeriodChoice> periods, List<Choice> classes, List<Choice> subjects) {
    }

    /** Reads the year, its periods and the classes and subjects this person may see, then the figures. */
    public void load() {
        background.run(this::start, start -> {
            yearId = start.yearId();
            periods.setAll(start.periods());
            classes.setAll(start.classes());
            subjects.setAll(start.subjects());
            loaded = true;
            period.set(start.periods().getFirst());
            schoolClass.set(all);
            subject.set(all);
            if (start.classes().size() == 1) {
                error.set(messages.get("statistics.noData"));
            }
        }, error::set);
    }

    private Start start() {
        SchoolYear year = school.currentYear().orElseThrow(() -> UserError.of("school.missing"));
        List<PeriodChoice> choices = new ArrayList<>();
        choices.add(new PeriodChoice(messages.get("statistics.period.year"), new PrintPeriod.Year()));
        school.semesters(year.id()).forEach(s -> choices.add(new PeriodChoice(
                messages.get("statistics.period.semester", s.number()), new PrintPeriod.Semester(s.number()))));
        for (YearMonth m = YearMonth.from(year.starts()); !m.isAfter(YearMonth.from(year.ends())); m = m.plusMonths(1)) {
            choices.add(new PeriodChoice(monthName(m), new PrintPeriod.Month(m)));
        }
        List<Choice> classChoices = new ArrayList<>(List.of(all));
        classChoices.addAll(statistics.classes(viewer, year.id()));
        List<Choice> subjectChoices = new ArrayList<>(List.of(all));
        subjectChoices.addAll(statistics.subjects(viewer, year.id()));
        return new Start(year.id(), choices, classChoices, subjectChoices);
    }

    private String monthName(YearMonth month) {
        String name = month.getMonth().getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, messages.locale());
        return month.getYear() + " " + name;
    }

    private void classChosen() {
        Choice chosen = schoolClass.get();
        students.clear();
        student.set(null);
        if (chosen != null && chosen.id() != null) {
            UUID classId = chosen.id();
            UUID year = yearId;
            background.run(() -> statistics.students(viewer, year, classId), students::setAll, error::set);
        }
        reload();
    }

    private StatisticsQuery query() {
        return new StatisticsQuery(yearId, statistics.days(yearId, period.get().period()), grouping.get(),
                idOf(schoolClass.get()), idOf(subject.get()));
    }

    private static UUID idOf(Choice choice) {
        return choice == null ? null : choice.id();
    }

    private void reload() {
        if (!loaded || period.get() == null || grouping.get() == null) {
            return;
        }
        int mine = ++request;
        UUID studentId = idOf(student.get());
        background.run(() -> {
            StatisticsQuery query = query();
            return new Figures(statistics.grades(viewer, query), statistics.absences(viewer, query),
                    studentId == null ? null
                            : statistics.pupil(viewer, yearId, query.days(), studentId, query.subjectId()));
        }, figures -> {
            if (mine != request) {
                return;
            }
            error.set("");
            grades.setAll(figures.grades());
            absences.setAll(figures.absences());
            pupil.set(figures.pupil());
        }, error::set);
    }

    /** Makes the PDF of what is chosen and opens it in the system's viewer, from a temporary copy. */
    public void print() {
        if (!loaded) {
            return;
        }
        Choice chosenClass = schoolClass.get();
        String className = chosenClass == null || chosenClass.id() == null ? "" : chosenClass.name();
        UUID studentId = idOf(student.get());
        background.run(() -> {
            StatisticsPrint.Printed printed = printing.print(viewer, query(), className, studentId);
            try {
                Path dir = Files.createTempDirectory("klade-statistics");
                Path file = dir.resolve(printed.fileName());
                Files.write(file, printed.pdf());
                file.toFile().deleteOnExit();
                dir.toFile().deleteOnExit();
                systemViewer.open(file);
                return file;
            } catch (IOException e) {
                throw UserError.of("printing.saveFailed", String.valueOf(e.getMessage()));
            }
        }, file -> status.set(messages.get("statistics.printed", file.getFileName())), error::set);
    }

    public List<Grouping> groupings() {
        return List.of(Grouping.values());
    }

    public ObservableList<PeriodChoice> periods() {
        return periods;
    }

    public ObservableList<Choice> classes() {
        return classes;
    }

    public ObservableList<Choice> subjects() {
        return subjects;
    }

    public ObservableList<Choice> students() {
        return students;
    }

    public ObservableList<GradeFigures> grades() {
        return grades;
    }

    public ObservableList<AbsenceRate> absences() {
        return absences;
    }

    public ObjectProperty<Grouping> groupingProperty() {
        return grouping;
    }

    public ObjectProperty<PeriodChoice> periodProperty() {
        return period;
    }

    public ObjectProperty<Choice> classProperty() {
        return schoolClass;
    }

    public ObjectProperty<Choice> subjectProperty() {
        return subject;
    }

    public ObjectProperty<Choice> studentProperty() {
        return student;
    }

    public ReadOnlyObjectProperty<PupilDynamics> pupilProperty() {
        return pupil.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
