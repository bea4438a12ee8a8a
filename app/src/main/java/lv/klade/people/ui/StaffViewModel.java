package lv.klade.people.ui;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lv.klade.db.Actor;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.people.AccountService;
import lv.klade.people.Role;
import lv.klade.people.RoleGrant;
import lv.klade.people.StaffData;
import lv.klade.people.StaffMember;
import lv.klade.people.StaffService;
import lv.klade.school.ClassRepository;
import lv.klade.school.SchoolClass;
import lv.klade.school.SchoolRepository;
import lv.klade.ui.Background;

/** Staff members, their roles and accounts, as the administrator manages them. */
public final class StaffViewModel {
    /** A staff member in the list, with their roles in the user's language. */
    public record StaffRow(StaffMember member, String name, String login, String roles, String tutorOf,
                           String revoked) {
    }

    /** A class of the current year, for a class tutor's role. */
    public record ClassChoice(UUID id, String name) {
    }

    /** A new staff member as typed; the password is hashed in the background, never on the FX thread. */
    public record NewStaff(String firstName, String lastName, String personalCode, String phone, String email,
                           String login, char[] password, Set<Role> roles, UUID tutorClass) {
    }

    private record Loaded(List<StaffRow> rows, List<ClassChoice> classes) {
    }

    private final StaffService staffService;
    private final AccountService accounts;
    private final SchoolRepository schools;
    private final ClassRepository classRepository;
    private final StaffMember viewer;
    private final Actor actor;
    private final Background background;
    private final ObservableList<StaffRow> staff = FXCollections.observableArrayList();
    private final ObservableList<ClassChoice> classes = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<StaffRow> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper adding = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public StaffViewModel(StaffService staff, AccountService accounts, SchoolRepository schools,
                          ClassRepository classes, StaffMember viewer, Background background) {
        this.staffService = staff;
        this.accounts = accounts;
        this.schools = schools;
        this.classRepository = classes;
        this.viewer = viewer;
        this.actor = Actor.user(viewer.id());
        this.background = background;
    }

    /** Reads the staff and this year's classes again, off the FX thread. */
    public void load() {
        background.run(this::read, this::show, error::set);
    }

    private Loaded read() {
        UUID yearId = schools.currentYear().orElseThrow(() -> UserError.of("school.missing")).id();
        List<ClassChoice> choices = classRepository.classes(yearId).stream()
                .map(c -> new ClassChoice(c.id(), c.name())).toList();
        Map<UUID, String> names = new HashMap<>(choices.stream().collect(Collectors.toMap(ClassChoice::id, ClassChoice::name)));
        List<StaffMember> members = staffService.all();
        // A tutor's grant may name a class of an earlier year.
        members.stream().flatMap(m -> m.roles().stream()).flatMap(g -> g.forClass().stream())
                .forEach(id -> names.computeIfAbsent(id, c -> classRepository.schoolClass(c).map(SchoolClass::name).orElse("?")));
        Messages text = background.messages();
        List<StaffRow> rows = members.stream().map(m -> row(m, names, text)).toList();
        return new Loaded(rows, choices);
    }

    private static StaffRow row(StaffMember m, Map<UUID, String> classNames, Messages text) {
        List<RoleGrant> grants = m.roles().stream().sorted(Comparator.comparing(RoleGrant::role)
                .thenComparing(g -> g.forClass().map(classNames::get).orElse(""))).toList();
        String roles = grants.stream().map(g -> text.get(g.role().messageKey())
                + g.forClass().map(id -> " (" + classNames.get(id) + ")").orElse("")).distinct()
                .collect(Collectors.joining(", "));
        String tutorOf = grants.stream().flatMap(g -> g.forClass().stream()).map(classNames::get)
                .collect(Collectors.joining(", "));
        return new StaffRow(m, m.fullName(), m.login(), roles, tutorOf, text.get(m.revoked() ? "staffView.yes" : "staffView.no"));
    }

    private void show(Loaded loaded) {
        UUID keep = Optional.ofNullable(selected.get()).map(r -> r.member().id()).orElse(null);
        classes.setAll(loaded.classes());
        staff.setAll(loaded.rows());
        selected.set(staff.stream().filter(r -> r.member().id().equals(keep)).findFirst().orElse(null));
    }

    public void select(StaffRow row) {
        selected.set(row);
    }

    /** True for the administrator, the only one who manages staff. */
    public boolean canEdit() {
        return viewer.holds(Role.ADMINISTRATOR) && !viewer.revoked();
    }

    /** Shows or hides the form for a new staff member. */
    public void adding(boolean shown) {
        error.set("");
        adding.set(shown && canEdit());
    }

    public void add(NewStaff typed) {
        Set<RoleGrant> grants;
        try {
            grants = typed.roles().stream().map(role -> roleGrant(role, typed.tutorClass())).collect(Collectors.toSet());
        } catch (UserError e) {
            wipe(typed.password());
            error.set(background.messages().text(e.problem()));
            return;
        }
        write(() -> {
            try {
                String hash = accounts.hashChecked(typed.password());
                staffService.add(actor, new StaffData(typed.firstName(), typed.lastName(), typed.personalCode(),
                        typed.phone(), typed.email(), typed.login(), hash, grants));
            } finally {
                wipe(typed.password());
            }
        }, "staffView.added", true);
    }

    /** The role is checked in the background, so a missing role or class shows as an error like any other. */
    public void grant(Role role, UUID classId) {
        withSelected(id -> staffService.grant(actor, id, roleGrant(role, classId)), "staffView.granted");
    }

    public void withdraw(Role role, UUID classId) {
        withSelected(id -> staffService.withdraw(actor, id, roleGrant(role, classId)), "staffView.withdrawn");
    }

    public void revoke() {
        withSelected(id -> accounts.revoke(actor, id), "staffView.revoked");
    }

    public void restore() {
        withSelected(id -> accounts.restore(actor, id), "staffView.restored");
    }

    public void setPassword(char[] password) {
        StaffRow row = selected.get();
        if (row == null || !canEdit()) {
            wipe(password);
            return;
        }
        UUID id = row.member().id();
        write(() -> {
            try {
                accounts.setPassword(actor, id, password);
            } finally {
                wipe(password);
            }
        }, "staffView.passwordSet", false);
    }

    private void withSelected(Consumer<UUID> change, String doneKey) {
        StaffRow row = selected.get();
        if (row == null) {
            return;
        }
        UUID id = row.member().id();
        write(() -> change.accept(id), doneKey, false);
    }

    /** A role to grant or withdraw; a class tutor's role must name the class. */
    private static RoleGrant roleGrant(Role role, UUID classId) {
        if (role == null) {
            throw UserError.of("staffView.roleMissing");
        }
        if (role.needsClass() && classId == null) {
            throw UserError.of("staffView.classMissing");
        }
        return role.needsClass() ? RoleGrant.tutorOf(classId) : RoleGrant.of(role);
    }

    private void write(Runnable change, String doneKey, boolean closeForm) {
        if (!canEdit()) {
            return;
        }
        error.set("");
        status.set("");
        background.run(() -> {
            change.run();
            return Boolean.TRUE;
        }, done -> {
            status.set(background.messages().get(doneKey));
            if (closeForm) {
                adding.set(false);
            }
            load();
        }, error::set);
    }

    private static void wipe(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }

    public ObservableList<StaffRow> staff() {
        return staff;
    }

    public ObservableList<ClassChoice> classes() {
        return classes;
    }

    public ReadOnlyObjectProperty<StaffRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty addingProperty() {
        return adding.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What the last change did, e.g. "Parole nomainīta". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
