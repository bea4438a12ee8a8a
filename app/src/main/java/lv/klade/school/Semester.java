package lv.klade.school;

import java.time.LocalDate;
import java.util.UUID;

/** One of a school year's two semesters. */
public record Semester(UUID id, UUID yearId, int number, LocalDate starts, LocalDate ends) {

    public DateRange range() {
        return new DateRange(starts, ends);
    }
}
