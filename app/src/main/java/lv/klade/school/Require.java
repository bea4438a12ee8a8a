package lv.klade.school;

import java.time.LocalDate;
import lv.klade.i18n.UserError;

/** Small checks shared by the school services; each failure names a message that says what to do. */
final class Require {
    private Require() {
    }

    static String text(String value, String key, Object... args) {
        if (value == null || value.isBlank()) {
            throw UserError.of(key, args);
        }
        return value.strip();
    }

    static DateRange ordered(DateRange range) {
        if (!range.isOrdered()) {
            throw UserError.of("range.endsBeforeStart", range.starts(), range.ends());
        }
        return range;
    }

    static void insideYear(SchoolYear year, DateRange range) {
        ordered(range);
        if (!year.range().contains(range)) {
            throw UserError.of("range.outsideYear", range.starts(), range.ends(), year.name(), year.starts(),
                    year.ends());
        }
    }

    static void insideYear(SchoolYear year, LocalDate date) {
        insideYear(year, new DateRange(date, date));
    }

    /** Blank optional text is stored as no value. */
    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
