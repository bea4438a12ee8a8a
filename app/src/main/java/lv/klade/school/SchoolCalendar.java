package lv.klade.school;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The days of one school year: which are working days (for deadlines) and which are school days
 * (for lessons). Immutable. Public holidays are known for any date, so a deadline that runs past
 * the year's end is still counted correctly; the school's own days off apply wherever they fall.
 *
 * <p>A working day is a weekday that is not a public holiday, not an extra holiday and not a
 * weekday replaced by a moved working day, or a weekend day that is a moved working day. Breaks do
 * not stop working days: teachers still work in them. A school day is a working day inside the
 * year and outside every break. Each form has its own last lesson day (forms 9 and 12 learn into
 * June); semester 2 ends with it for that form, and so do its school days. A form the year names
 * no day for learns to the year's last day.
 */
public final class SchoolCalendar {
    private final SchoolYear year;
    private final List<Semester> semesters;
    private final List<SchoolBreak> breaks;
    private final Map<LocalDate, ExtraHoliday> extraHolidays;
    private final Map<LocalDate, MovedWorkingDay> workedWeekendDays;
    private final Map<LocalDate, MovedWorkingDay> replacedDays;
    private final Map<Integer, LocalDate> lastLessonDays;

    /** A calendar in which every form learns to the year's last day. */
    public SchoolCalendar(SchoolYear year, List<Semester> semesters, List<SchoolBreak> breaks,
                          List<ExtraHoliday> extraHolidays, List<MovedWorkingDay> movedWorkingDays) {
        this(year, semesters, breaks, extraHolidays, movedWorkingDays, List.of());
    }

    public SchoolCalendar(SchoolYear year, List<Semester> semesters, List<SchoolBreak> breaks,
                          List<ExtraHoliday> extraHolidays, List<MovedWorkingDay> movedWorkingDays,
                          List<FormEnd> formEnds) {
        this.year = year;
        this.semesters = semesters.stream().sorted(Comparator.comparingInt(Semester::number)).toList();
        this.breaks = breaks.stream().sorted(Comparator.comparing(SchoolBreak::starts)).toList();
        this.extraHolidays = byDate(extraHolidays, ExtraHoliday::date);
        this.workedWeekendDays = byDate(movedWorkingDays, MovedWorkingDay::workDate);
        this.replacedDays = byDate(movedWorkingDays, MovedWorkingDay::replacesDate);
        this.lastLessonDays = formEnds.stream().collect(Collectors.toUnmodifiableMap(FormEnd::form,
                FormEnd::lastDay, (a, b) -> a));
    }

    private static <T> Map<LocalDate, T> byDate(List<T> items, Function<T, LocalDate> date) {
        return items.stream().collect(Collectors.toUnmodifiableMap(date, Function.identity(), (a, b) -> a));
    }

    public SchoolYear year() {
        return year;
    }

    public List<Semester> semesters() {
        return semesters;
    }

    public List<SchoolBreak> breaks() {
        return breaks;
    }

    /** The last day with lessons for a form: its own day where the year sets one, else the year's last day. */
    public LocalDate lastLessonDay(int form) {
        return lastLessonDays.getOrDefault(form, year.ends());
    }

    /** The semesters as a form has them: the last one ends on the form's last lesson day. */
    public List<Semester> semesters(int form) {
        return semesters.stream().map(s -> s.number() == semesters.getLast().number()
                ? new Semester(s.id(), s.yearId(), s.number(), s.starts(), lastLessonDay(form)) : s).toList();
    }

    /** The semester a date falls in, if any, by the school's semesters (the longest forms' dates). */
    public Optional<Semester> semesterOf(LocalDate date) {
        return semesters.stream().filter(s -> s.range().contains(date)).findFirst();
    }

    public boolean isPublicHoliday(LocalDate date) {
        return LatvianHolidays.on(date).isPresent();
    }

    /** True for a day that counts in working-day deadlines; breaks do not matter here. */
    public boolean isWorkingDay(LocalDate date) {
        if (workedWeekendDays.containsKey(date)) {
            return true;
        }
        return !LatvianHolidays.isWeekend(date) && !isPublicHoliday(date)
                && !extraHolidays.containsKey(date) && !replacedDays.containsKey(date);
    }

    /** True for a day with lessons: a working day inside the year and outside every break. */
    public boolean isSchoolDay(LocalDate date) {
        return dayOffReason(date).isEmpty();
    }

    /** True for a day with lessons for a form: a school day no later than the form's last lesson day. */
    public boolean isSchoolDay(LocalDate date, int form) {
        return dayOffReason(date, form).isEmpty();
    }

    /** Why a form has no lessons on a date: as {@link #dayOffReason(LocalDate)}, or its lessons are over. */
    public Optional<DayOff> dayOffReason(LocalDate date, int form) {
        Optional<DayOff> reason = dayOffReason(date);
        if (reason.isPresent() || !date.isAfter(lastLessonDay(form))) {
            return reason;
        }
        return Optional.of(new DayOff.LessonsOver(form, lastLessonDay(form)));
    }

    /**
     * Why a date has no lessons, or empty for a school day. A public holiday is named before an
     * extra holiday, a replaced weekday or a weekend; a break or being outside the year comes last,
     * as the most general reason.
     */
    public Optional<DayOff> dayOffReason(LocalDate date) {
        Optional<PublicHoliday> holiday = LatvianHolidays.on(date);
        if (holiday.isPresent() && !workedWeekendDays.containsKey(date)) {
            return Optional.of(new DayOff.Holiday(holiday.get()));
        }
        if (extraHolidays.containsKey(date)) {
            return Optional.of(new DayOff.Extra(extraHolidays.get(date)));
        }
        if (replacedDays.containsKey(date)) {
            return Optional.of(new DayOff.Replaced(replacedDays.get(date)));
        }
        if (LatvianHolidays.isWeekend(date) && !workedWeekendDays.containsKey(date)) {
            return Optional.of(new DayOff.Weekend(date.getDayOfWeek()));
        }
        if (!year.range().contains(date)) {
            return Optional.of(new DayOff.OutsideYear(date));
        }
        return breaks.stream().filter(b -> b.range().contains(date)).findFirst().map(DayOff.Break::new);
    }

    /**
     * The {@code n}-th working day after {@code from}; {@code from} itself never counts, and
     * {@code n == 0} returns {@code from} unchanged.
     */
    public LocalDate plusWorkingDays(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate day = from;
        for (int left = n; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * The number of working days in {@code (a, b]}: after {@code a}, up to and including {@code b}.
     * So {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n}; it is 0 when {@code b <= a}.
     */
    public int workingDaysBetween(LocalDate a, LocalDate b) {
        int count = 0;
        for (LocalDate day = a.plusDays(1); !day.isAfter(b); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The school days of the year, in order. */
    public List<LocalDate> schoolDays() {
        return year.starts().datesUntil(year.ends().plusDays(1)).filter(this::isSchoolDay).toList();
    }
}
