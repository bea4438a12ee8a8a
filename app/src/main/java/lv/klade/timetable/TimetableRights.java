package lv.klade.timetable;

import java.util.Set;
import java.util.UUID;

/**
 * Whose timetable a staff member may change: the administrator (and Klade itself) every class's,
 * a class tutor only the entries of their own classes, everyone else nothing.
 */
public record TimetableRights(boolean everything, Set<UUID> classes) {

    static final TimetableRights EVERYTHING = new TimetableRights(true, Set.of());
    static final TimetableRights NONE = new TimetableRights(false, Set.of());

    public TimetableRights {
        classes = Set.copyOf(classes);
    }

    /** May add and remove this class's entries, its groups' included. */
    public boolean mayEdit(UUID classId) {
        return everything || classId != null && classes.contains(classId);
    }

    /** May change anything at all, so the editor shows. */
    public boolean mayEditSomething() {
        return everything || !classes.isEmpty();
    }
}
