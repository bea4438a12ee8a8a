package lv.klade.grades;

import java.util.Map;
import java.util.Set;

/**
 * When grades are due. Kinds in {@code workingDays} are due that many working days after the work,
 * kinds in {@code byNextLesson} by the journal's next lesson; a monthly attestation by the last
 * working day of its month; semester (and interim) grades {@code daysBeforeSemesterEnd} working
 * days before the semester's last day, year grades as many before the year's last day. A kind with
 * none of these has no deadline. Monthly transcripts are due on day {@code transcriptDay} of the
 * next month.
 */
public record DeadlineRules(Map<GradeKind, Integer> workingDays, Set<GradeKind> byNextLesson,
                            int daysBeforeSemesterEnd, int transcriptDay) {

    public DeadlineRules {
        workingDays = Map.copyOf(workingDays);
        byNextLesson = Set.copyOf(byNextLesson);
        if (daysBeforeSemesterEnd < 0) {
            throw new IllegalArgumentException("Days before the semester's end are not negative");
        }
        if (transcriptDay < 1 || transcriptDay > 28) {
            throw new IllegalArgumentException("A transcript day is a day of every month: " + transcriptDay);
        }
    }
}
