package lv.klade.timetable;

import java.util.Set;
import java.util.UUID;

/**
 * Whose timetable a staff member may change: the administrator (and Klade itself) every class's,
 * a class tutor only the entries of their own classes, everyone else nothing. Teachers' absences
 * and their substitutes ({@code substitutes}) are the deputy director's and the administrator's.
 */
public record TimetableRights(boolean everything, Set<UUID> classes, boolean substitutes) {

    static final TimetableRights EVERYTHING = new TimetableRights(true, Set.of(), true);
    static final TimetableRights NONE = new TimetableRights(false, Set.of(), false);

    public TimetableRights {
        classes = Set.copyOf(classes);
    }

    /** May add and remove this class's entries, its groups' included. */
    public boolean mayEdit(UUID classId) {
        return everything || classId != null && classes.contains(classId);
    }

    /** May record teachers' absences and give their lessons to substitutes. */
    public boolean mayArrangeSubstitutes() {
        return everything || substitutes;
    }

    /** May change anything at all, so the editor shows. */
    public boolean mayEditSomething() {
        return everything || !classes.isEmpty();
    }
}
