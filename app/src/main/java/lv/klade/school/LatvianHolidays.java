package lv.klade.school;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Latvian public holidays (the law "Par svētku, atceres un atzīmējamām dienām"), for any year:
 * fixed days, Easter by the Gregorian computus, and the Monday off when 4 May or 18 November
 * falls on a Saturday or Sunday.
 */
public final class LatvianHolidays {
    private static final Map<MonthDay, HolidayKind> FIXED = Map.ofEntries(
            Map.entry(MonthDay.of(1, 1), HolidayKind.NEW_YEAR),
            Map.entry(MonthDay.of(5, 1), HolidayKind.LABOUR_DAY),
            Map.entry(MonthDay.of(5, 4), HolidayKind.INDEPENDENCE_RESTORATION),
            Map.entry(MonthDay.of(6, 23), HolidayKind.MIDSUMMER_EVE),
            Map.entry(MonthDay.of(6, 24), HolidayKind.MIDSUMMER_DAY),
            Map.entry(MonthDay.of(11, 18), HolidayKind.PROCLAMATION_DAY),
            Map.entry(MonthDay.of(12, 24), HolidayKind.CHRISTMAS_EVE),
            Map.entry(MonthDay.of(12, 25), HolidayKind.CHRISTMAS_DAY),
            Map.entry(MonthDay.of(12, 26), HolidayKind.SECOND_CHRISTMAS_DAY),
            Map.entry(MonthDay.of(12, 31), HolidayKind.NEW_YEARS_EVE));
    private static final List<HolidayKind> MOVABLE_TO_MONDAY =
            List.of(HolidayKind.INDEPENDENCE_RESTORATION, HolidayKind.PROCLAMATION_DAY);

    // Deadline arithmetic asks about single days many times; a year's holidays are computed once.
    private static final Map<Integer, Map<LocalDate, PublicHoliday>> BY_YEAR = new ConcurrentHashMap<>();

    private LatvianHolidays() {
    }

    /** The public holidays of a year, sorted by date. */
    public static List<PublicHoliday> of(int year) {
        return List.copyOf(byDate(year).values());
    }

    /** The public holiday on a date, if it is one. */
    public static Optional<PublicHoliday> on(LocalDate date) {
        return Optional.ofNullable(byDate(date.getYear()).get(date));
    }

    /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static Map<LocalDate, PublicHoliday> byDate(int year) {
        return BY_YEAR.computeIfAbsent(year, LatvianHolidays::compute);
    }

    private static Map<LocalDate, PublicHoliday> compute(int year) {
        List<PublicHoliday> days = new ArrayList<>();
        FIXED.forEach((monthDay, kind) -> days.add(new PublicHoliday(monthDay.atYear(year), kind, false)));
        LocalDate easter = easterSunday(year);
        days.add(new PublicHoliday(easter.minusDays(2), HolidayKind.GOOD_FRIDAY, false));
        days.add(new PublicHoliday(easter, HolidayKind.EASTER_SUNDAY, false));
        days.add(new PublicHoliday(easter.plusDays(1), HolidayKind.EASTER_MONDAY, false));
        for (PublicHoliday day : List.copyOf(days)) {
            if (MOVABLE_TO_MONDAY.contains(day.kind()) && isWeekend(day.date())) {
                LocalDate monday = day.date().plusDays(day.date().getDayOfWeek() == DayOfWeek.SATURDAY ? 2 : 1);
                days.add(new PublicHoliday(monday, day.kind(), true));
            }
        }
        return days.stream()
                .sorted(Comparator.comparing(PublicHoliday::date))
                .collect(Collectors.toMap(PublicHoliday::date, Function.identity(), (x, y) -> x,
                        LinkedHashMap::new));
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
