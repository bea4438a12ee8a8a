package lv.klade.grades;

import java.util.Collection;
import java.util.UUID;
import lv.klade.people.Role;
import lv.klade.people.RoleGrant;

/**
 * Who may record a student's promotion decision: the tutor of the student's class (by the role, or as
 * the class names them), the deputy director and an administrator. The one statement of the rule, for
 * the write path ({@link PromotionDecisionService}) and for sync import.
 */
public final class PromotionRights {
    private PromotionRights() {
    }

    public static boolean mayDecide(UUID staffId, Collection<RoleGrant> roles, UUID classId, UUID classTutorId) {
        return staffId.equals(classTutorId) || roles.stream().anyMatch(g -> g.role() == Role.ADMINISTRATOR
                || g.role() == Role.DEPUTY_DIRECTOR || g.role() == Role.CLASS_TUTOR && classId.equals(g.classId()));
    }
}
