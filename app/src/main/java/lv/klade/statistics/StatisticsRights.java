package lv.klade.statistics;

import java.util.Collection;
import java.util.UUID;
import lv.klade.people.Role;
import lv.klade.people.RoleGrant;

/**
 * Whose figures a person may see: the deputy director and an administrator the whole school's, a
 * class tutor their class's journals (by the role, or as the class names them), a teacher the
 * journals they teach. The one statement of the rule, for the service, the view and the command.
 */
public final class StatisticsRights {
    private StatisticsRights() {
    }

    /** Sees every journal of the school. */
    public static boolean schoolWide(Collection<RoleGrant> roles) {
        return roles.stream().anyMatch(g -> g.role() == Role.ADMINISTRATOR || g.role() == Role.DEPUTY_DIRECTOR);
    }

    /** May open statistics at all: whoever may see some journal's figures. */
    public static boolean maySeeAny(Collection<RoleGrant> roles) {
        return roles.stream().anyMatch(g -> switch (g.role()) {
            case ADMINISTRATOR, DEPUTY_DIRECTOR, CLASS_TUTOR, SUBJECT_TEACHER, ACCOMPANIST -> true;
            case REGISTRAR -> false;
        });
    }

    /**
     * May see one journal's figures. {@code classId} is the journal's class (a group's class for a
     * group journal; null for a combined group), {@code classTutorId} that class's tutor.
     */
    public static boolean maySee(UUID staffId, Collection<RoleGrant> roles, UUID classId, UUID classTutorId,
                                 Collection<UUID> teacherIds) {
        if (schoolWide(roles) || teacherIds.contains(staffId)) {
            return true;
        }
        return classId != null && (staffId.equals(classTutorId)
                || roles.stream().anyMatch(g -> g.role() == Role.CLASS_TUTOR && classId.equals(g.classId())));
    }
}
