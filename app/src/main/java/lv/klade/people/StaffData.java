package lv.klade.people;

import java.util.Set;

/**
 * A new staff member as entered (seed §14): name, optional personal code, phone, e-mail, login,
 * the password already hashed by {@link PasswordHasher}, and the roles to grant.
 */
public record StaffData(String firstName, String lastName, String personalCode, String phone, String email,
                        String login, String passwordHash, Set<RoleGrant> roles) {

    public StaffData {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
