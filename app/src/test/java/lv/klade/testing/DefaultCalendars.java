package lv.klade.testing;

import java.util.List;
import java.util.UUID;
import lv.klade.school.ExtraHoliday;
import lv.klade.school.FormEnd;
import lv.klade.school.MovedWorkingDay;
import lv.klade.school.SchoolBreak;
import lv.klade.school.SchoolCalendar;
import lv.klade.school.SchoolYear;
import lv.klade.school.Semester;
import lv.klade.school.YearPlan;

/** The calendar {@link YearPlan#latvianDefault} makes, without a journal: for tests of dates and deadlines. */
public final class DefaultCalendars {
    private DefaultCalendars() {
    }

    public static SchoolCalendar of(int startYear) {
        return of(startYear, UUID.randomUUID(), List.of(), List.of());
    }

    /** With the year's key, for extra holidays and moved working days of the same year. */
    public static SchoolCalendar of(int startYear, UUID yearId, List<ExtraHoliday> extra, List<MovedWorkingDay> moved) {
        YearPlan plan = YearPlan.latvianDefault(startYear);
        SchoolYear year = new SchoolYear(yearId, UUID.randomUUID(), plan.name(), plan.days().starts(),
                plan.days().ends(), true);
        return new SchoolCalendar(year,
                List.of(new Semester(UUID.randomUUID(), yearId, 1, plan.semester1().starts(), plan.semester1().ends()),
                        new Semester(UUID.randomUUID(), yearId, 2, plan.semester2().starts(), plan.semester2().ends())),
                plan.breaks().stream()
                        .map(b -> new SchoolBreak(UUID.randomUUID(), yearId, b.name(), b.range().starts(), b.range().ends()))
                        .toList(),
                extra, moved,
                plan.lastLessonDays().entrySet().stream()
                        .map(e -> new FormEnd(UUID.randomUUID(), yearId, e.getKey(), e.getValue())).toList());
    }
}
