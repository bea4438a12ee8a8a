package lv.klade.messages;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import lv.klade.people.Role;
import lv.klade.people.RoleGrant;

/**
 * Who may post school news and who reads which message: the one statement of the rule, for the
 * write path, the view, the central copy's import and what sync sends to each PC.
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

    /** Whether the staff member reads the message: news everyone, others their sender and recipients. */
    public static boolean maySee(UUID staffId, Collection<RoleGrant> roles, MessageAudience audience, UUID senderId,
                                 UUID recipientId) {
        return audience == MessageAudience.NEWS || staffId.equals(senderId) || staffId.equals(recipientId)
                || audience == MessageAudience.ALL_TEACHERS && isTeacher(roles);
    }
}
