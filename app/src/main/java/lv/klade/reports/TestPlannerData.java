package lv.klade.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A class's test planner (pārbaudes darbu plānotājs) for a period, tests in the order printed. */
public record TestPlannerData(Heading heading, LocalDate from, LocalDate to, List<PlannedTest> tests) {

    public TestPlannerData {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        tests = List.copyOf(tests);
    }

    /** Whether a test closes a topic or covers part of one. */
    public enum Scope {
        END_OF_TOPIC, PART_OF_TOPIC;

        String key() {
            return "reports.planner.scope." + name();
        }
    }

    /** One planned test: date, subject, teacher, how many lessons it takes (1 or 2), scope and topic. */
    public record PlannedTest(LocalDate date, String subject, String teacher, int lessons, Scope scope,
            String topic) {
        public PlannedTest {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(subject, "subject");
            teacher = Objects.requireNonNullElse(teacher, "");
            if (lessons < 1 || lessons > 2) {
                throw new IllegalArgumentException("a test takes 1 or 2 lessons, not " + lessons);
            }
            Objects.requireNonNull(scope, "scope");
            topic = Objects.requireNonNullElse(topic, "");
        }
    }
}
