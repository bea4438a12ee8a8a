package lv.klade.grades;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lv.klade.school.DateRange;

/**
 * Who learns in one journal on which days. A class journal's students are those enrolled in the
 * class on the day, so a student who moved on day D learns in the old class's journals before D and
 * in the new class's from D; a group's members learn in its journal on every day.
 */
record Membership(Map<UUID, List<DateRange>> days) {
    Membership {
        days = Map.copyOf(days);
    }

    boolean learnsOn(UUID studentId, LocalDate day) {
        return DateRange.anyContains(days.getOrDefault(studentId, List.of()), day);
    }

    /** The students who learn in the journal on at least one of the given days. */
    Set<UUID> during(DateRange range) {
        return days.entrySet().stream().filter(e -> DateRange.anyOverlaps(e.getValue(), range))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }
}
