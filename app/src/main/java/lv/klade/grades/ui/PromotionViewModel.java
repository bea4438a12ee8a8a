package lv.klade.grades.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lv.klade.grades.PromotionOutcome;
import lv.klade.grades.StudentYear;
import lv.klade.grades.Verdict;
import lv.klade.grades.YearResults;
import lv.klade.i18n.UserError;
import lv.klade.people.Role;
import lv.klade.people.StaffMember;
import lv.klade.people.Student;
import lv.klade.school.ClassRepository;
import lv.klade.school.SchoolRepository;
import lv.klade.ui.Background;

/**
 * Promotion to the next form (Cabinet Regulation No. 11, point 25) for one class: each student's
 * outcome by {@link YearResults}, with the subjects that fall short. A tutor sees their own classes;
 * the deputy director and the administrator any class.
 */
public final class PromotionViewModel {
    /** One student's outcome, in words. */
    public record PromotionRow(UUID studentId, int number, String name, Verdict verdict, String reason,
                               PromotionOutcome outcome) {
    }

    private final YearResults results;
    private final ClassRepository classes;
    private final SchoolRepository school;
    private final StaffMember viewer;
    private final Background background;
    private final ObservableList<ClassChoice> classChoices = FXCollections.observableArrayList();
    private final ObservableList<PromotionRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ClassChoice> chosen = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private int request;

    public PromotionViewModel(YearResults results, ClassRepository classes, SchoolRepository school,
                              StaffMember viewer, Background background) {
        this.results = results;
        this.classes = classes;
        this.school = school;
        this.viewer = viewer;
        this.background = background;
        chosen.addListener((o, old, c) -> reload());
    }

    /** Reads the classes this person may see and opens the first. */
    public void load() {
        background.run(this::readClasses, list -> {
            classChoices.setAll(list);
            chosen.set(list.isEmpty() ? null : list.getFirst());
        }, error::set);
    }

    private List<ClassChoice> readClasses() {
        UUID yearId = school.currentYear().orElseThrow(() -> UserError.of("school.missing")).id();
        boolean all = viewer.holds(Role.DEPUTY_DIRECTOR) || viewer.holds(Role.ADMINISTRATOR);
        Set<UUID> own = viewer.roles().stream().flatMap(g -> g.forClass().stream()).collect(Collectors.toSet());
        return classes.classes(yearId).stream().filter(c -> all || own.contains(c.id()))
                .map(c -> new ClassChoice(c.id(), c.name(), c.form())).toList();
    }

    private void reload() {
        ClassChoice of = chosen.get();
        int mine = ++request;
        if (of == null) {
            rows.clear();
            return;
        }
        background.run(() -> read(of), list -> {
            if (mine == request) {
                rows.setAll(list);
            }
        }, error::set);
    }

    private List<PromotionRow> read(ClassChoice of) {
        List<PromotionRow> list = new ArrayList<>();
        int number = 0;
        for (StudentYear year : results.ofClass(of.id())) {
            Student s = year.student();
            list.add(new PromotionRow(s.id(), ++number, s.lastName() + " " + s.firstName(), year.outcome().verdict(),
                    background.messages().text(year.outcome().reason()), year.outcome()));
        }
        return list;
    }

    public ObservableList<ClassChoice> classChoices() {
        return classChoices;
    }

    public ObjectProperty<ClassChoice> classProperty() {
        return chosen;
    }

    public ObservableList<PromotionRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
