package lv.klade.grades.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lv.klade.db.Actor;
import lv.klade.grades.Decision;
import lv.klade.grades.PromotionDecisionService;
import lv.klade.grades.PromotionOutcome;
import lv.klade.grades.StudentYear;
import lv.klade.grades.Verdict;
import lv.klade.grades.YearResults;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.people.DirectorOrder;
import lv.klade.people.Role;
import lv.klade.people.StaffMember;
import lv.klade.people.Student;
import lv.klade.school.ClassRepository;
import lv.klade.school.SchoolRepository;
import lv.klade.ui.Background;

/**
 * Promotion to the next form (Cabinet Regulation No. 11, point 25) for one class: each student's
 * outcome by {@link YearResults}, with the subjects that fall short, and the pedagogical council's
 * decision by the director's order, which the tutor, the deputy director or the administrator
 * records for the selected student. A tutor sees their own classes; the deputy director and the
 * administrator any class.
 */
public final class PromotionViewModel {
    /** One student's outcome, in words, and the council's decision with its order once recorded ("" before). */
    public record PromotionRow(UUID studentId, int number, String name, Verdict verdict, String reason,
                               PromotionOutcome outcome, String decided) {
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
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ObjectProperty<PromotionRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Decision> decision = new SimpleObjectProperty<>();
    private final StringProperty orderNumber = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> orderDate = new SimpleObjectProperty<>();
    private final ObservableList<Decision> decisionChoices = FXCollections.observableArrayList(Decision.values());
    private final PromotionDecisionService decisions;
    private int request;

    public PromotionViewModel(YearResults results, PromotionDecisionService decisions, ClassRepository classes,
                              SchoolRepository school, StaffMember viewer, LocalDate today, Background background) {
        this.results = results;
        this.decisions = decisions;
        this.classes = classes;
        this.school = school;
        this.viewer = viewer;
        this.background = background;
        orderDate.set(today);
        chosen.addListener((o, old, c) -> reload());
    }

    /**
     * Records the chosen decision, with the order's number and date, for the selected student; the
     * service refuses, with the reason shown, an order without a number or dated outside the year.
     */
    public void record() {
        PromotionRow row = selected.get();
        error.set("");
        notice.set("");
        if (row == null) {
            error.set(background.messages().get("gradesView.promotion.chooseStudent"));
            return;
        }
        Decision chosenDecision = decision.get();
        DirectorOrder order = new DirectorOrder(orderNumber.get(), orderDate.get());
        background.run(() -> decisions.decide(Actor.user(viewer.id()), row.studentId(), chosenDecision, order),
                made -> {
                    notice.set(background.messages().get("gradesView.promotion.recorded", row.name()));
                    reload();
                }, error::set);
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
        Messages text = background.messages();
        for (StudentYear year : results.ofClass(of.id())) {
            Student s = year.student();
            String decided = year.decision().map(d -> text.get(d.decision().messageKey()) + " ("
                    + text.get("decisions.order", d.order().number(), Messages.date(d.order().date())) + ")").orElse("");
            list.add(new PromotionRow(s.id(), ++number, s.lastName() + " " + s.firstName(), year.outcome().verdict(),
                    text.text(year.outcome().reason()), year.outcome(), decided));
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

    /** "Recorded for …" after a decision was saved. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The student the decision is recorded for: the table's selection. */
    public ObjectProperty<PromotionRow> selectedProperty() {
        return selected;
    }

    public ObservableList<Decision> decisionChoices() {
        return decisionChoices;
    }

    public ObjectProperty<Decision> decisionProperty() {
        return decision;
    }

    public StringProperty orderNumberProperty() {
        return orderNumber;
    }

    public ObjectProperty<LocalDate> orderDateProperty() {
        return orderDate;
    }
}
