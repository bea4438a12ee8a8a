package lv.klade.grades;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import lv.klade.i18n.Messages;
import lv.klade.school.SchoolCalendar;
import lv.klade.school.Semester;

/**
 * The day each grade is due by, counted on the school's calendar: working days skip weekends and
 * holidays but not breaks (teachers work in them). A grade entered any time on its due day (Riga
 * time) is on time. A kind due by the next lesson is due on the day of the journal's next lesson
 * that was held; until there is one it is not yet due. Semester 2 and year grades follow the
 * journal's form: its semester ends with the form's last lesson day, which is in May for most forms
 * and in June for forms 9 and 12.
 */
public final class Deadlines {
    private final DeadlineRules rules;
    private final NavigableSet<LocalDate> lessonDays;

    public Deadlines(DeadlineRules rules) {
        this(rules, new TreeSet<>());
    }

    /** {@code lessonDays}: the days the journal held lessons, for the kinds due by the next lesson. */
    public Deadlines(DeadlineRules rules, NavigableSet<LocalDate> lessonDays) {
        this.rules = rules;
        this.lessonDays = lessonDays;
    }

    /**
     * The due day of a grade of this kind for work done on {@code workDate} in a journal of {@code form}
     * (0 when it has none: the year's last day counts); empty: no deadline (yet).
     */
    public Optional<LocalDate> due(GradeKind kind, LocalDate workDate, int form, SchoolCalendar calendar) {
        if (rules.byNextLesson().contains(kind)) {
            return Optional.ofNullable(lessonDays.higher(workDate));
        }
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

    /**
     * The day the transcripts of {@code month} are due: the rules' day of the next month. A month
     * outside the school year has none, so nothing is due in September.
     */
    public Optional<LocalDate> transcriptDue(YearMonth month, SchoolCalendar calendar) {
        YearMonth first = YearMonth.from(calendar.year().starts());
        YearMonth last = YearMonth.from(calendar.year().ends());
        if (month.isBefore(first) || month.isAfter(last)) {
            return Optional.empty();
        }
        return Optional.of(month.plusMonths(1).atDay(rules.transcriptDay()));
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
