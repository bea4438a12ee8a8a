package lv.klade.checks;

import lv.klade.people.Role;
import lv.klade.people.StaffMember;

/**
 * Who may run the checks: the deputy director, whose duty they are (seeds 001 §23, 003 §22), and the
 * administrator. A teacher never sees the checks of other teachers' journals. The one statement of
 * the rule, for the service, the window's sections and the command line.
 */
public final class ChecksRights {
    private ChecksRights() {
    }

    public static boolean mayCheck(StaffMember member) {
        return member.holds(Role.DEPUTY_DIRECTOR) || member.holds(Role.ADMINISTRATOR);
    }
}
