package lv.klade.school;

import java.time.LocalDate;
import java.util.UUID;

/** A school break ("brīvlaiks"): no lessons, though teachers still work. */
public record SchoolBreak(UUID id, UUID yearId, String name, LocalDate starts, LocalDate ends) {

    public DateRange range() {
        return new DateRange(starts, ends);
    }
}
