package lv.klade.checks;

import java.util.Collection;
import lv.klade.people.Role;
import lv.klade.people.RoleGrant;

/** Who may see the checks: the deputy director and an administrator (seeds 001 §23, 003 §22). */
public final class ChecksRights {
    private ChecksRights() {
    }

    public static boolean maySee(Collection<RoleGrant> roles) {
        return roles.stream().anyMatch(g -> g.role() == Role.ADMINISTRATOR || g.role() == Role.DEPUTY_DIRECTOR);
    }
}
