package lv.klade.people;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A staff member with their roles; the password hash stays in the repository. */
public record StaffMember(UUID id, String firstName, String lastName, PersonalCode personalCode, String phone,
                          String email, String login, boolean revoked, Set<RoleGrant> roles) {

    public StaffMember {
        roles = Set.copyOf(roles);
    }

    public boolean holds(Role role) {
        return roles.stream().anyMatch(g -> g.role() == role);
    }

    public Optional<PersonalCode> code() {
        return Optional.ofNullable(personalCode);
    }

    public String fullName() {
        return firstName + " " + lastName;
    }
}
