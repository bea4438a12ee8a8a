package lv.klade.timetable.ui;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lv.klade.db.Actor;
import lv.klade.i18n.Messages;
import lv.klade.school.ClassRepository;
import lv.klade.school.DateRange;
import lv.klade.school.SchoolRepository;
import lv.klade.school.SchoolYear;
import lv.klade.timetable.AbsenceKind;
import lv.klade.timetable.TimetableRepository;
import lv.klade.timetable.TimetableService;
import lv.klade.ui.Background;

/**
 * Teachers' absences and their substitutes (the deputy director's and the administrator's): recording
 * an absence, the year's absences, the lessons the chosen one takes from its teacher, and giving each
 * to a free colleague by the director's order, or leaving it not held. Every refusal of the service
 * shows as the error; nothing is then saved.
 */
public final class TeacherAbsencesViewModel {
    private final TimetableService service;
    private final TimetableRepository timetables;
    private final SchoolRepository school;
    private final ClassRepository classes;
    private final UUID staffId;
    private final Background background;
    private final ObservableList<Choice> teachers = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> teacher = new SimpleObjectProperty<>();
    private final ObjectProperty<AbsenceKind> kind = new SimpleObjectProperty<>(AbsenceKind.SICK_LEAVE);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObservableList<AbsenceRow> absences = FXCollections.observableArrayList();
    private final ObjectProperty<AbsenceRow> absence = new SimpleObjectProperty<>();
    private final ObservableList<TouchedLesson> lessons = FXCollections.observableArrayList();
    private final ObjectProperty<TouchedLesson> lesson = new SimpleObjectProperty<>();
    private final ObservableList<Choice> substitutes = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> substitute = new SimpleObjectProperty<>();
    private final StringProperty orderNo = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> orderDate = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper mayArrange = new ReadOnlyBooleanWrapper(false);
    private SchoolYear year;
    private Map<UUID, String> names = Map.of();

    public TeacherAbsencesViewModel(TimetableService service, TimetableRepository timetables, SchoolRepository school,
                                    ClassRepository classes, UUID staffId, Clock clock, Background background) {
        this.service = service;
        this.timetables = timetables;
        this.school = school;
        this.classes = classes;
        this.staffId = staffId;
        this.background = background;
        LocalDate today = LocalDate.ofInstant(clock.instant(), Messages.RIGA);
        from.set(today);
        to.set(today);
        orderDate.set(today);
        absence.addListener((o, was, now) -> readLessons(null));
        lesson.addListener((o, was, now) -> {
            substitutes.setAll(now == null ? List.of() : now.free());
            substitute.set(now == null ? null : substitutes.stream().filter(c -> c.name().equals(now.substitute()))
                    .findFirst().orElse(null));
        });
    }

    private record Loaded(boolean mayArrange, SchoolYear year, Map<UUID, String> teachers, List<AbsenceRow> absences) {
    }

    /** Reads the rights, the teachers and the current year's absences. */
    public void load() {
        load(null);
    }

    private void load(UUID select) {
        Collator order = Collator.getInstance(background.messages().locale());
        background.run(() -> {
            SchoolYear current = school.currentYear().orElseThrow();
            Map<UUID, String> staff = timetables.teachers();
            List<AbsenceRow> rows = timetables.absences(current.range()).stream()
                    .map(a -> new AbsenceRow(a, staff.getOrDefault(a.staffId(), ""))).toList();
            return new Loaded(timetables.rights(staffId).mayArrangeSubstitutes(), current, staff, rows);
        }, loaded -> {
            year = loaded.year();
            names = loaded.teachers();
            mayArrange.set(loaded.mayArrange());
            if (!loaded.mayArrange()) {
                error.set(background.messages().get("absence.rights"));
            }
            teachers.setAll(loaded.teachers().entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue()))
                    .sorted(Comparator.comparing(Choice::name, order)).toList());
            absences.setAll(loaded.absences());
            absence.set(absences.stream().filter(a -> a.id().equals(select)).findFirst()
                    .orElse(absences.isEmpty() ? null : absences.getLast()));
        }, error::set);
    }

    private void readLessons(TouchedLesson keep) {
        AbsenceRow chosen = absence.get();
        lessons.clear();
        if (chosen == null) {
            heading.set("");
            return;
        }
        Messages text = background.messages();
        heading.set(text.get("teacherAbsences.lessonsOf", chosen.teacher(), chosen.absence().days().starts(),
                chosen.absence().days().ends()));
        UUID yearId = year.id();
        Map<UUID, String> staff = names;
        background.run(() -> AbsenceLessons.read(school, classes, timetables, yearId, chosen.absence(), staff,
                text.locale()), read -> {
            if (chosen.equals(absence.get())) {
                lessons.setAll(read);
                lesson.set(keep == null ? null : read.stream().filter(l -> sameSlot(l, keep)).findFirst().orElse(null));
            }
        }, error::set);
    }

    private static boolean sameSlot(TouchedLesson a, TouchedLesson b) {
        return a.date().equals(b.date()) && a.period() == b.period() && a.journalId().equals(b.journalId());
    }

    /** Records the absence the form describes; refused (a range outside the year among others) with nothing saved. */
    public void record() {
        Choice who = teacher.get();
        LocalDate starts = from.get();
        LocalDate ends = to.get();
        if (who == null || starts == null || ends == null) {
            fail("teacherAbsences.fillAll");
            return;
        }
        AbsenceKind chosenKind = kind.get();
        String why = reason.get();
        write(() -> service.addAbsence(actor(), who.id(), chosenKind, new DateRange(starts, ends), why), id -> {
            status.set(background.messages().get("teacherAbsences.recorded", who.name(), starts, ends));
            reason.set("");
            load(id);
        });
    }

    /** Removes an absence and the substitutes named for it. */
    public void remove(AbsenceRow row) {
        if (row == null) {
            fail("teacherAbsences.chooseAbsence");
            return;
        }
        write(() -> {
            service.removeAbsence(actor(), row.id());
            return row;
        }, removed -> {
            status.set(background.messages().get("teacherAbsences.removed", removed.teacher()));
            load(null);
        });
    }

    /** Gives the chosen lesson to the chosen substitute by the order typed in. */
    public void assign() {
        TouchedLesson chosen = lesson.get();
        Choice who = substitute.get();
        if (chosen == null) {
            fail("teacherAbsences.chooseLesson");
            return;
        }
        UUID substituteId = who == null ? null : who.id();
        String number = orderNo.get();
        LocalDate date = orderDate.get();
        UUID yearId = year.id();
        write(() -> service.assignSubstitute(actor(), yearId, chosen.journalId(), chosen.date(), chosen.period(),
                substituteId, number, date), id -> {
            status.set(background.messages().get("teacherAbsences.assigned", who.name(), chosen.journal(),
                    chosen.date(), chosen.period()));
            readLessons(chosen);
        });
    }

    /** Leaves the chosen lesson without a substitute: not held, for the absence's reason. */
    public void markNotHeld() {
        TouchedLesson chosen = lesson.get();
        if (chosen == null) {
            fail("teacherAbsences.chooseLesson");
            return;
        }
        UUID yearId = year.id();
        write(() -> {
            service.markNotHeld(actor(), yearId, chosen.journalId(), chosen.date(), chosen.period());
            return chosen;
        }, done -> {
            status.set(background.messages().get("teacherAbsences.notHeld", chosen.journal(), chosen.date(),
                    chosen.period()));
            readLessons(chosen);
        });
    }

    private <T> void write(Supplier<T> work, java.util.function.Consumer<T> done) {
        status.set("");
        background.run(work, result -> {
            error.set("");
            done.accept(result);
        }, message -> {
            status.set("");
            error.set(message);
        });
    }

    private void fail(String key) {
        status.set("");
        error.set(background.messages().get(key));
    }

    private Actor actor() {
        return Actor.user(staffId);
    }

    public ObservableList<Choice> teachers() {
        return teachers;
    }

    public ObjectProperty<Choice> teacherProperty() {
        return teacher;
    }

    public ObjectProperty<AbsenceKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    /** The current year's absences, by start. */
    public ObservableList<AbsenceRow> absences() {
        return absences;
    }

    /** The absence whose lessons are shown. */
    public ObjectProperty<AbsenceRow> absenceProperty() {
        return absence;
    }

    public ObservableList<TouchedLesson> lessons() {
        return lessons;
    }

    /** The lesson the substitute form is for. */
    public ObjectProperty<TouchedLesson> lessonProperty() {
        return lesson;
    }

    /** The teachers free to take the chosen lesson. */
    public ObservableList<Choice> substitutes() {
        return substitutes;
    }

    public ObjectProperty<Choice> substituteProperty() {
        return substitute;
    }

    public StringProperty orderNoProperty() {
        return orderNo;
    }

    public ObjectProperty<LocalDate> orderDateProperty() {
        return orderDate;
    }

    /** Whose lessons are listed, and which days. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty mayArrangeProperty() {
        return mayArrange.getReadOnlyProperty();
    }
}
