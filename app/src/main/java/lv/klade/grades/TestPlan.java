package lv.klade.grades;

import java.time.LocalDate;
import java.util.UUID;

/** What a teacher plans: a test of a class in a journal on a date, 1 or 2 lessons long, its scope and topic. */
public record TestPlan(UUID classId, UUID journalId, LocalDate date, int lessons, TestScope scope, String topic) {
}
