package lv.klade.people;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lv.klade.db.Ids;
import lv.klade.db.JournalStore;
import lv.klade.db.Writes;
import lv.klade.db.generated.tables.records.StaffRecord;
import lv.klade.db.generated.tables.records.StaffRoleRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import static lv.klade.db.generated.Tables.SCHOOL_CLASS;
import static lv.klade.db.generated.Tables.STAFF;
import static lv.klade.db.generated.Tables.STAFF_ROLE;

/** Staff rows and their role rows. */
final class StaffRepository {
    /** What login needs and nothing more shows: the key, the hash, and whether the account is revoked. */
    record Credentials(UUID staffId, String passwordHash, boolean revoked) {
    }

    private final JournalStore store;

    StaffRepository(JournalStore store) {
        this.store = store;
    }

    void insert(Writes w, UUID id, StaffData data, PersonalCode code) {
        StaffRecord row = new StaffRecord();
        row.setId(id);
        row.setFirstName(data.firstName());
        row.setLastName(data.lastName());
        row.setPersonalCode(code == null ? null : code.value());
        row.setPhone(data.phone());
        row.setEmail(data.email());
        row.setLogin(data.login());
        row.setPasswordHash(data.passwordHash());
        row.setRevoked(false);
        w.insert(row);
        data.roles().forEach(grant -> insertRole(w, id, grant));
    }

    void insertRole(Writes w, UUID staffId, RoleGrant grant) {
        StaffRoleRecord row = new StaffRoleRecord();
        row.setId(Ids.next());
        row.setStaffId(staffId);
        row.setRole(grant.role().name());
        row.setClassId(grant.classId());
        w.insert(row);
        if (grant.role() == Role.CLASS_TUTOR && grant.classId() != null) {
            // The class names its tutor too (documents' headings, the classes view): the one appointed last.
            if (!staffId.equals(namedTutor(w, grant.classId()))) {
                w.update(SCHOOL_CLASS, grant.classId(), Map.of(SCHOOL_CLASS.TUTOR_ID, staffId));
            }
        }
    }

    /** Deletes the role row; false when the staff member did not hold the role. */
    boolean deleteRole(Writes w, UUID staffId, RoleGrant grant) {
        Condition forClass = grant.classId() == null ? STAFF_ROLE.CLASS_ID.isNull() : STAFF_ROLE.CLASS_ID.eq(grant.classId());
        List<UUID> rows = w.dsl().select(STAFF_ROLE.ID).from(STAFF_ROLE)
                .where(STAFF_ROLE.STAFF_ID.eq(staffId), STAFF_ROLE.ROLE.eq(grant.role().name()), forClass)
                .fetch(STAFF_ROLE.ID);
        rows.forEach(row -> w.delete(STAFF_ROLE, row));
        if (!rows.isEmpty() && grant.role() == Role.CLASS_TUTOR && grant.classId() != null) {
            if (staffId.equals(namedTutor(w, grant.classId()))) {
                w.update(SCHOOL_CLASS, grant.classId(), Collections.singletonMap(SCHOOL_CLASS.TUTOR_ID, null));
            }
        }
        return !rows.isEmpty();
    }

    /** The tutor the class names, if any. */
    private static UUID namedTutor(Writes w, UUID classId) {
        return w.dsl().select(SCHOOL_CLASS.TUTOR_ID).from(SCHOOL_CLASS).where(SCHOOL_CLASS.ID.eq(classId))
                .fetchOne(SCHOOL_CLASS.TUTOR_ID);
    }

    /** The logins among these that are already taken, in one query. */
    Set<String> takenLogins(Writes w, Collection<String> logins) {
        return new HashSet<>(w.dsl().select(STAFF.LOGIN).from(STAFF).where(STAFF.LOGIN.in(logins)).fetch(STAFF.LOGIN));
    }

    /** One staff member, read inside a transaction. */
    Optional<StaffMember> byId(Writes w, UUID id) {
        return members(w.dsl(), STAFF.ID.eq(id)).stream().findFirst();
    }

    void setPasswordHash(Writes w, UUID staffId, String hash) {
        w.update(STAFF, staffId, Map.of(STAFF.PASSWORD_HASH, hash));
    }

    void setRevoked(Writes w, UUID staffId, boolean revoked) {
        w.update(STAFF, staffId, Map.of(STAFF.REVOKED, revoked));
    }

    Optional<Credentials> credentials(String login) {
        return store.dsl().select(STAFF.ID, STAFF.PASSWORD_HASH, STAFF.REVOKED).from(STAFF)
                .where(STAFF.LOGIN.eq(login))
                .fetchOptional(r -> new Credentials(r.value1(), r.value2(), r.value3()));
    }

    Optional<String> passwordHash(UUID staffId) {
        return store.dsl().select(STAFF.PASSWORD_HASH).from(STAFF).where(STAFF.ID.eq(staffId))
                .fetchOptional(STAFF.PASSWORD_HASH);
    }

    /** Every staff member with their roles, in two queries. */
    List<StaffMember> all() {
        return members(store.dsl(), DSL.noCondition());
    }

    Optional<StaffMember> byLogin(String login) {
        return members(store.dsl(), STAFF.LOGIN.eq(login)).stream().findFirst();
    }

    Optional<StaffMember> byId(UUID id) {
        return members(store.dsl(), STAFF.ID.eq(id)).stream().findFirst();
    }

    int countActive() {
        return store.dsl().fetchCount(STAFF, STAFF.REVOKED.isFalse());
    }

    private static List<StaffMember> members(DSLContext dsl, Condition which) {
        Map<UUID, Set<RoleGrant>> roles = new HashMap<>();
        dsl.select(STAFF_ROLE.STAFF_ID, STAFF_ROLE.ROLE, STAFF_ROLE.CLASS_ID).from(STAFF_ROLE)
                .join(STAFF).on(STAFF.ID.eq(STAFF_ROLE.STAFF_ID)).where(which)
                .forEach(r -> roles.computeIfAbsent(r.value1(), k -> new HashSet<>())
                        .add(new RoleGrant(Role.valueOf(r.value2()), r.value3())));
        return dsl.selectFrom(STAFF).where(which).fetch(r -> new StaffMember(r.getId(), r.getFirstName(),
                r.getLastName(), r.getPersonalCode() == null ? null : new PersonalCode(r.getPersonalCode()),
                r.getPhone(), r.getEmail(), r.getLogin(), r.getRevoked(), roles.getOrDefault(r.getId(), Set.of())));
    }
}
