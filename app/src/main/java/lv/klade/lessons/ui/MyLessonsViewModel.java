package lv.klade.lessons.ui;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
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
import lv.klade.lessons.LessonViews;
import lv.klade.lessons.TeacherDay;
import lv.klade.ui.Background;

/**
 * A teacher's own lessons: today's and a week's, each with its state against the entry deadline
 * (their own, those they substitute or accompany). Opening one hands it to the lesson form.
 */
public final class MyLessonsViewModel {
    private final LessonViews views;
    private final LessonFormViewModel form;
    private final UUID staffId;
    private final Clock clock;
    private final Background background;
    private final ObservableList<LessonRow> today = FXCollections.observableArrayList();
    private final ObservableList<LessonRow> week = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper todayTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper weekTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dayOff = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<LessonRow> opened = new ReadOnlyObjectWrapper<>();
    private final ObservableList<JournalOption> journals = FXCollections.observableArrayList();
    private final ObservableList<Integer> periods = FXCollections.observableArrayList();
    private final ObjectProperty<JournalOption> extraJournal = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> extraDate = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> extraPeriod = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper extraError = new ReadOnlyStringWrapper("");
    private LocalDate monday;

    public MyLessonsViewModel(LessonViews views, LessonFormViewModel form, UUID staffId, Clock clock,
                              Background background) {
        this.views = views;
        this.form = form;
        this.staffId = staffId;
        this.clock = clock;
        this.background = background;
        this.monday = mondayOf(currentDate());
        this.extraDate.set(currentDate());
        form.setOnSaved(this::saved);
    }

    private record Loaded(TeacherDay today, List<LessonRow> week, List<JournalOption> journals,
                          List<Integer> periods) {
    }

    /** Reads today and the shown week again, off the FX thread. */
    public void load() {
        LocalDate date = currentDate();
        LocalDate from = monday;
        background.run(() -> new Loaded(views.teacherDay(staffId, date), week(from),
                views.journalsOfTeacher(staffId).stream().map(j -> new JournalOption(j.id(), j.name())).toList(),
                views.periods()), loaded -> {
            Messages text = background.messages();
            todayTitle.set(text.get("myLessons.todayTitle", date));
            TeacherDay day = loaded.today();
            dayOff.set(day.dayOff() == null ? "" : text.get("myLessons.dayOff", day.dayOff()));
            today.setAll(day.lessons().stream().map(e -> new LessonRow(date, e)).toList());
            showWeek(from, loaded.week());
            if (!loaded.journals().equals(journals)) {
                journals.setAll(loaded.journals());
            }
            if (!loaded.periods().equals(periods)) {
                periods.setAll(loaded.periods());
            }
        });
    }

    private void loadWeek() {
        LocalDate from = monday;
        background.run(() -> week(from), rows -> showWeek(from, rows));
    }

    private void showWeek(LocalDate from, List<LessonRow> rows) {
        if (from.equals(monday)) {
            weekTitle.set(background.messages().get("myLessons.weekTitle", from, from.plusDays(6)));
            week.setAll(rows);
        }
    }

    private List<LessonRow> week(LocalDate from) {
        List<LessonRow> rows = new ArrayList<>();
        for (LocalDate date = from; date.isBefore(from.plusDays(7)); date = date.plusDays(1)) {
            LocalDate day = date;
            views.teacherDay(staffId, day).lessons().forEach(e -> rows.add(new LessonRow(day, e)));
        }
        return rows;
    }

    public void previousWeek() {
        monday = monday.minusWeeks(1);
        loadWeek();
    }

    public void nextWeek() {
        monday = monday.plusWeeks(1);
        loadWeek();
    }

    /** Opens a lesson in the form. */
    public void open(LessonRow row) {
        if (row != null) {
            opened.set(row);
            form.open(row);
        }
    }

    /**
     * Opens a new extra lesson (papildu stunda), one the timetable does not plan, of one of my journals
     * on the chosen day and period; a day without lessons is refused with the write path's message.
     */
    public void openExtra() {
        JournalOption journal = extraJournal.get();
        LocalDate date = extraDate.get();
        Integer period = extraPeriod.get();
        if (journal == null || date == null || period == null) {
            extraError.set(background.messages().get("extraLesson.fillAll"));
            return;
        }
        background.run(() -> views.extraLesson(journal.id(), date, period), entry -> {
            extraError.set("");
            open(new LessonRow(date, entry));
        }, extraError::set);
    }

    /** Back from the form to the lists, which show what was saved. */
    public void close() {
        opened.set(null);
        load();
    }

    private void saved(LessonRow row) {
        background.run(() -> views.teacherDay(staffId, row.date()), day -> day.lessons().stream()
                .map(e -> new LessonRow(row.date(), e)).filter(row::sameSlot).findFirst()
                .ifPresent(now -> form.showState(now.entry().state())));
        load();
    }

    private LocalDate currentDate() {
        return LocalDate.ofInstant(clock.instant(), Messages.RIGA);
    }

    private static LocalDate mondayOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public LessonFormViewModel form() {
        return form;
    }

    /** My journals of this school year, for an extra lesson. */
    public ObservableList<JournalOption> journals() {
        return journals;
    }

    public ObservableList<Integer> periods() {
        return periods;
    }

    public ObjectProperty<JournalOption> extraJournalProperty() {
        return extraJournal;
    }

    public ObjectProperty<LocalDate> extraDateProperty() {
        return extraDate;
    }

    public ObjectProperty<Integer> extraPeriodProperty() {
        return extraPeriod;
    }

    /** Why the extra lesson could not be opened; empty when it could. */
    public ReadOnlyStringProperty extraErrorProperty() {
        return extraError.getReadOnlyProperty();
    }

    public ObservableList<LessonRow> today() {
        return today;
    }

    public ObservableList<LessonRow> week() {
        return week;
    }

    public ReadOnlyStringProperty todayTitleProperty() {
        return todayTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty weekTitleProperty() {
        return weekTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dayOffProperty() {
        return dayOff.getReadOnlyProperty();
    }

    /** The lesson open in the form; null while the lists show. */
    public ReadOnlyObjectProperty<LessonRow> openedProperty() {
        return opened.getReadOnlyProperty();
    }
}
