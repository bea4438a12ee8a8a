package lv.klade.lessons;

import java.time.LocalDate;
import java.util.UUID;

/** An unjustified absence on the class tutor's list: whose, which lesson, which code. */
public record AbsenceToJustify(UUID markId, UUID studentId, String studentName, LocalDate date, Integer period,
                               String journalName, String code) {
}
