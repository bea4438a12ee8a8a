package lv.klade.school;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import lv.klade.i18n.Messages;

/**
 * What a new school year is made of: its name, its days, its two semesters and its breaks. The
 * state sets the real dates each year, so a plan is only data; {@link #latvianDefault} proposes one
 * that the administrator then corrects.
 */
public record YearPlan(String name, DateRange days, DateRange semester1, DateRange semester2,
                       List<NamedRange> breaks) {

    public YearPlan {
        breaks = List.copyOf(breaks);
    }

    /**
     * The usual Latvian pattern, all defaults in one place. For 2026/27 it gives: year 01.09.2026 –
     * 18.06.2027; semester 1 to 23.12.2026, semester 2 from 04.01.2027; autumn break 26–30.10.2026,
     * winter break 28.12.2026 – 01.01.2027, spring break 15–19.03.2027.
     * <ul>
     * <li>The year starts on 1 September ("Zinību diena"), or the first weekday after it.</li>
     * <li>It ends on the last Friday before Līgo diena (23 June): forms 9 and 12 finish earlier with
     * their exams, but their journals run to the same end.</li>
     * <li>Autumn break: the week of the last Monday in October.</li>
     * <li>Winter break: the week of the first Monday after Christmas (25 December); semester 1 ends on
     * the last weekday before Christmas Eve, semester 2 starts the Monday after the winter break.</li>
     * <li>Spring break: the week of the third Monday in March.</li>
     * </ul>
     */
    public static YearPlan latvianDefault(int startYear) {
        Messages lv = Messages.latvian();
        LocalDate starts = firstWeekdayFrom(LocalDate.of(startYear, Month.SEPTEMBER, 1));
        LocalDate ends = LocalDate.of(startYear + 1, Month.JUNE, 23).with(TemporalAdjusters.previous(DayOfWeek.FRIDAY));
        LocalDate autumn = LocalDate.of(startYear, Month.OCTOBER, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
        LocalDate winter = LocalDate.of(startYear, Month.DECEMBER, 25).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        LocalDate spring = LocalDate.of(startYear + 1, Month.MARCH, 1)
                .with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.MONDAY));
        LocalDate semester1Ends = lastWeekdayBefore(LocalDate.of(startYear, Month.DECEMBER, 24));
        return new YearPlan(yearName(startYear), new DateRange(starts, ends),
                new DateRange(starts, semester1Ends), new DateRange(winter.plusWeeks(1), ends),
                List.of(new NamedRange(lv.get("break.autumn"), week(autumn)),
                        new NamedRange(lv.get("break.winter"), week(winter)),
                        new NamedRange(lv.get("break.spring"), week(spring))));
    }

    /** "2026/27" for a year that starts in 2026. */
    public static String yearName(int startYear) {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    private static DateRange week(LocalDate monday) {
        return new DateRange(monday, monday.plusDays(4));
    }

    private static LocalDate firstWeekdayFrom(LocalDate date) {
        LocalDate day = date;
        while (LatvianHolidays.isWeekend(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static LocalDate lastWeekdayBefore(LocalDate date) {
        LocalDate day = date.minusDays(1);
        while (LatvianHolidays.isWeekend(day)) {
            day = day.minusDays(1);
        }
        return day;
    }
}
