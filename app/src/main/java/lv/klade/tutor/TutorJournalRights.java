package lv.klade.tutor;

import java.util.Collection;
import java.util.UUID;
import lv.klade.people.Role;
import lv.klade.people.RoleGrant;

/**
 * Who writes and who sees the tutor's journals: individual conversations (001 §22) and the behaviour
 * journal (003 §19). The one statement of the rule, for the write path, the view, the central copy's
 * import (sync's rules) and what sync sends to each PC.
 */
public final class TutorJournalRights {
    private TutorJournalRights() {
    }

    /** The deputy director and the administrator see and write every class's tutor journals. */
    public static boolean office(Collection<RoleGrant> roles) {
        return roles.stream().anyMatch(g -> g.role() == Role.ADMINISTRATOR || g.role() == Role.DEPUTY_DIRECTOR);
    }

    /** The class's tutor (by the role's grant or as the class names them) or the office. */
    public static boolean tutorOrOffice(UUID staffId, Collection<RoleGrant> roles, UUID classId, UUID classTutorId) {
        return office(roles) || staffId.equals(classTutorId)
                || roles.stream().anyMatch(g -> g.role() == Role.CLASS_TUTOR && classId.equals(g.classId()));
    }

    /** Conversations with a class's students and their parents are written by its tutor or the office. */
    public static boolean mayWriteConversation(UUID staffId, Collection<RoleGrant> roles, UUID classId,
                                               UUID classTutorId) {
        return tutorOrOffice(staffId, roles, classId, classTutorId);
    }

    /**
     * A behaviour note: the tutor or the office, or a teacher of the journal the note names, for a
     * student of that journal ({@code teachesJournal}).
     */
    public static boolean mayWriteBehaviour(UUID staffId, Collection<RoleGrant> roles, UUID classId,
                                            UUID classTutorId, boolean teachesJournal) {
        return teachesJournal || tutorOrOffice(staffId, roles, classId, classTutorId);
    }

    /** An entry of either journal: its author, the class's tutor and the office; nobody else. */
    public static boolean maySee(UUID staffId, Collection<RoleGrant> roles, UUID classId, UUID classTutorId,
                                 UUID authorId) {
        return staffId.equals(authorId) || tutorOrOffice(staffId, roles, classId, classTutorId);
    }
}
