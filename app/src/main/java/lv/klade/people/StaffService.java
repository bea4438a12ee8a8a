package lv.klade.people;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import lv.klade.db.Actor;
import lv.klade.db.Ids;
import lv.klade.db.JournalStore;
import lv.klade.db.Writes;
import lv.klade.i18n.UserError;

import static lv.klade.people.Validation.optional;
import static lv.klade.people.Validation.required;

/**
 * Staff members and the roles they hold. Each write has an {@code Actor} form that is one
 * transaction, and a {@code Writes} form that joins a bigger one.
 */
public final class StaffService {
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9._-]{2,60}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final String HASH_PREFIX = "pbkdf2-sha256$";

    private final JournalStore store;
    private final StaffRepository staff;
    private final ClassRepository classes;
    private final Comparator<StaffMember> byName;

    public StaffService(JournalStore store) {
        this.store = store;
        this.staff = new StaffRepository(store);
        this.classes = new ClassRepository();
        Collator latvian = Collator.getInstance(Locale.of("lv"));
        this.byName = Comparator.comparing(StaffMember::lastName, latvian)
                .thenComparing(StaffMember::firstName, latvian).thenComparing(StaffMember::login);
    }

    public UUID add(Actor actor, StaffData data) {
        return store.write(actor, w -> add(w, data));
    }

    public UUID add(Writes w, StaffData data) {
        return addAll(w, List.of(data)).getFirst();
    }

    /** Adds many staff members with a fixed number of checking queries, however many there are. */
    public List<UUID> addAll(Writes w, List<StaffData> members) {
        List<StaffData> checked = new ArrayList<>(members.size());
        List<PersonalCode> codes = new ArrayList<>(members.size());
        Set<String> logins = new HashSet<>();
        Set<UUID> classIds = new HashSet<>();
        for (StaffData data : members) {
            StaffData clean = checked(data);
            if (!logins.add(clean.login())) {
                throw UserError.of("people.staff.loginTaken", clean.login());
            }
            codes.add(clean.personalCode() == null ? null : Validation.personalCode(clean.personalCode()));
            clean.roles().forEach(g -> g.forClass().ifPresent(classIds::add));
            checked.add(clean);
        }
        if (members.isEmpty()) {
            return List.of();
        }
        Set<String> taken = staff.takenLogins(w, logins);
        if (!taken.isEmpty()) {
            throw UserError.of("people.staff.loginTaken", taken.iterator().next());
        }
        checkClassesExist(w, classIds);
        List<UUID> ids = new ArrayList<>(checked.size());
        for (int i = 0; i < checked.size(); i++) {
            UUID id = Ids.next();
            staff.insert(w, id, checked.get(i), codes.get(i));
            ids.add(id);
        }
        return ids;
    }

    public void grant(Actor actor, UUID staffId, RoleGrant grant) {
        store.run(actor, w -> grant(w, staffId, grant));
    }

    /** Grants a role; granting a role the person already holds changes nothing. */
    public void grant(Writes w, UUID staffId, RoleGrant grant) {
        StaffMember member = existing(w, staffId);
        if (member.roles().contains(grant)) {
            return;
        }
        grant.forClass().ifPresent(c -> checkClassesExist(w, Set.of(c)));
        staff.insertRole(w, staffId, grant);
    }

    public void withdraw(Actor actor, UUID staffId, RoleGrant grant) {
        store.run(actor, w -> withdraw(w, staffId, grant));
    }

    /** Takes a role away; a role the person does not hold is a problem, so a typo is not silently ignored. */
    public void withdraw(Writes w, UUID staffId, RoleGrant grant) {
        StaffMember member = existing(w, staffId);
        if (!staff.deleteRole(w, staffId, grant)) {
            throw UserError.of("people.staff.roleNotHeld", member.fullName());
        }
    }

    /** Every staff member with their roles, by surname then name in Latvian alphabetical order. */
    public List<StaffMember> all() {
        return staff.all().stream().sorted(byName).toList();
    }

    public Optional<StaffMember> byLogin(String login) {
        String normal = Validation.login(login);
        return normal == null ? Optional.empty() : staff.byLogin(normal);
    }

    public Optional<StaffMember> byId(UUID staffId) {
        return staff.byId(staffId);
    }

    /** Staff members whose accounts are not revoked. */
    public int count() {
        return staff.countActive();
    }

    private StaffData checked(StaffData d) {
        String first = required(d.firstName(), "people.staff.nameMissing");
        String last = required(d.lastName(), "people.staff.nameMissing");
        String who = first + " " + last;
        String code = optional(d.personalCode());
        String login = Validation.login(d.login());
        if (login == null || !LOGIN.matcher(login).matches()) {
            throw UserError.of("people.staff.loginInvalid", who, d.login() == null ? "" : d.login());
        }
        String email = optional(d.email());
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw UserError.of("people.staff.emailInvalid", who, email);
        }
        // A plain password must never reach the journal: only PasswordHasher's text is accepted.
        if (d.passwordHash() == null || !d.passwordHash().startsWith(HASH_PREFIX)) {
            throw new IllegalArgumentException("StaffData needs a password hashed by PasswordHasher");
        }
        return new StaffData(first, last, code, optional(d.phone()), email, login, d.passwordHash(), d.roles());
    }

    private void checkClassesExist(Writes w, Set<UUID> classIds) {
        if (!classIds.isEmpty() && !classes.existing(w, classIds).containsAll(classIds)) {
            throw UserError.of("people.classMissing");
        }
    }

    private StaffMember existing(Writes w, UUID staffId) {
        return staff.byId(w, staffId).orElseThrow(() -> UserError.of("people.staff.missing"));
    }
}
