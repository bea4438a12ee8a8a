package lv.klade.lessons.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The tests planned for a class, as the diary shows them. The test planner lives with the grades;
 * the shell hands its tests over through this, so the diary does not depend on the grades feature.
 */
@FunctionalInterface
public interface PlannedTests {
    /** A diary without a test planner. */
    PlannedTests NONE = (classId, from, to) -> List.of();

    /** One planned test: its day, subject, length in lessons, topic and whether it is published. */
    record Line(LocalDate date, String subject, int lessons, String topic, boolean published) {
    }

    /** The class's tests from {@code from} to {@code to}, both included, by date. */
    List<Line> of(UUID classId, LocalDate from, LocalDate to);
}
