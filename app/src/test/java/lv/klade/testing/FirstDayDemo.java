package lv.klade.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import lv.klade.demo.DemoSchool;

/**
 * The demo school on its first school day: the school, its people, journals and timetable, but no
 * term of lessons and grades yet. For tests that need a realistic school and make their own entries.
 */
public final class FirstDayDemo {
    /** 1 September 2026, the demo year's first day. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2026, 9, 1);

    private FirstDayDemo() {
    }

    /** Creates it at {@code file} from the default seed. */
    public static void create(Path file, int students, Clock clock) {
        DemoSchool.create(file, students, DemoSchool.DEFAULT_SEED, clock, FIRST_DAY);
    }
}
