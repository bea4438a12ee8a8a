package lv.klade.lessons.ui;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lv.klade.i18n.Messages;
import lv.klade.lessons.ClassWeek;
import lv.klade.lessons.LessonViews;
import lv.klade.people.StaffMember;
import lv.klade.ui.Background;

/** The class diary (dienasgrāmata): a class's week, read-only, for whoever may see that class. */
public final class DiaryViewModel {
    private final LessonViews views;
    private final VisibleClasses visible;
    private final StaffMember member;
    private final Background background;
    private final ObservableList<ClassOption> classes = FXCollections.observableArrayList();
    private final ObjectProperty<ClassOption> schoolClass = new SimpleObjectProperty<>();
    private final ObservableList<DiaryRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper weekTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper tests = new ReadOnlyStringWrapper("");
    private final PlannedTests plannedTests;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private LocalDate monday;

    /** {@code clock} gives the week shown first: this one. */
    public DiaryViewModel(LessonViews views, VisibleClasses visible, StaffMember member, Clock clock,
                          Background background) {
        this(views, visible, member, clock, background, PlannedTests.NONE);
    }

    /** Also shows the week's planned tests from {@code plannedTests}. */
    public DiaryViewModel(LessonViews views, VisibleClasses visible, StaffMember member, Clock clock,
                          Background background, PlannedTests plannedTests) {
        this.plannedTests = plannedTests;
        this.views = views;
        this.visible = visible;
        this.member = member;
        this.background = background;
        this.monday = LocalDate.ofInstant(clock.instant(), Messages.RIGA)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        schoolClass.addListener((o, old, now) -> loadWeek());
    }

    /** Reads the classes this person may see; a tutor starts at their own class. */
    public void load() {
        background.run(() -> new Choice(visible.forDiary(member), visible.tutored(member)), choice -> {
            classes.setAll(choice.all());
            if (choice.all().isEmpty()) {
                error.set(background.messages().get("diary.noClass"));
            } else {
                schoolClass.set(choice.own().isEmpty() ? choice.all().getFirst() : choice.own().getFirst());
            }
        }, error::set);
    }

    private record Choice(List<ClassOption> all, List<ClassOption> own) {
    }

    public void previousWeek() {
        monday = monday.minusWeeks(1);
        loadWeek();
    }

    public void nextWeek() {
        monday = monday.plusWeeks(1);
        loadWeek();
    }

    private void loadWeek() {
        ClassOption chosen = schoolClass.get();
        LocalDate from = monday;
        weekTitle.set(background.messages().get("diary.week", from, from.plusDays(6)));
        if (chosen == null) {
            rows.clear();
            return;
        }
        background.run(() -> new Week(views.classWeek(chosen.id(), from),
                plannedTests.of(chosen.id(), from, from.plusDays(6))), week -> {
            if (from.equals(monday) && chosen.equals(schoolClass.get())) {
                error.set("");
                rows.setAll(rows(week.lessons()));
                tests.set(testsLine(week.tests(), background.messages()));
            }
        }, error::set);
    }

    private record Week(ClassWeek lessons, List<PlannedTests.Line> tests) {
    }

    /** The week's tests in one line, e.g. "Pārbaudes darbi: 17.11.2026 Matemātika (1 st.) — Daļskaitļi". */
    static String testsLine(List<PlannedTests.Line> tests, Messages text) {
        if (tests.isEmpty()) {
            return "";
        }
        List<String> each = new ArrayList<>();
        for (PlannedTests.Line test : tests) {
            each.add(text.get(test.published() ? "diary.test" : "diary.testDraft", test.date(), test.subject(),
                    test.lessons(), test.topic() == null ? "" : test.topic()));
        }
        return text.get("diary.tests", String.join("; ", each));
    }

    static List<DiaryRow> rows(ClassWeek week) {
        List<DiaryRow> list = new ArrayList<>();
        for (ClassWeek.Day day : week.days()) {
            if (day.lessons().isEmpty()) {
                list.add(new DiaryRow(day.date(), true, day.dayOff(), null));
            }
            for (int i = 0; i < day.lessons().size(); i++) {
                list.add(new DiaryRow(day.date(), i == 0, day.dayOff(), day.lessons().get(i)));
            }
        }
        return list;
    }

    public ObservableList<ClassOption> classes() {
        return classes;
    }

    public ObjectProperty<ClassOption> schoolClassProperty() {
        return schoolClass;
    }

    public ObservableList<DiaryRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty weekTitleProperty() {
        return weekTitle.getReadOnlyProperty();
    }

    /** The week's planned tests, empty when there are none. */
    public ReadOnlyStringProperty testsProperty() {
        return tests.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
