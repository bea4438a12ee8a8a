package lv.klade.school;

import java.time.LocalDate;
import java.util.List;
import lv.klade.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LatvianHolidaysTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            2024-01-01, NEW_YEAR, false
            2024-03-29, GOOD_FRIDAY, false
            2024-03-31, EASTER_SUNDAY, false
            2024-04-01, EASTER_MONDAY, false
            2024-05-01, LABOUR_DAY, false
            2024-05-04, INDEPENDENCE_RESTORATION, false
            2024-05-06, INDEPENDENCE_RESTORATION, true
            2024-06-23, MIDSUMMER_EVE, false
            2024-06-24, MIDSUMMER_DAY, false
            2024-11-18, PROCLAMATION_DAY, false
            2024-12-24, CHRISTMAS_EVE, false
            2024-12-25, CHRISTMAS_DAY, false
            2024-12-26, SECOND_CHRISTMAS_DAY, false
            2024-12-31, NEW_YEARS_EVE, false
            2025-01-01, NEW_YEAR, false
            2025-04-18, GOOD_FRIDAY, false
            2025-04-20, EASTER_SUNDAY, false
            2025-04-21, EASTER_MONDAY, false
            2025-05-01, LABOUR_DAY, false
            2025-05-04, INDEPENDENCE_RESTORATION, false
            2025-05-05, INDEPENDENCE_RESTORATION, true
            2025-06-23, MIDSUMMER_EVE, false
            2025-06-24, MIDSUMMER_DAY, false
            2025-11-18, PROCLAMATION_DAY, false
            2025-12-24, CHRISTMAS_EVE, false
            2025-12-25, CHRISTMAS_DAY, false
            2025-12-26, SECOND_CHRISTMAS_DAY, false
            2025-12-31, NEW_YEARS_EVE, false
            2026-01-01, NEW_YEAR, false
            2026-04-03, GOOD_FRIDAY, false
            2026-04-05, EASTER_SUNDAY, false
            2026-04-06, EASTER_MONDAY, false
            2026-05-01, LABOUR_DAY, false
            2026-05-04, INDEPENDENCE_RESTORATION, false
            2026-06-23, MIDSUMMER_EVE, false
            2026-06-24, MIDSUMMER_DAY, false
            2026-11-18, PROCLAMATION_DAY, false
            2026-12-24, CHRISTMAS_EVE, false
            2026-12-25, CHRISTMAS_DAY, false
            2026-12-26, SECOND_CHRISTMAS_DAY, false
            2026-12-31, NEW_YEARS_EVE, false
            2027-01-01, NEW_YEAR, false
            2027-03-26, GOOD_FRIDAY, false
            2027-03-28, EASTER_SUNDAY, false
            2027-03-29, EASTER_MONDAY, false
            2027-05-01, LABOUR_DAY, false
            2027-05-04, INDEPENDENCE_RESTORATION, false
            2027-06-23, MIDSUMMER_EVE, false
            2027-06-24, MIDSUMMER_DAY, false
            2027-11-18, PROCLAMATION_DAY, false
            2027-12-24, CHRISTMAS_EVE, false
            2027-12-25, CHRISTMAS_DAY, false
            2027-12-26, SECOND_CHRISTMAS_DAY, false
            2027-12-31, NEW_YEARS_EVE, false
            2028-01-01, NEW_YEAR, false
            2028-04-14, GOOD_FRIDAY, false
            2028-04-16, EASTER_SUNDAY, false
            2028-04-17, EASTER_MONDAY, false
            2028-05-01, LABOUR_DAY, false
            2028-05-04, INDEPENDENCE_RESTORATION, false
            2028-06-23, MIDSUMMER_EVE, false
            2028-06-24, MIDSUMMER_DAY, false
            2028-11-18, PROCLAMATION_DAY, false
            2028-11-20, PROCLAMATION_DAY, true
            2028-12-24, CHRISTMAS_EVE, false
            2028-12-25, CHRISTMAS_DAY, false
            2028-12-26, SECOND_CHRISTMAS_DAY, false
            2028-12-31, NEW_YEARS_EVE, false
            2029-01-01, NEW_YEAR, false
            2029-03-30, GOOD_FRIDAY, false
            2029-04-01, EASTER_SUNDAY, false
            2029-04-02, EASTER_MONDAY, false
            2029-05-01, LABOUR_DAY, false
            2029-05-04, INDEPENDENCE_RESTORATION, false
            2029-06-23, MIDSUMMER_EVE, false
            2029-06-24, MIDSUMMER_DAY, false
            2029-11-18, PROCLAMATION_DAY, false
            2029-11-19, PROCLAMATION_DAY, true
            2029-12-24, CHRISTMAS_EVE, false
            2029-12-25, CHRISTMAS_DAY, false
            2029-12-26, SECOND_CHRISTMAS_DAY, false
            2029-12-31, NEW_YEARS_EVE, false
            2030-01-01, NEW_YEAR, false
            2030-04-19, GOOD_FRIDAY, false
            2030-04-21, EASTER_SUNDAY, false
            2030-04-22, EASTER_MONDAY, false
            2030-05-01, LABOUR_DAY, false
            2030-05-04, INDEPENDENCE_RESTORATION, false
            2030-05-06, INDEPENDENCE_RESTORATION, true
            2030-06-23, MIDSUMMER_EVE, false
            2030-06-24, MIDSUMMER_DAY, false
            2030-11-18, PROCLAMATION_DAY, false
            2030-12-24, CHRISTMAS_EVE, false
            2030-12-25, CHRISTMAS_DAY, false
            2030-12-26, SECOND_CHRISTMAS_DAY, false
            2030-12-31, NEW_YEARS_EVE, false
            """)
    void everyPublicHolidayFrom2024To2030IsKnown(LocalDate date, HolidayKind kind, boolean moved) {
        assertThat(LatvianHolidays.of(date.getYear())).contains(new PublicHoliday(date, kind, moved));
        assertThat(LatvianHolidays.on(date)).contains(new PublicHoliday(date, kind, moved));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2024, 14
            2025, 14
            2026, 13
            2027, 13
            2028, 14
            2029, 14
            2030, 14
            """)
    void aYearHasNoOtherHolidaysThanTheTable(int year, int count) {
        assertThat(LatvianHolidays.of(year)).hasSize(count);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2024, 2024-03-31
            2025, 2025-04-20
            2026, 2026-04-05
            2027, 2027-03-28
            2028, 2028-04-16
            2029, 2029-04-01
            2030, 2030-04-21
            2038, 2038-04-25
            2285, 2285-03-22
            """)
    void easterSundayFollowsTheGregorianComputus(int year, LocalDate easter) {
        assertThat(LatvianHolidays.easterSunday(year)).isEqualTo(easter);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2024-05-04, 2024-05-06
            2023-11-18, 2023-11-20
            2025-05-04, 2025-05-05
            2028-11-18, 2028-11-20
            2029-11-18, 2029-11-19
            """)
    void aHolidayOnTheWeekendMovesTheDayOffToMonday(LocalDate holiday, LocalDate monday) {
        assertThat(LatvianHolidays.on(monday)).hasValueSatisfying(moved -> {
            assertThat(moved.moved()).isTrue();
            assertThat(moved.kind()).isEqualTo(LatvianHolidays.on(holiday).orElseThrow().kind());
        });
    }

    @Test
    void holidaysOfAYearAreSortedByDate() {
        List<LocalDate> dates = LatvianHolidays.of(2028).stream().map(PublicHoliday::date).toList();

        assertThat(dates).isSorted();
    }

    @Test
    void anOrdinaryWeekdayIsNoHoliday() {
        assertThat(LatvianHolidays.on(LocalDate.of(2026, 5, 5))).isEmpty();
    }

    @Test
    void aMovedDayIsNamedAfterItsHolidayInLatvianAndEnglish() {
        PublicHoliday moved = LatvianHolidays.on(LocalDate.of(2024, 5, 6)).orElseThrow();

        assertThat(moved.name(Messages.latvian()))
                .isEqualTo("Pārceltā brīvdiena (Latvijas Republikas Neatkarības atjaunošanas diena)");
        assertThat(moved.name(new Messages(Messages.ENGLISH)))
                .isEqualTo("Day off moved from the weekend (Restoration of Independence of the Republic of Latvia)");
    }

    @Test
    void everyHolidayKindHasANameInBothLanguages() {
        for (HolidayKind kind : HolidayKind.values()) {
            assertThat(Messages.latvian().get(kind.key())).doesNotStartWith("!");
            assertThat(new Messages(Messages.ENGLISH).get(kind.key())).doesNotStartWith("!");
        }
    }
}
