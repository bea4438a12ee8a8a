package lv.klade.school;

import java.time.LocalDate;
import java.util.UUID;

/** A school year such as "2026/27"; one year of a school is the current one. */
public record SchoolYear(UUID id, UUID schoolId, String name, LocalDate starts, LocalDate ends, boolean current) {

    public DateRange range() {
        return new DateRange(starts, ends);
    }
}
