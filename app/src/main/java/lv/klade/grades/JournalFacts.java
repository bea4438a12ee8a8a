package lv.klade.grades;

import java.time.LocalDate;
import java.util.UUID;

/** What grading needs to know about a journal: its year, subject, and class or group. */
record JournalFacts(UUID id, UUID yearId, LocalDate yearStarts, LocalDate yearEnds, UUID subjectId,
                    UUID classId, UUID groupId, String name) {
}
