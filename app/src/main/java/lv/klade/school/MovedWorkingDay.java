package lv.klade.school;

import java.time.LocalDate;
import java.util.UUID;

/** A weekend day worked instead of a weekday: {@code workDate} is worked, {@code replacesDate} is off. */
public record MovedWorkingDay(UUID id, UUID yearId, LocalDate workDate, LocalDate replacesDate) {
}
