package lv.klade.grades;

import java.util.List;
import java.util.UUID;

/** A subject (its journal) in which a student still has no grade for some of the year's periods. */
public record MissingGrades(UUID journalId, String subject, List<YearPeriod> periods) {

    public MissingGrades {
        periods = List.copyOf(periods);
    }
}
