package lv.klade.school.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lv.klade.db.Actor;
import lv.klade.i18n.Messages;
import lv.klade.school.BellPeriod;
import lv.klade.school.DayOff;
import lv.klade.school.ExtraHoliday;
import lv.klade.school.LatvianHolidays;
import lv.klade.school.MovedWorkingDay;
import lv.klade.school.PublicHoliday;
import lv.klade.school.SchoolBreak;
import lv.klade.school.SchoolCalendar;
import lv.klade.school.SchoolClass;
import lv.klade.school.SchoolRepository;
import lv.klade.school.SchoolService;
import lv.klade.school.SchoolYear;
import lv.klade.ui.Background;

/** The current school year's calendar: semesters, breaks, public and extra holidays, moved days. */
public final class CalendarViewModel {
    /** A form and its last lesson day in the year shown. */
    public record FormDay(int form, LocalDate lastDay) {
    }

    private final SchoolRepository repository;
    private final SchoolService service;
    private final Actor actor;
    private final boolean canEdit;
    private final Background background;
    private final ReadOnlyObjectWrapper<SchoolCalendar> calendar = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ObservableList<SchoolBreak> breaks = FXCollections.observableArrayList();
    private final ObservableList<ExtraHoliday> extraHolidays = FXCollections.observableArrayList();
    private final ObservableList<MovedWorkingDay> movedDays = FXCollections.observableArrayList();
    private final ObservableList<PublicHoliday> publicHolidays = FXCollections.observableArrayList();
    private final ObservableList<BellPeriod> bellPeriods = FXCollections.observableArrayList();
    private final ObservableList<FormDay> formDays = FXCollections.observableArrayList();
    private final BooleanProperty bellsOpen = new SimpleBooleanProperty(false);
    private boolean shown;

    public CalendarViewModel(SchoolRepository repository, SchoolService service, Actor actor, boolean canEdit,
                             Background background) {
        this.repository = repository;
        this.service = service;
        this.actor = actor;
        this.canEdit = canEdit;
        this.background = background;
    }

    private record Loaded(SchoolYear year, SchoolCalendar calendar, List<ExtraHoliday> extra,
                          List<MovedWorkingDay> moved, List<BellPeriod> bells) {
    }

    /** Reads the current year again, off the FX thread. */
    public void load() {
        background.run(() -> repository.currentYear().map(year -> new Loaded(year, repository.calendar(year.id()),
                repository.extraHolidays(year.id()), repository.movedWorkingDays(year.id()),
                repository.bellPeriods())), this::show);
    }

    private void show(Optional<Loaded> loaded) {
        loaded.ifPresent(data -> {
            Messages text = background.messages();
            SchoolYear year = data.year();
            title.set(text.get("calendar.title", year.name(), year.starts(), year.ends()));
            calendar.set(data.calendar());
            breaks.setAll(data.calendar().breaks());
            extraHolidays.setAll(data.extra());
            movedDays.setAll(data.moved());
            bellPeriods.setAll(data.bells());
            if (!shown) {
                // Decided once: adding the first period must not fold the pane it is typed in.
                bellsOpen.set(data.bells().isEmpty());
                shown = true;
            }
            formDays.setAll(IntStream.rangeClosed(SchoolClass.FIRST_FORM, SchoolClass.LAST_FORM)
                    .mapToObj(form -> new FormDay(form, data.calendar().lastLessonDay(form))).toList());
            publicHolidays.setAll(LatvianHolidays.of(year.starts().getYear()).stream()
                    .filter(h -> year.range().contains(h.date())).toList());
            publicHolidays.addAll(LatvianHolidays.of(year.ends().getYear()).stream()
                    .filter(h -> year.range().contains(h.date()) && h.date().getYear() != year.starts().getYear())
                    .toList());
        });
    }

    public boolean canEdit() {
        return canEdit;
    }

    public ReadOnlyObjectProperty<SchoolCalendar> calendarProperty() {
        return calendar.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ObservableList<SchoolBreak> breaks() {
        return breaks;
    }

    public ObservableList<ExtraHoliday> extraHolidays() {
        return extraHolidays;
    }

    public ObservableList<MovedWorkingDay> movedDays() {
        return movedDays;
    }

    public ObservableList<PublicHoliday> publicHolidays() {
        return publicHolidays;
    }

    /** The bell schedule: each lesson period's number and times. */
    public ObservableList<BellPeriod> bellPeriods() {
        return bellPeriods;
    }

    /**
     * Whether the bell schedule is open: at first only while the school has no periods, since a
     * timetable needs them; then as the user opens or folds it.
     */
    public BooleanProperty bellsOpenProperty() {
        return bellsOpen;
    }

    /** Each form's last lesson day, forms 1 to 12. */
    public ObservableList<FormDay> formDays() {
        return formDays;
    }

    /** Corrects a form's last lesson day; the form is typed as its number. */
    public void setLastLessonDay(String form, LocalDate lastDay) {
        try {
            int number = Integer.parseInt(form.strip());
            change(Arrays.asList(lastDay), () -> service.setLastLessonDay(actor, yearId(), number, lastDay));
        } catch (NumberFormatException e) {
            error.set(background.messages().get("formEnds.formInvalid"));
        }
    }

    /** Adds a period from times typed as 8:30 or 08:30; a wrong time says so and saves nothing. */
    public void addBellPeriod(String number, String starts, String ends) {
        try {
            int period = Integer.parseInt(number.trim());
            LocalTime from = LocalTime.parse(starts.trim(), Messages.lessonTimeFormat());
            LocalTime to = LocalTime.parse(ends.trim(), Messages.lessonTimeFormat());
            change(List.of(), () -> service.addBellPeriod(actor, period, from, to));
        } catch (NumberFormatException | DateTimeParseException e) {
            error.set(background.messages().get("calendar.bellInvalid"));
        }
    }

    public void removeBellPeriod(BellPeriod period) {
        change(List.of(), () -> service.removeBellPeriod(actor, period.id()));
    }

    /** Why a day has no lessons, in the user's language; empty on a school day. */
    public Optional<String> dayOff(LocalDate date) {
        SchoolCalendar current = calendar.get();
        return current == null ? Optional.empty()
                : current.dayOffReason(date).map(reason -> reason.text(background.messages()));
    }

    /** The kind of day, for its colour. */
    public Optional<DayOff> dayOffKind(LocalDate date) {
        SchoolCalendar current = calendar.get();
        return current == null ? Optional.empty() : current.dayOffReason(date);
    }

    public void addBreak(String name, LocalDate starts, LocalDate ends) {
        change(Arrays.asList(starts, ends), () -> service.addBreak(actor, yearId(), name, starts, ends));
    }

    public void removeBreak(SchoolBreak item) {
        change(List.of(), () -> service.removeBreak(actor, item.id()));
    }

    public void addExtraHoliday(LocalDate date, String name) {
        change(Arrays.asList(date), () -> service.addExtraHoliday(actor, yearId(), date, name));
    }

    public void removeExtraHoliday(ExtraHoliday item) {
        change(List.of(), () -> service.removeExtraHoliday(actor, item.id()));
    }

    public void addMovedDay(LocalDate workDate, LocalDate replacesDate) {
        change(Arrays.asList(workDate, replacesDate), () -> service.addMovedWorkingDay(actor, yearId(), workDate, replacesDate));
    }

    public void removeMovedDay(MovedWorkingDay item) {
        change(List.of(), () -> service.removeMovedWorkingDay(actor, item.id()));
    }

    private java.util.UUID yearId() {
        return calendar.get().year().id();
    }

    private void change(List<LocalDate> dates, Runnable write) {
        if (calendar.get() == null) {
            return;
        }
        // Not dates.contains(null): the List.of() of the changes without dates refuses to be asked about null.
        if (dates.stream().anyMatch(Objects::isNull)) {
            error.set(background.messages().get("calendar.dateMissing"));
            return;
        }
        if (!canEdit) {
            error.set(background.messages().get("calendar.readOnly"));
            return;
        }
        error.set("");
        background.run(() -> {
            write.run();
            return Boolean.TRUE;
        }, done -> load(), error::set);
    }
}
