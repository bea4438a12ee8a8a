package lv.klade.grades;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One step of a grade's history: when, by whom (null: Klade itself), what happened ("insert",
 * "update", "delete"), and the mark or note it set, when it set one.
 */
public record GradeChange(Instant at, UUID by, String operation, Optional<Grade> mark, Optional<String> note) {
}
