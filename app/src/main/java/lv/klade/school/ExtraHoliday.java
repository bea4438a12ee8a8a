package lv.klade.school;

import java.time.LocalDate;
import java.util.UUID;

/** A one-off day off that the state or the school declares, on top of the public holidays. */
public record ExtraHoliday(UUID id, UUID yearId, LocalDate date, String name) {
}
