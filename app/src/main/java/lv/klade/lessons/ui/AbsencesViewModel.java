package lv.klade.lessons.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lv.klade.db.Actor;
import lv.klade.i18n.Messages;
import lv.klade.lessons.AbsenceService;
import lv.klade.lessons.AbsenceSummary;
import lv.klade.lessons.AbsenceToJustify;
import lv.klade.lessons.JustificationReason;
import lv.klade.people.StaffMember;
import lv.klade.school.DateRange;
import lv.klade.ui.Background;

/**
 * The class tutor's absences: those to justify, justifying one or a student's days with a reason
 * and the excuse note's date, and the month's summary per student with the semester's flag.
 */
public final class AbsencesViewModel {
    private final AbsenceService absences;
    private final VisibleClasses visible;
    private final StaffMember member;
    private final Background background;
    private final ObservableList<ClassOption> classes = FXCollections.observableArrayList();
    private final ObjectProperty<ClassOption> schoolClass = new SimpleObjectProperty<>();
    private final ObservableList<AbsenceToJustify> toJustify = FXCollections.observableArrayList();
    private final ObservableList<AbsenceSummary> summary = FXCollections.observableArrayList();
    private final ObservableList<PersonOption> students = FXCollections.observableArrayList();
    private final ObservableList<YearMonth> months = FXCollections.observableArrayList();
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final ObjectProperty<JustificationReason> reason = new SimpleObjectProperty<>(JustificationReason.ILLNESS);
    private final ObjectProperty<LocalDate> noteDate = new SimpleObjectProperty<>();
    private final ObjectProperty<PersonOption> student = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private UUID wantedClass;

    /** {@code clock} gives today: the note's default date and the month shown first. */
    public AbsencesViewModel(AbsenceService absences, VisibleClasses visible, StaffMember member, Clock clock,
                             Background background) {
        this.absences = absences;
        this.visible = visible;
        this.member = member;
        this.background = background;
        LocalDate today = LocalDate.ofInstant(clock.instant(), Messages.RIGA);
        noteDate.set(today);
        months.setAll(schoolMonths(today));
        month.set(months.contains(YearMonth.from(today)) ? YearMonth.from(today) : months.getLast());
        schoolClass.addListener((o, old, now) -> reload());
        month.addListener((o, old, now) -> loadSummary());
    }

    /** The months of the school year holding {@code today}, September to June. */
    static List<YearMonth> schoolMonths(LocalDate today) {
        int startYear = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        List<YearMonth> list = new ArrayList<>();
        for (YearMonth m = YearMonth.of(startYear, 9); !m.isAfter(YearMonth.of(startYear + 1, 6)); m = m.plusMonths(1)) {
            list.add(m);
        }
        return list;
    }

    /**
     * Before {@link #load}: show this class and this month, as a check's line asks; the classes to
     * choose are then all whose diary the person reads (the deputy director sees every class's
     * absences, though only a tutor or the administrator justifies them).
     */
    public void openAt(UUID classId, YearMonth shown) {
        wantedClass = classId;
        if (months.contains(shown)) {
            month.set(shown);
        }
    }

    /** Reads the tutor's classes and shows the first, or the one {@link #openAt} asked for. */
    public void load() {
        background.run(() -> wantedClass == null ? visible.tutored(member) : visible.forDiary(member), list -> {
            classes.setAll(list);
            if (list.isEmpty()) {
                title.set(background.messages().get("absences.noClass"));
            } else {
                schoolClass.set(list.stream().filter(c -> c.id().equals(wantedClass)).findFirst()
                        .orElse(list.getFirst()));
            }
        }, error::set);
    }

    private record Loaded(List<AbsenceToJustify> toJustify, List<AbsenceSummary> summary) {
    }

    private void reload() {
        ClassOption chosen = schoolClass.get();
        YearMonth shown = month.get();
        if (chosen == null) {
            return;
        }
        title.set(background.messages().get("absences.title", chosen.name()));
        background.run(() -> new Loaded(absences.toJustify(chosen.id()), absences.monthlySummary(chosen.id(), shown)),
                loaded -> {
                    toJustify.setAll(loaded.toJustify());
                    showSummary(loaded.summary());
                }, error::set);
    }

    private void loadSummary() {
        ClassOption chosen = schoolClass.get();
        YearMonth shown = month.get();
        if (chosen != null && shown != null) {
            background.run(() -> absences.monthlySummary(chosen.id(), shown), this::showSummary, error::set);
        }
    }

    private void showSummary(List<AbsenceSummary> rows) {
        summary.setAll(rows);
        students.setAll(rows.stream().map(s -> new PersonOption(s.studentId(), s.studentName())).toList());
    }

    /** Fills the date-range fields from a chosen absence, so its day is one key press from justified. */
    public void choose(AbsenceToJustify absence) {
        if (absence != null) {
            student.set(new PersonOption(absence.studentId(), absence.studentName()));
            from.set(absence.date());
            to.set(absence.date());
        }
    }

    /** Justifies one absence with the chosen reason and note date. */
    public void justify(AbsenceToJustify absence) {
        if (absence == null) {
            error.set(background.messages().get("absences.selectFirst"));
            return;
        }
        UUID markId = absence.markId();
        JustificationReason why = reason.get();
        LocalDate note = noteDate.get();
        write(() -> absences.justify(Actor.user(member.id()), markId, why, note));
    }

    /** Justifies every unjustified absence of the chosen student in the chosen days. */
    public void justifyRange() {
        PersonOption who = student.get();
        LocalDate first = from.get();
        LocalDate last = to.get();
        if (who == null || first == null || last == null) {
            error.set(background.messages().get("absences.rangeMissing"));
            return;
        }
        JustificationReason why = reason.get();
        LocalDate note = noteDate.get();
        DateRange days = first.isAfter(last) ? new DateRange(last, first) : new DateRange(first, last);
        write(() -> absences.justifyDays(Actor.user(member.id()), who.id(), days, why, note));
    }

    private void write(Supplier<UUID> justification) {
        error.set("");
        status.set("");
        background.run(justification, id -> {
            status.set(background.messages().get("absences.justified"));
            reload();
        }, error::set);
    }

    public ObservableList<ClassOption> classes() {
        return classes;
    }

    public ObjectProperty<ClassOption> schoolClassProperty() {
        return schoolClass;
    }

    public ObservableList<AbsenceToJustify> toJustify() {
        return toJustify;
    }

    public ObservableList<AbsenceSummary> summary() {
        return summary;
    }

    /** The class's students, for the date-range justification. */
    public ObservableList<PersonOption> students() {
        return students;
    }

    public ObservableList<YearMonth> months() {
        return months;
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public ObjectProperty<JustificationReason> reasonProperty() {
        return reason;
    }

    public ObjectProperty<LocalDate> noteDateProperty() {
        return noteDate;
    }

    public ObjectProperty<PersonOption> studentProperty() {
        return student;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
