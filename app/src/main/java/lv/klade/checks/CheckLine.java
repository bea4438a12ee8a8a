package lv.klade.checks;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One finding of the checks: its kind, the day it concerns, the journal it opens (null for a class's
 * finding such as its transcripts), the class, the teacher answerable, what it names ("7.a Matemātika")
 * and the values its text fills in.
 */
public record CheckLine(CheckKind kind, LocalDate date, UUID journalId, UUID classId, UUID teacherId, String names,
                        List<Object> details) {

    public CheckLine {
        details = List.copyOf(details);
    }
}
