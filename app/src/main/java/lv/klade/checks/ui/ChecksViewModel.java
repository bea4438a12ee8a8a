package lv.klade.checks.ui;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lv.klade.checks.CheckLine;
import lv.klade.checks.Checks;
import lv.klade.checks.ChecksService;
import lv.klade.people.StaffMember;
import lv.klade.people.StaffService;
import lv.klade.school.SchoolYear;
import lv.klade.ui.Background;

/**
 * The deputy director's checks in the window: a month of the school year and, if chosen, one
 * teacher; the lines as {@link ChecksService} finds them. Nothing on screen is ever a stale month's.
 */
public final class ChecksViewModel {
    /** A teacher to narrow the checks to; {@code login} null is "every teacher". */
    public record TeacherChoice(String login, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final ChecksService checks;
    private final StaffMember viewer;
    private final Background background;
    private final ObservableList<YearMonth> months = FXCollections.observableArrayList();
    private final ObservableList<TeacherChoice> teachers = FXCollections.observableArrayList();
    private final ObservableList<CheckLine> lines = FXCollections.observableArrayList();
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final ObjectProperty<TeacherChoice> teacher = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public ChecksViewModel(ChecksService checks, StaffService staff, SchoolYear year, LocalDate today,
                           StaffMember viewer, Background background) {
        this.checks = checks;
        this.viewer = viewer;
        this.background = background;
        for (YearMonth m = YearMonth.from(year.starts()); !m.isAfter(YearMonth.from(year.ends())); m = m.plusMonths(1)) {
            months.add(m);
        }
        YearMonth now = YearMonth.from(today);
        month.set(months.contains(now) ? now : months.getLast().isBefore(now) ? months.getLast() : months.getFirst());
        List<TeacherChoice> people = new ArrayList<>();
        staff.all().stream().filter(s -> !s.revoked() && s.login() != null)
                .sorted(Comparator.comparing(StaffMember::lastName).thenComparing(StaffMember::firstName))
                .forEach(s -> people.add(new TeacherChoice(s.login(), s.fullName())));
        people.addFirst(new TeacherChoice(null, background.messages().get("checks.view.everyTeacher")));
        teachers.setAll(people);
        teacher.set(people.getFirst());
        month.addListener((o, was, now2) -> load());
        teacher.addListener((o, was, now2) -> load());
    }

    /** Finds the chosen month's lines off the FX thread. */
    public void load() {
        YearMonth m = month.get();
        TeacherChoice t = teacher.get();
        loading.set(true);
        lines.clear();
        status.set(background.messages().get("checks.view.loading"));
        background.run(() -> checks.checks(viewer, m, Optional.ofNullable(t == null ? null : t.login())), found -> {
            if (!m.equals(month.get()) || t != teacher.get()) {
                return;
            }
            loading.set(false);
            lines.setAll(found.lines());
            status.set(summary(found));
        }, error -> {
            loading.set(false);
            status.set(error);
        });
    }

    private String summary(Checks found) {
        return found.lines().isEmpty() ? background.messages().get("checks.cli.none")
                : background.messages().get("checks.view.count", found.lines().size());
    }

    public ObservableList<YearMonth> months() {
        return months;
    }

    public ObservableList<TeacherChoice> teachers() {
        return teachers;
    }

    public ObservableList<CheckLine> lines() {
        return lines;
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public ObjectProperty<TeacherChoice> teacherProperty() {
        return teacher;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
