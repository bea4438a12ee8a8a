package lv.klade.tutor;

import java.util.Collection;
import java.util.UUID;
import lv.klade.people.Role;
import lv.klade.people.RoleGrant;

/**
 * Who may write a class's report card remarks: its tutor (by the role, or as the class names them),
 * the deputy director and an administrator. The one statement of the rule, for the write path and
 * for the view's list of classes.
 */
public final class RemarkRights {
    private RemarkRights() {
    }

    public static boolean mayWrite(UUID staffId, Collection<RoleGrant> roles, UUID classId, UUID classTutorId) {
        return staffId.equals(classTutorId) || roles.stream().anyMatch(g -> g.role() == Role.ADMINISTRATOR
                || g.role() == Role.DEPUTY_DIRECTOR || g.role() == Role.CLASS_TUTOR && classId.equals(g.classId()));
    }
}
