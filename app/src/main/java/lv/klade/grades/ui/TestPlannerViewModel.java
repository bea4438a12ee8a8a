package lv.klade.grades.ui;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lv.klade.db.Actor;
import lv.klade.grades.PlannedTest;
import lv.klade.grades.TestPlan;
import lv.klade.grades.TestPlannerService;
import lv.klade.grades.TestScope;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.people.Role;
import lv.klade.people.RoleGrant;
import lv.klade.people.StaffMember;
import lv.klade.school.ClassRepository;
import lv.klade.school.SchoolRepository;
import lv.klade.school.SchoolYear;
import lv.klade.school.StudentGroup;
import lv.klade.ui.Background;

/**
 * A class's test planner. A teacher plans tests in their own journals and publishes them; once
 * published only the deputy director may change or remove one (the service refuses anyone else,
 * and the view says so beforehand). Over the school's day or week limit, {@code confirm} asks the
 * user whether to plan anyway.
 */
public final class TestPlannerViewModel {
    private static final Set<String> LIMITS = Set.of("grades.test.dayLimit", "grades.test.weekLimit");

    /** A planner entry as the list shows it. */
    public record TestRow(PlannedTest test, String date, String journal, int lessons, String scope, String topic,
                          String state) {
    }

    private record Start(SchoolYear year, List<ClassChoice> classes, List<JournalChoice> journals,
                         Map<UUID, UUID> classOfJournal, Set<UUID> mine) {
    }

    /** What an attempt to write came to: done, or over a limit and waiting for the user's word. */
    private record Attempt(String limitMessage) {
    }

    private final TestPlannerService planner;
    private final ClassRepository classes;
    private final SchoolRepository school;
    private final StaffMember viewer;
    private final Actor actor;
    private final boolean deputy;
    private final Background background;
    private final Predicate<String> confirm;
    private final ObservableList<ClassChoice> classChoices = FXCollections.observableArrayList();
    private final ObservableList<JournalChoice> journals = FXCollections.observableArrayList();
    private final ObservableList<TestRow> tests = FXCollections.observableArrayList();
    private final ObjectProperty<ClassChoice> chosenClass = new SimpleObjectProperty<>();
    private final ObjectProperty<TestRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper canChange = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canPublish = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private Start start;
    private int request;
    private UUID wanted;

    public TestPlannerViewModel(TestPlannerService planner, ClassRepository classes, SchoolRepository school,
                                StaffMember viewer, Background background, Predicate<String> confirm) {
        this.planner = planner;
        this.classes = classes;
        this.school = school;
        this.viewer = viewer;
        this.actor = Actor.user(viewer.id());
        this.deputy = viewer.holds(Role.DEPUTY_DIRECTOR);
        this.background = background;
        this.confirm = confirm;
        chosenClass.addListener((o, old, c) -> reload());
        selected.addListener((o, old, row) -> selectionChanged(row));
    }

    /** Opens at this class when the viewer may see it; call before the view loads. */
    public void openAt(UUID classId) {
        wanted = classId;
    }

    /**
     * Reads the classes this person plans or looks at, and opens the one asked for, else a class
     * tutor's own class, else the first.
     */
    public void load() {
        UUID preferred = wanted != null ? wanted : viewer.roles().stream().filter(g -> g.role() == Role.CLASS_TUTOR)
                .map(RoleGrant::classId).filter(Objects::nonNull).findFirst().orElse(null);
        background.run(this::readStart, started -> {
            start = started;
            classChoices.setAll(started.classes());
            chosenClass.set(started.classes().stream().filter(c -> c.id().equals(preferred)).findFirst()
                    .orElse(started.classes().isEmpty() ? null : started.classes().getFirst()));
        }, error::set);
    }

    private Start readStart() {
        SchoolYear year = school.currentYear().orElseThrow(() -> UserError.of("school.missing"));
        Map<UUID, UUID> classOfGroup = classes.groups(year.id()).stream().filter(g -> !g.combined())
                .collect(Collectors.toMap(StudentGroup::id, StudentGroup::classId));
        List<JournalChoice> all = classes.journals(year.id()).stream().map(JournalChoice::of).toList();
        Map<UUID, UUID> classOfJournal = all.stream()
                .filter(j -> j.classId() != null || classOfGroup.containsKey(j.groupId()))
                .collect(Collectors.toMap(JournalChoice::id,
                        j -> j.classId() != null ? j.classId() : classOfGroup.get(j.groupId())));
        Set<UUID> mine = classes.journalsOfTeacher(year.id(), viewer.id()).stream().map(j -> j.id())
                .collect(Collectors.toSet());
        Set<UUID> visible = new HashSet<>();
        mine.stream().map(classOfJournal::get).filter(c -> c != null).forEach(visible::add);
        viewer.roles().forEach(g -> g.forClass().ifPresent(visible::add));
        boolean everyClass = deputy || viewer.holds(Role.ADMINISTRATOR);
        List<ClassChoice> list = classes.classes(year.id()).stream()
                .filter(c -> everyClass || visible.contains(c.id()))
                .map(c -> new ClassChoice(c.id(), c.name(), c.form())).toList();
        return new Start(year, list, all, classOfJournal, mine);
    }

    private void reload() {
        ClassChoice of = chosenClass.get();
        int mine = ++request;
        if (of == null || start == null) {
            tests.clear();
            journals.clear();
            return;
        }
        journals.setAll(start.journals().stream().filter(j -> of.id().equals(start.classOfJournal().get(j.id())))
                .filter(j -> deputy || start.mine().contains(j.id())).toList());
        Map<UUID, String> names = start.journals().stream().collect(Collectors.toMap(JournalChoice::id,
                JournalChoice::name));
        Messages text = background.messages();
        UUID keep = selected.get() == null ? null : selected.get().test().id();
        background.run(() -> planner.ofClass(of.id(), start.year().starts(), start.year().ends()), list -> {
            if (mine != request) {
                return;
            }
            tests.setAll(list.stream().map(t -> new TestRow(t, Messages.date(t.plan().date()),
                    names.getOrDefault(t.plan().journalId(), "?"), t.plan().lessons(),
                    text.get(t.plan().scope().messageKey()), t.plan().topic(),
                    text.get("gradesView.planner.state." + t.state().name()))).toList());
            selected.set(tests.stream().filter(r -> r.test().id().equals(keep)).findFirst().orElse(null));
        }, error::set);
    }

    private void selectionChanged(TestRow row) {
        boolean published = row != null && row.test().published();
        canChange.set(row != null && (!published || deputy));
        canPublish.set(row != null && !published);
        error.set(published && !deputy ? background.messages().get("grades.test.publishedOnlyDeputy",
                row.test().plan().topic(), row.test().plan().date()) : "");
    }

    // --- writes ---

    /** Plans a draft test in one of the class's journals. */
    public void add(LocalDate date, JournalChoice journal, int lessons, TestScope scope, String topic) {
        TestPlan plan = plan(date, journal, lessons, scope, topic);
        write(confirmed -> planner.plan(actor, plan, confirmed));
    }

    /** Changes the selected test to the form's values. */
    public void change(LocalDate date, JournalChoice journal, int lessons, TestScope scope, String topic) {
        TestRow row = selected.get();
        if (row == null) {
            return;
        }
        TestPlan plan = plan(date, journal, lessons, scope, topic);
        write(confirmed -> {
            planner.change(actor, row.test().id(), plan, confirmed);
            return row.test().id();
        });
    }

    public void publish() {
        TestRow row = selected.get();
        if (row != null) {
            write(confirmed -> {
                planner.publish(actor, row.test().id());
                return row.test().id();
            });
        }
    }

    public void remove() {
        TestRow row = selected.get();
        if (row != null) {
            write(confirmed -> {
                planner.remove(actor, row.test().id());
                return row.test().id();
            });
        }
    }

    private TestPlan plan(LocalDate date, JournalChoice journal, int lessons, TestScope scope, String topic) {
        ClassChoice of = chosenClass.get();
        return new TestPlan(of == null ? null : of.id(), journal == null ? null : journal.id(), date, lessons, scope,
                topic);
    }

    /** Writes; over a limit, asks the user and writes again confirmed only if they agree. */
    private void write(java.util.function.Function<Boolean, UUID> write) {
        error.set("");
        background.run(() -> attempt(() -> write.apply(false)), attempt -> {
            if (attempt.limitMessage() == null) {
                reload();
            } else if (confirm.test(attempt.limitMessage())) {
                background.run(() -> write.apply(true), done -> reload(), error::set);
            }
        }, problem -> {
            error.set(problem);
            reload();
        });
    }

    private Attempt attempt(Supplier<UUID> write) {
        try {
            write.get();
            return new Attempt(null);
        } catch (UserError e) {
            if (LIMITS.contains(e.problem().key())) {
                return new Attempt(background.messages().get("gradesView.planner.confirmLimit",
                        background.messages().text(e.problem())));
            }
            throw e;
        }
    }

    // --- properties ---

    public boolean isDeputy() {
        return deputy;
    }

    public ObservableList<ClassChoice> classChoices() {
        return classChoices;
    }

    public ObjectProperty<ClassChoice> classProperty() {
        return chosenClass;
    }

    public ObservableList<JournalChoice> journals() {
        return journals;
    }

    public ObservableList<TestRow> tests() {
        return tests;
    }

    public ObjectProperty<TestRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty canChangeProperty() {
        return canChange.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canPublishProperty() {
        return canPublish.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
