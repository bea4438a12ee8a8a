package lv.klade.lessons;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LessonStateTest {

    @ParameterizedTest(name = "{0}, filled {1}, seen {2}: {3}")
    @CsvSource(nullValues = "-", textBlock = """
            # Riga is UTC+2 in November, UTC+3 in September: 17:00 there is 15:00 or 14:00 UTC.
            2026-11-09, -,                    2026-11-09T14:59:59Z, TO_FILL
            2026-11-09, -,                    2026-11-09T15:00:00Z, TO_FILL
            2026-11-09, -,                    2026-11-09T15:00:01Z, OVERDUE
            2026-11-09, 2026-11-09T15:00:00Z, 2026-11-12T10:00:00Z, FILLED
            2026-11-09, 2026-11-09T15:00:01Z, 2026-11-12T10:00:00Z, FILLED_LATE
            2026-09-01, 2026-09-01T14:30:00Z, 2026-09-02T10:00:00Z, FILLED_LATE
            2026-09-01, 2026-09-01T13:59:00Z, 2026-09-02T10:00:00Z, FILLED
            2026-09-01, -,                    2026-09-01T14:00:01Z, OVERDUE
            """)
    void deadlineAt17RigaTimeDecidesTheState(LocalDate date, Instant filled, Instant now, LessonState state) {
        assertThat(LessonState.of(date, filled, now, LessonState.DEFAULT_DEADLINE)).isEqualTo(state);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", textBlock = """
            18:00, 18:00
            -,     17:00
            nonsense, 17:00
            """)
    void deadlineComesFromTheSchoolSettingWithADefault(String setting, LocalTime expected) {
        assertThat(LessonState.parseDeadline(setting)).isEqualTo(expected);
    }
}
