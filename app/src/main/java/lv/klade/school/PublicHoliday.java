package lv.klade.school;

import java.time.LocalDate;
import java.util.Objects;
import lv.klade.i18n.Messages;

/**
 * A public holiday on a date. {@code moved} marks the Monday that is off because 4 May or
 * 18 November fell on a weekend; its kind is the holiday it stands in for.
 */
public record PublicHoliday(LocalDate date, HolidayKind kind, boolean moved) {

    public PublicHoliday {
        Objects.requireNonNull(date);
        Objects.requireNonNull(kind);
    }

    /** The holiday's name in the messages' language. */
    public String name(Messages messages) {
        String name = messages.get(kind.key());
        return moved ? messages.get("holiday.moved", name) : name;
    }
}
