package lv.klade.people;

import java.time.LocalDate;
import java.util.UUID;

/** A student's time in one class, from {@code starts} to {@code ends} (the last day; empty while current). */
public record Enrolment(UUID id, UUID studentId, UUID classId, LocalDate starts, LocalDate ends,
                        DirectorOrder order) {

    public boolean isCurrent() {
        return ends == null;
    }
}
