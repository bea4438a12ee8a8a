package lv.klade.lessons;

import java.util.Set;
import java.util.UUID;
import lv.klade.school.JournalKind;

/** What the lesson rules need of a journal: its year, kind, name and the students it teaches. */
record JournalInfo(UUID id, UUID yearId, JournalKind kind, String name, UUID classId, UUID groupId,
                   Set<UUID> students) {
}
