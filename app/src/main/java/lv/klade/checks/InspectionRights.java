package lv.klade.checks;

import lv.klade.people.Role;
import lv.klade.people.StaffMember;

/**
 * Who records and reads inspections ("Pārbaude", seed 001 §23): the deputy director, whose entry it
 * is, and the administrator. The seeds give teachers no part in them, so their PCs do not receive
 * them either. The one statement of the rule, for the service and for sync import.
 */
public final class InspectionRights {
    private InspectionRights() {
    }

    public static boolean mayRecord(StaffMember member) {
        return member.holds(Role.DEPUTY_DIRECTOR) || member.holds(Role.ADMINISTRATOR);
    }
}
