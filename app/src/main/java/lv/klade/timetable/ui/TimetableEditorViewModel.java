package lv.klade.timetable.ui;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
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
import lv.klade.school.SchoolRepository;
import lv.klade.timetable.NewEntry;
import lv.klade.timetable.TimetableRepository;
import lv.klade.timetable.TimetableRights;
import lv.klade.timetable.TimetableService;
import lv.klade.ui.Background;

/**
 * The timetable editor: the classes this person may edit (the administrator all, a tutor their
 * own), the chosen class's week in the version valid on the chosen day, adding and removing its
 * entries, and (the administrator only) starting a new version from a day. Every refusal of the
 * service, a clash naming both entries among them, shows as the error; nothing is then saved.
 */
public final class TimetableEditorViewModel {
    private final TimetableService service;
    private final TimetableRepository timetables;
    private final SchoolRepository school;
    private final ClassRepository classes;
    private final UUID staffId;
    private final Background background;
    private final ObservableList<Choice> classChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> schoolClass = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final ObservableList<WeekRow> grid = FXCollections.observableArrayList();
    private final ObservableList<EntryRow> entries = FXCollections.observableArrayList();
    private final ObservableList<Integer> periods = FXCollections.observableArrayList();
    private final ObservableList<Choice> journals = FXCollections.observableArrayList();
    private final ObservableList<Choice> teachers = FXCollections.observableArrayList();
    private final ObjectProperty<DayOfWeek> weekday = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> period = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> journal = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> teacher = new SimpleObjectProperty<>();
    private final StringProperty room = new SimpleStringProperty("");
    private final StringProperty versionName = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> versionFrom = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper version = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper administrator = new ReadOnlyBooleanWrapper(false);
    private ClassTimetable shown;

    public TimetableEditorViewModel(TimetableService service, TimetableRepository timetables,
                                    SchoolRepository school, ClassRepository classes, UUID staffId, Clock clock,
                                    Background background) {
        this.service = service;
        this.timetables = timetables;
        this.school = school;
        this.classes = classes;
        this.staffId = staffId;
        this.background = background;
        day.set(LocalDate.ofInstant(clock.instant(), Messages.RIGA));
        schoolClass.addListener((o, old, now) -> reload());
        day.addListener((o, old, now) -> reload());
        journal.addListener((o, old, now) -> {
            if (now != null && shown != null && shown.teacherOf(now.id()) != null) {
                teacher.set(shown.teacher(shown.teacherOf(now.id())));
            }
        });
    }

    private record Editable(TimetableRights rights, List<Choice> classes) {
    }

    /** Reads the classes this person may edit and shows the first. */
    public void load() {
        LocalDate today = day.get();
        background.run(() -> {
            TimetableRights rights = timetables.rights(staffId);
            // An ended class gets no new timetable.
            List<Choice> all = school.currentYear().map(y -> classes.classes(y.id())).orElse(List.of()).stream()
                    .filter(c -> rights.mayEdit(c.id()) && !c.endedOn(today)).map(c -> new Choice(c.id(), c.name()))
                    .toList();
            return new Editable(rights, all);
        }, editable -> {
            administrator.set(editable.rights().everything());
            classChoices.setAll(editable.classes());
            if (editable.classes().isEmpty()) {
                error.set(background.messages().get("timetableEditor.noClass"));
            } else {
                schoolClass.set(editable.classes().getFirst());
            }
        }, error::set);
    }

    private void reload() {
        Choice chosen = schoolClass.get();
        LocalDate on = day.get();
        if (chosen == null || on == null) {
            return;
        }
        Messages text = background.messages();
        background.run(() -> ClassTimetable.read(school, classes, timetables, chosen, on, text), read -> {
            if (!chosen.equals(schoolClass.get()) || !on.equals(day.get())) {
                return;
            }
            shown = read;
            grid.setAll(read.grid());
            entries.setAll(read.entries());
            periods.setAll(read.periods());
            journals.setAll(read.journals());
            teachers.setAll(read.teachers());
            version.set(read.version() == null ? text.get("timetableEditor.noVersion", on)
                    : text.get("timetableEditor.version", read.version().name(), read.version().validity().starts(),
                    read.version().validity().ends()));
        }, error::set);
    }

    /** Adds the entry the form describes to the version shown; refused (a clash too) with nothing saved. */
    public void add() {
        status.set("");
        if (shown == null || shown.version() == null) {
            error.set(background.messages().get("timetableEditor.noVersion", day.get()));
            return;
        }
        if (weekday.get() == null || period.get() == null || journal.get() == null || teacher.get() == null) {
            error.set(background.messages().get("timetableEditor.fillAll"));
            return;
        }
        UUID versionId = shown.version().id();
        NewEntry entry = new NewEntry(weekday.get(), period.get(), journal.get().id(), teacher.get().id(), room.get());
        background.run(() -> service.addEntry(actor(), versionId, entry), id -> {
            error.set("");
            status.set(background.messages().get("timetableEditor.added"));
            reload();
        }, error::set);
    }

    /** Removes one entry of the version shown; lessons already recorded in its slot stay. */
    public void remove(EntryRow row) {
        status.set("");
        if (row == null) {
            error.set(background.messages().get("timetableEditor.chooseEntry"));
            return;
        }
        background.run(() -> {
            service.removeEntry(actor(), row.id());
            return row;
        }, removed -> {
            error.set("");
            status.set(background.messages().get("timetableEditor.removed"));
            reload();
        }, error::set);
    }

    /**
     * Starts a new version on the chosen day, holding a copy of every class's entries of the version
     * valid then, to be changed from there; the old version ends the day before, so lessons already
     * recorded are never rewritten.
     */
    public void startVersion() {
        status.set("");
        LocalDate from = versionFrom.get();
        String name = versionName.get();
        background.run(() -> NewVersions.startFrom(service, timetables, school, actor(), name, from), id -> {
            error.set("");
            status.set(background.messages().get("timetableEditor.versionStarted", from));
            versionName.set("");
            if (from.equals(day.get())) {
                reload();
            } else {
                day.set(from);
            }
        }, error::set);
    }

    private Actor actor() {
        return Actor.user(staffId);
    }

    public ObservableList<Choice> classes() {
        return classChoices;
    }

    public ObjectProperty<Choice> schoolClassProperty() {
        return schoolClass;
    }

    /** The day whose timetable version is shown. */
    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public ObservableList<WeekRow> grid() {
        return grid;
    }

    public ObservableList<EntryRow> entries() {
        return entries;
    }

    public ObservableList<Integer> periods() {
        return periods;
    }

    public ObservableList<Choice> journals() {
        return journals;
    }

    public ObservableList<Choice> teachers() {
        return teachers;
    }

    public ObjectProperty<DayOfWeek> weekdayProperty() {
        return weekday;
    }

    public ObjectProperty<Integer> periodProperty() {
        return period;
    }

    public ObjectProperty<Choice> journalProperty() {
        return journal;
    }

    public ObjectProperty<Choice> teacherProperty() {
        return teacher;
    }

    public StringProperty roomProperty() {
        return room;
    }

    public StringProperty versionNameProperty() {
        return versionName;
    }

    public ObjectProperty<LocalDate> versionFromProperty() {
        return versionFrom;
    }

    /** The version shown and its days, or that no version is valid on the day. */
    public ReadOnlyStringProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Only the administrator starts new versions. */
    public ReadOnlyBooleanProperty administratorProperty() {
        return administrator.getReadOnlyProperty();
    }
}
