package lv.klade.timetable;

import java.time.LocalDate;
import java.util.UUID;

/** A planned lesson of an absent teacher given to a substitute, by the director's order when there is one. */
public record SubstituteAssignment(UUID id, LocalDate date, int period, UUID journalId, UUID absentTeacherId,
                                   UUID substituteId, String orderNo, LocalDate orderDate) {
}
