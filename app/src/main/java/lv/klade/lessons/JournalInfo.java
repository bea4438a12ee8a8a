package lv.klade.lessons;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import lv.klade.school.DateRange;
import lv.klade.school.JournalKind;

/**
 * What the lesson rules need of a journal: its year, kind, name and the students it teaches. A class
 * journal teaches a student on the days of their enrolments in the class ({@code classDays}), so a
 * student who moved class on a day is in the old class's lessons before it and the new one's from
 * it; a group journal teaches its members ({@code students}) on every day.
 */
record JournalInfo(UUID id, UUID yearId, JournalKind kind, String name, UUID classId, UUID groupId,
                   Set<UUID> students, Map<UUID, List<DateRange>> classDays) {

    JournalInfo {
        students = Set.copyOf(students);
        classDays = Map.copyOf(classDays);
    }

    /** True when the journal teaches the student on {@code date}. */
    boolean teaches(UUID studentId, LocalDate date) {
        if (classId == null) {
            return students.contains(studentId);
        }
        return classDays.getOrDefault(studentId, List.of()).stream().anyMatch(days -> days.contains(date));
    }
}
