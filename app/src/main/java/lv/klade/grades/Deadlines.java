package lv.klade.grades;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import lv.klade.i18n.Messages;
import lv.klade.school.SchoolCalendar;
import lv.klade.school.Semester;

/**
 * The day each grade is due by, counted on the school's calendar: working days skip weekends and
 * holidays but not breaks (teachers work in them). A grade entered any time on its due day (Riga
 * time) is on time. Semester 2 and year grades follow the journal's form: its semester ends with the
 * form's last lesson day, which is in May for most forms and in June for forms 9 and 12.
 */
public final class Deadlines {
    private final DeadlineRules rules;

    public Deadlines(DeadlineRules rules) {
        this.rules = rules;
    }

    /**
     * The due day of a grade of this kind for work done on {@code workDate} in a journal of {@code form}
     * (0 when it has none: the year's last day counts); empty: no deadline.
     */
    public Optional<LocalDate> due(GradeKind kind, LocalDate workDate, int form, SchoolCalendar calendar) {
        Integer days = rules.workingDays().get(kind);
        if (days != null) {
            return Optional.of(calendar.plusWorkingDays(workDate, days));
        }
        return switch (kind) {
            case MONTHLY_ATTESTATION -> Optional.of(lastWorkingDayOfMonth(workDate, calendar));
            // A semester grade is dated by the school's semester; its form's semester may end sooner.
            case SEMESTER, SEMESTER_INTERIM -> calendar.semesterOf(workDate)
                    .flatMap(s -> calendar.semesters(form).stream().filter(f -> f.number() == s.number()).findFirst())
                    .map(Semester::ends).map(end -> beforeEnd(end, calendar));
            case YEAR -> Optional.of(beforeEnd(calendar.lastLessonDay(form), calendar));
            default -> Optional.empty();
        };
    }

    /** Whether a grade entered at {@code entered} met its deadline. */
    public Timeliness check(GradeKind kind, LocalDate workDate, int form, Instant entered, SchoolCalendar calendar) {
        Optional<LocalDate> due = due(kind, workDate, form, calendar);
        LocalDate enteredOn = entered.atZone(Messages.RIGA).toLocalDate();
        if (due.isEmpty() || !enteredOn.isAfter(due.get())) {
            return new Timeliness.OnTime(due);
        }
        return new Timeliness.Late(due, Math.max(1, calendar.workingDaysBetween(due.get(), enteredOn)));
    }

    private static LocalDate lastWorkingDayOfMonth(LocalDate date, SchoolCalendar calendar) {
        LocalDate day = YearMonth.from(date).atEndOfMonth();
        while (!calendar.isWorkingDay(day) && day.getMonth() == date.getMonth() && day.getDayOfMonth() > 1) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** The working day {@code n} working days before {@code end} (or {@code end} itself when n is 0). */
    private LocalDate beforeEnd(LocalDate end, SchoolCalendar calendar) {
        LocalDate day = end;
        for (int left = rules.daysBeforeSemesterEnd(); left > 0; ) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }
}
