package lv.klade.timetable;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import lv.klade.school.DateRange;
import lv.klade.school.MovedWorkingDay;
import lv.klade.school.SchoolCalendar;

/**
 * Plans a year's lessons from its timetable versions and its calendar: lessons fall only on school
 * days, a moved working day runs the weekday the {@link MovedDayRule} names, and a teacher's absence
 * marks their lessons not held unless a substitute was named; a journal's lessons stop after its
 * form's last lesson day (late May for most forms, June for forms 9 and 12), or before the day it
 * was ended. Immutable; made by
 * {@link TimetableRepository#planner}, so one planner answers many questions without more queries.
 */
public final class Planner {
    private static final Comparator<PlannedLesson> ORDER = Comparator.comparing(PlannedLesson::date)
            .thenComparingInt(PlannedLesson::period).thenComparing(p -> p.journalId().toString());

    private final SchoolCalendar calendar;
    private final MovedDayRule rule;
    private final Map<LocalDate, DayOfWeek> movedDays;
    private final List<TimetableVersion> versions;
    private final Map<UUID, Map<DayOfWeek, List<TimetableEntry>>> entries;
    private final Map<UUID, List<TeacherAbsence>> absences;
    private final Map<SlotKey, SubstituteAssignment> substitutes;
    private final Map<UUID, LocalDate> lastLessonDays;

    private record SlotKey(UUID journalId, LocalDate date, int period) {
    }

    Planner(SchoolCalendar calendar, MovedDayRule rule, List<MovedWorkingDay> movedDays,
            List<TimetableVersion> versions, List<TimetableEntry> entries, List<TeacherAbsence> absences,
            List<SubstituteAssignment> substitutes, Map<UUID, Integer> journalForms, Map<UUID, LocalDate> journalEnds) {
        this.calendar = calendar;
        this.rule = rule;
        this.movedDays = movedDays.stream().collect(Collectors.toUnmodifiableMap(
                MovedWorkingDay::workDate, m -> m.replacesDate().getDayOfWeek(), (a, b) -> a));
        this.versions = List.copyOf(versions);
        this.entries = entries.stream().collect(Collectors.groupingBy(TimetableEntry::versionId,
                Collectors.groupingBy(TimetableEntry::weekday)));
        this.absences = absences.stream().collect(Collectors.groupingBy(TeacherAbsence::staffId));
        this.substitutes = new HashMap<>();
        substitutes.forEach(s -> this.substitutes.put(new SlotKey(s.journalId(), s.date(), s.period()), s));
        Map<UUID, LocalDate> last = new HashMap<>();
        journalForms.forEach((journal, form) -> last.put(journal, calendar.lastLessonDay(form)));
        journalEnds.forEach((journal, ends) -> last.merge(journal, ends.minusDays(1),
                (byForm, byEnd) -> byEnd.isBefore(byForm) ? byEnd : byForm));
        this.lastLessonDays = Map.copyOf(last);
    }

    /** The calendar the planner follows. */
    public SchoolCalendar calendar() {
        return calendar;
    }

    /** The weekday whose timetable runs on a date, or empty when the date is not a school day. */
    public Optional<DayOfWeek> timetableDay(LocalDate date) {
        if (!calendar.isSchoolDay(date)) {
            return Optional.empty();
        }
        DayOfWeek replaced = movedDays.get(date);
        return Optional.of(replaced == null ? date.getDayOfWeek() : rule.weekdayFor(replaced));
    }

    /** Every planned lesson in the range, by date, period and journal. */
    public List<PlannedLesson> lessons(DateRange range) {
        return lessons(range, lesson -> true);
    }

    /** The planned lessons in the range that pass {@code which}, by date, period and journal. */
    public List<PlannedLesson> lessons(DateRange range, Predicate<PlannedLesson> which) {
        List<PlannedLesson> planned = new ArrayList<>();
        for (LocalDate date = range.starts(); !date.isAfter(range.ends()); date = date.plusDays(1)) {
            Optional<DayOfWeek> weekday = timetableDay(date);
            if (weekday.isEmpty()) {
                continue;
            }
            for (TimetableVersion version : versions) {
                if (!version.validity().contains(date)) {
                    continue;
                }
                List<TimetableEntry> slots = entries.getOrDefault(version.id(), Map.of())
                        .getOrDefault(weekday.get(), List.of());
                for (TimetableEntry entry : slots) {
                    if (date.isAfter(lastLessonDays.getOrDefault(entry.journalId(), LocalDate.MAX))) {
                        continue;
                    }
                    PlannedLesson lesson = plan(date, entry);
                    if (which.test(lesson)) {
                        planned.add(lesson);
                    }
                }
            }
        }
        planned.sort(ORDER);
        return planned;
    }

    /** A teacher's planned lessons in the range: their own (held or not) and those they substitute. */
    public List<PlannedLesson> ofTeacher(UUID staffId, DateRange range) {
        return lessons(range, p -> p.teacherId().equals(staffId) || staffId.equals(p.taughtBy()));
    }

    /** The planned lessons of these journals in the range. */
    public List<PlannedLesson> ofJournals(Collection<UUID> journalIds, DateRange range) {
        Set<UUID> wanted = Set.copyOf(journalIds);
        return lessons(range, p -> wanted.contains(p.journalId()));
    }

    /** The lesson a journal has planned on a date in a period, if any. */
    public Optional<PlannedLesson> at(UUID journalId, LocalDate date, int period) {
        return lessons(new DateRange(date, date), p -> p.journalId().equals(journalId) && p.period() == period)
                .stream().findFirst();
    }

    /** The lessons an absence takes from its teacher: their own planned lessons in its days. */
    public List<PlannedLesson> touchedBy(TeacherAbsence absence) {
        return lessons(absence.days(), p -> p.teacherId().equals(absence.staffId()));
    }

    /**
     * The lesson a teacher gives on a date in a period, their own or one they substitute, if any;
     * a lesson of theirs that is not held does not count.
     */
    public Optional<PlannedLesson> teachingAt(UUID staffId, LocalDate date, int period) {
        return lessons(new DateRange(date, date), p -> p.period() == period && p.held()
                && staffId.equals(p.taughtBy())).stream().findFirst();
    }

    /** The absence a teacher has on a date, if any. */
    public Optional<TeacherAbsence> absenceOf(UUID staffId, LocalDate date) {
        return absences.getOrDefault(staffId, List.of()).stream().filter(a -> a.days().contains(date)).findFirst();
    }

    private PlannedLesson plan(LocalDate date, TimetableEntry entry) {
        TeacherAbsence absence = absenceOf(entry.teacherId(), date).orElse(null);
        SubstituteAssignment substitute = absence == null ? null
                : substitutes.get(new SlotKey(entry.journalId(), date, entry.period()));
        return new PlannedLesson(date, entry.period(), entry.id(), entry.journalId(), entry.teacherId(), entry.room(),
                absence, substitute);
    }
}
