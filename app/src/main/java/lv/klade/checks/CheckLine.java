package lv.klade.checks;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One thing the deputy director should look at: its kind, the day it is about, the journal it opens
 * (null for a class's absences: {@code classId} then), the teacher, and what in words.
 */
public record CheckLine(CheckKind kind, LocalDate date, UUID journalId, UUID classId, String journal,
                        String teacher, String detail) {
}
