package lv.klade.grades;

import java.time.Instant;
import java.util.UUID;

/** A grade with the moment and person that entered it, for bulk writes of history (the demo school, imports). */
public record EnteredGrade(NewGrade grade, Instant at, UUID by) {
}
