package lv.klade.messages;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import lv.klade.people.Role;
import lv.klade.people.RoleGrant;

/**
 * Who may post school news and who a message to all teachers is for: the one statement of the rule,
 * for the write path, the view and the central copy's import. Who reads a message otherwise is its
 * sender and its recipient (MessageRepository's inbox, sync's Scope).
 */
public final class MessageRights {
    /** School news is posted by the office (DESIGN.md: the registrar and the deputy director, and the administrator). */
    private static final Set<Role> NEWS = EnumSet.of(Role.ADMINISTRATOR, Role.REGISTRAR, Role.DEPUTY_DIRECTOR);
    /** Those a message to all teachers is for. */
    private static final Set<Role> TEACHERS = EnumSet.of(Role.SUBJECT_TEACHER, Role.CLASS_TUTOR, Role.ACCOMPANIST);

    private MessageRights() {
    }

    public static boolean mayPostNews(Collection<RoleGrant> roles) {
        return roles.stream().anyMatch(g -> NEWS.contains(g.role()));
    }

    public static boolean isTeacher(Collection<RoleGrant> roles) {
        return roles.stream().anyMatch(g -> TEACHERS.contains(g.role()));
    }
}
