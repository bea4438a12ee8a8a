package lv.klade.people;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A role held by a staff member; a class tutor's role names the class, no other role does. */
public record RoleGrant(Role role, UUID classId) {

    public RoleGrant {
        Objects.requireNonNull(role, "role");
        if (role.needsClass() != (classId != null)) {
            throw new IllegalArgumentException(role + (role.needsClass() ? " needs a class" : " names no class"));
        }
    }

    public static RoleGrant of(Role role) {
        return new RoleGrant(role, null);
    }

    public static RoleGrant tutorOf(UUID classId) {
        return new RoleGrant(Role.CLASS_TUTOR, Objects.requireNonNull(classId, "classId"));
    }

    public Optional<UUID> forClass() {
        return Optional.ofNullable(classId);
    }
}
