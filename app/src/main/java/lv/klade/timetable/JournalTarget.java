package lv.klade.timetable;

import java.util.Set;
import java.util.UUID;

/**
 * Whom a journal teaches, for clash checks: a whole class ({@code classId}), or a group
 * ({@code groupId}, of class {@code groupClassId}, or of several classes when that is null); with
 * the students it reaches.
 */
record JournalTarget(UUID id, UUID yearId, String name, UUID classId, UUID groupId, UUID groupClassId,
                     Set<UUID> students) {

    /** The class the journal belongs to as a whole or through a one-class group; null for a combined group. */
    UUID ownerClass() {
        return classId != null ? classId : groupClassId;
    }
}
