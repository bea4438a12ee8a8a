package lv.klade.grades;

import java.util.UUID;

/** A test planner entry; {@code plannedBy} is null when Klade itself made it. */
public record PlannedTest(UUID id, TestPlan plan, TestState state, UUID plannedBy) {

    public boolean published() {
        return state == TestState.PUBLISHED;
    }
}
