package lv.klade.lessons;

import java.util.UUID;

/**
 * A student's absences in one month (justified, unjustified lessons) and in that month's semester;
 * {@code flagged} when the semester's unjustified lessons pass the school's limit (default 20).
 */
public record AbsenceSummary(UUID studentId, String studentName, int justified, int unjustified,
                             int unjustifiedInSemester, boolean flagged) {
}
