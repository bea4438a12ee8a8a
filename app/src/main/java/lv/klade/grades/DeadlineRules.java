package lv.klade.grades;

import java.util.Map;

/**
 * When grades are due. Kinds in {@code workingDays} are due that many working days after the work;
 * a monthly attestation by the last working day of its month; semester (and interim) grades
 * {@code daysBeforeSemesterEnd} working days before the semester's last day, year grades as many
 * before the year's last day. A kind with none of these has no deadline.
 */
public record DeadlineRules(Map<GradeKind, Integer> workingDays, int daysBeforeSemesterEnd) {

    public DeadlineRules {
        workingDays = Map.copyOf(workingDays);
        if (daysBeforeSemesterEnd < 0) {
            throw new IllegalArgumentException("Days before the semester's end are not negative");
        }
    }
}
