package lv.klade.school;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lv.klade.i18n.Messages;

/**
 * What a new school year is made of: its name, its days, its two semesters, its breaks and each form's
 * last lesson day. The state sets the real dates each year, so a plan is only data;
 * {@link #latvianDefault} proposes one that the administrator then corrects.
 *
 * @param days           from the first day to the last lesson day of the form that learns longest
 * @param semester2      to the same last day; for each form it ends on that form's last lesson day
 * @param lastLessonDays each form (1–12) to its last lesson day, inside semester 2
 */
public record YearPlan(String name, DateRange days, DateRange semester1, DateRange semester2,
                       List<NamedRange> breaks, Map<Integer, LocalDate> lastLessonDays) {

    public YearPlan {
        breaks = List.copyOf(breaks);
        lastLessonDays = Map.copyOf(lastLessonDays);
    }

    /**
     * The pattern of the Cabinet's regulations on the school year's start and end, semesters and breaks
     * (Ministru kabineta noteikumi par mācību gada sākuma un beigu laiku, semestru laiku un brīvdienām),
     * all defaults in one place. It gives the regulations' dates for 2023/24 to 2026/27, e.g. for 2026/27:
     * year from 01.09.2026; semester 1 to 18.12.2026, semester 2 from 04.01.2027; forms 1–8 and 10–11 learn
     * to 31.05.2027, form 9 to 11.06.2027, form 12 to 18.06.2027; autumn break 19–23.10.2026, winter break
     * 21.12.2026 – 01.01.2027, spring break 08–12.03.2027.
     * <ul>
     * <li>The year starts on 1 September ("Zinību diena"), or the first weekday after it.</li>
     * <li>Autumn break: Monday to Friday from the first Monday on or after 19 October.</li>
     * <li>Winter break: two weeks, Monday to Friday, from the first Monday on or after 20 December;
     * semester 1 ends on the Friday before it, semester 2 starts the Monday after it.</li>
     * <li>Spring break: Monday to Friday from the second Monday in March.</li>
     * <li>Forms 1–8 and 10–11 learn until 31 May, or the last weekday before it; form 9 until the second
     * Friday in June and form 12 until the third, for their exams. The year ends with form 12.</li>
     * </ul>
     */
    public static YearPlan latvianDefault(int startYear) {
        Messages lv = Messages.latvian();
        LocalDate starts = firstWeekdayFrom(LocalDate.of(startYear, Month.SEPTEMBER, 1));
        LocalDate autumn = LocalDate.of(startYear, Month.OCTOBER, 19).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate winter = LocalDate.of(startYear, Month.DECEMBER, 20).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate spring = LocalDate.of(startYear + 1, Month.MARCH, 1)
                .with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.MONDAY));
        LocalDate june = LocalDate.of(startYear + 1, Month.JUNE, 1);
        LocalDate most = lastWeekdayFrom(LocalDate.of(startYear + 1, Month.MAY, 31));
        LocalDate form9 = june.with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.FRIDAY));
        LocalDate form12 = june.with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.FRIDAY));
        Map<Integer, LocalDate> lastDays = new TreeMap<>();
        for (int form = SchoolClass.FIRST_FORM; form <= SchoolClass.LAST_FORM; form++) {
            lastDays.put(form, form == 9 ? form9 : form == 12 ? form12 : most);
        }
        return new YearPlan(yearName(startYear), new DateRange(starts, form12),
                new DateRange(starts, winter.minusDays(3)), new DateRange(winter.plusWeeks(2), form12),
                List.of(new NamedRange(lv.get("break.autumn"), new DateRange(autumn, autumn.plusDays(4))),
                        new NamedRange(lv.get("break.winter"), new DateRange(winter, winter.plusDays(11))),
                        new NamedRange(lv.get("break.spring"), new DateRange(spring, spring.plusDays(4)))),
                lastDays);
    }

    /** The last lesson day of a form; the year's last day for a form the plan does not name. */
    public LocalDate lastLessonDay(int form) {
        return lastLessonDays.getOrDefault(form, days.ends());
    }

    /** "2026/27" for a year that starts in 2026. */
    public static String yearName(int startYear) {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    private static LocalDate firstWeekdayFrom(LocalDate date) {
        LocalDate day = date;
        while (LatvianHolidays.isWeekend(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static LocalDate lastWeekdayFrom(LocalDate date) {
        LocalDate day = date;
        while (LatvianHolidays.isWeekend(day)) {
            day = day.minusDays(1);
        }
        return day;
    }
}
