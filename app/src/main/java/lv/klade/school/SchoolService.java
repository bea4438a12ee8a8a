package lv.klade.school;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import lv.klade.db.Actor;
import lv.klade.db.Ids;
import lv.klade.db.JournalStore;
import lv.klade.db.Writes;
import lv.klade.i18n.UserError;

/**
 * The write path for the school, its years and their calendars, the bell schedule and the settings.
 * Each change has two forms: one taking an {@link Actor} that runs its own transaction, and one
 * taking {@link Writes} that joins a bigger one (the demo school is made in one transaction).
 */
public final class SchoolService {
    private static final Pattern YEAR_NAME = Pattern.compile("(\\d{4})/(\\d{2})");
    private static final int MAX_BELL_PERIOD = 15;

    private final JournalStore store;
    private final SchoolRepository repository;

    public SchoolService(JournalStore store, SchoolRepository repository) {
        this.store = store;
        this.repository = repository;
    }

    // --- the school ---

    public UUID createSchool(Actor actor, String name, String registrationNo, String address) {
        return store.write(actor, w -> createSchool(w, name, registrationNo, address));
    }

    /** Creates the journal's one school. */
    public UUID createSchool(Writes w, String name, String registrationNo, String address) {
        School school = new School(Ids.next(), Require.text(name, "school.nameMissing"),
                Require.optional(registrationNo), Require.optional(address));
        repository.school(w).ifPresent(existing -> {
            throw UserError.of("school.exists", existing.name());
        });
        repository.insert(w, school);
        return school.id();
    }

    public void updateSchool(Actor actor, School school) {
        store.run(actor, w -> updateSchool(w, school));
    }

    public void updateSchool(Writes w, School school) {
        repository.update(w, new School(school.id(), Require.text(school.name(), "school.nameMissing"),
                Require.optional(school.registrationNo()), Require.optional(school.address())));
    }

    // --- years ---

    public UUID addYear(Actor actor, UUID schoolId, YearPlan plan) {
        return store.write(actor, w -> addYear(w, schoolId, plan));
    }

    /** Adds a year with its two semesters and its breaks; the first year becomes the current one. */
    public UUID addYear(Writes w, UUID schoolId, YearPlan plan) {
        School school = repository.school(w).filter(s -> s.id().equals(schoolId))
                .orElseThrow(() -> UserError.of("school.missing"));
        checkYearName(plan.name());
        Require.ordered(plan.days());
        List<SchoolYear> years = repository.years(w);
        if (years.stream().anyMatch(y -> y.name().equals(plan.name()))) {
            throw UserError.of("year.duplicate", plan.name());
        }
        SchoolYear year = new SchoolYear(Ids.next(), school.id(), plan.name(), plan.days().starts(),
                plan.days().ends(), years.stream().noneMatch(SchoolYear::current));
        Require.insideYear(year, plan.semester1());
        Require.insideYear(year, plan.semester2());
        if (!plan.semester1().ends().isBefore(plan.semester2().starts())) {
            throw UserError.of("semester.overlap", plan.semester1().ends(), plan.semester2().starts());
        }
        repository.insert(w, year);
        repository.insert(w, new Semester(Ids.next(), year.id(), 1, plan.semester1().starts(), plan.semester1().ends()));
        repository.insert(w, new Semester(Ids.next(), year.id(), 2, plan.semester2().starts(), plan.semester2().ends()));
        List<SchoolBreak> breaks = new ArrayList<>();
        for (NamedRange range : plan.breaks()) {
            SchoolBreak schoolBreak = newBreak(year, breaks, range.name(), range.range());
            repository.insert(w, schoolBreak);
            breaks.add(schoolBreak);
        }
        for (var end : new TreeMap<>(plan.lastLessonDays()).entrySet()) {
            checkLastLessonDay(year, plan.semester2(), end.getKey(), end.getValue());
            repository.insert(w, new FormEnd(FormEnd.key(year.id(), end.getKey()), year.id(), end.getKey(),
                    end.getValue()));
        }
        return year.id();
    }

    public void setLastLessonDay(Actor actor, UUID yearId, int form, LocalDate lastDay) {
        store.run(actor, w -> setLastLessonDay(w, yearId, form, lastDay));
    }

    /**
     * Corrects a form's last lesson day, where the state's regulation or the school's own decision
     * differs from the default; its semester 2 and the deadlines that follow it move with it.
     */
    public void setLastLessonDay(Writes w, UUID yearId, int form, LocalDate lastDay) {
        SchoolYear year = year(w, yearId);
        Semester last = repository.semesters(w, yearId).stream().max(Comparator.comparingInt(Semester::number))
                .orElseThrow(() -> UserError.of("year.missing"));
        checkLastLessonDay(year, last.range(), form, lastDay);
        repository.formEnds(w, yearId).stream().filter(e -> e.form() == form).findFirst().ifPresentOrElse(
                end -> repository.setLastDay(w, end.id(), lastDay),
                () -> repository.insert(w, new FormEnd(FormEnd.key(yearId, form), yearId, form, lastDay)));
    }

    /** A form's last lesson day falls in the last semester, so semester 2 is never empty for it. */
    private static void checkLastLessonDay(SchoolYear year, DateRange lastSemester, int form, LocalDate lastDay) {
        if (form < SchoolClass.FIRST_FORM || form > SchoolClass.LAST_FORM) {
            throw UserError.of("class.formInvalid", form, SchoolClass.FIRST_FORM, SchoolClass.LAST_FORM);
        }
        if (lastDay == null) {
            throw UserError.of("formEnd.dateMissing", form);
        }
        if (!lastSemester.contains(lastDay)) {
            throw UserError.of("formEnd.outsideSemester", form, lastDay, lastSemester.starts(), lastSemester.ends(),
                    year.name());
        }
    }

    public UUID defaultYear(Actor actor, UUID schoolId, int startYear) {
        return store.write(actor, w -> defaultYear(w, schoolId, startYear));
    }

    /** Adds a year made by {@link YearPlan#latvianDefault}, for the administrator to correct. */
    public UUID defaultYear(Writes w, UUID schoolId, int startYear) {
        return addYear(w, schoolId, YearPlan.latvianDefault(startYear));
    }

    public void setCurrentYear(Actor actor, UUID yearId) {
        store.run(actor, w -> setCurrentYear(w, yearId));
    }

    /** Makes one year the current one, and no other. */
    public void setCurrentYear(Writes w, UUID yearId) {
        List<SchoolYear> years = repository.years(w);
        if (years.stream().noneMatch(y -> y.id().equals(yearId))) {
            throw UserError.of("year.missing");
        }
        for (SchoolYear year : years) {
            boolean current = year.id().equals(yearId);
            if (year.current() != current) {
                repository.setCurrent(w, year.id(), current);
            }
        }
    }

    private static void checkYearName(String name) {
        var matcher = YEAR_NAME.matcher(name == null ? "" : name);
        if (!matcher.matches()
                || (Integer.parseInt(matcher.group(1)) + 1) % 100 != Integer.parseInt(matcher.group(2))) {
            throw UserError.of("year.nameInvalid", name);
        }
    }

    // --- breaks, extra holidays, moved working days ---

    public UUID addBreak(Actor actor, UUID yearId, String name, LocalDate starts, LocalDate ends) {
        return store.write(actor, w -> addBreak(w, yearId, name, starts, ends));
    }

    public UUID addBreak(Writes w, UUID yearId, String name, LocalDate starts, LocalDate ends) {
        SchoolBreak schoolBreak = newBreak(year(w, yearId), repository.breaks(w, yearId), name,
                new DateRange(starts, ends));
        repository.insert(w, schoolBreak);
        return schoolBreak.id();
    }

    private static SchoolBreak newBreak(SchoolYear year, List<SchoolBreak> existing, String name, DateRange range) {
        String checkedName = Require.text(name, "break.nameMissing");
        Require.insideYear(year, range);
        for (SchoolBreak other : existing) {
            if (other.range().overlaps(range)) {
                throw UserError.of("break.overlap", other.name(), other.starts(), other.ends());
            }
        }
        return new SchoolBreak(Ids.next(), year.id(), checkedName, range.starts(), range.ends());
    }

    public void removeBreak(Actor actor, UUID breakId) {
        store.run(actor, w -> removeBreak(w, breakId));
    }

    public void removeBreak(Writes w, UUID breakId) {
        repository.deleteBreak(w, breakId);
    }

    public UUID addExtraHoliday(Actor actor, UUID yearId, LocalDate date, String name) {
        return store.write(actor, w -> addExtraHoliday(w, yearId, date, name));
    }

    /** Adds a one-off day off, such as a day the state declares free. */
    public UUID addExtraHoliday(Writes w, UUID yearId, LocalDate date, String name) {
        String checkedName = Require.text(name, "extraHoliday.nameMissing");
        Require.insideYear(year(w, yearId), date);
        LatvianHolidays.on(date).ifPresent(h -> {
            throw UserError.of("extraHoliday.isPublicHoliday", date);
        });
        if (repository.extraHolidays(w, yearId).stream().anyMatch(h -> h.date().equals(date))) {
            throw UserError.of("extraHoliday.duplicate", date);
        }
        ExtraHoliday holiday = new ExtraHoliday(Ids.next(), yearId, date, checkedName);
        repository.insert(w, holiday);
        return holiday.id();
    }

    public void removeExtraHoliday(Actor actor, UUID holidayId) {
        store.run(actor, w -> removeExtraHoliday(w, holidayId));
    }

    public void removeExtraHoliday(Writes w, UUID holidayId) {
        repository.deleteExtraHoliday(w, holidayId);
    }

    public UUID addMovedWorkingDay(Actor actor, UUID yearId, LocalDate workDate, LocalDate replacesDate) {
        return store.write(actor, w -> addMovedWorkingDay(w, yearId, workDate, replacesDate));
    }

    /** Makes a Saturday or Sunday a working day in place of a weekday, which becomes a day off. */
    public UUID addMovedWorkingDay(Writes w, UUID yearId, LocalDate workDate, LocalDate replacesDate) {
        SchoolYear year = year(w, yearId);
        Require.insideYear(year, workDate);
        Require.insideYear(year, replacesDate);
        if (!LatvianHolidays.isWeekend(workDate) || LatvianHolidays.on(workDate).isPresent()) {
            throw UserError.of("moved.workNotWeekend", workDate);
        }
        if (LatvianHolidays.isWeekend(replacesDate) || LatvianHolidays.on(replacesDate).isPresent()) {
            throw UserError.of("moved.replacesNotWeekday", replacesDate);
        }
        for (MovedWorkingDay other : repository.movedWorkingDays(w, yearId)) {
            if (other.workDate().equals(workDate) || other.replacesDate().equals(replacesDate)) {
                throw UserError.of("moved.duplicate", other.workDate(), other.replacesDate());
            }
        }
        MovedWorkingDay day = new MovedWorkingDay(Ids.next(), yearId, workDate, replacesDate);
        repository.insert(w, day);
        return day.id();
    }

    public void removeMovedWorkingDay(Actor actor, UUID movedDayId) {
        store.run(actor, w -> removeMovedWorkingDay(w, movedDayId));
    }

    public void removeMovedWorkingDay(Writes w, UUID movedDayId) {
        repository.deleteMovedWorkingDay(w, movedDayId);
    }

    private SchoolYear year(Writes w, UUID yearId) {
        return repository.year(w, yearId).orElseThrow(() -> UserError.of("year.missing"));
    }

    // --- bell schedule and settings ---

    public UUID addBellPeriod(Actor actor, int number, LocalTime starts, LocalTime ends) {
        return store.write(actor, w -> addBellPeriod(w, number, starts, ends));
    }

    /** Adds a lesson period; period 0 is allowed, for the lesson some schools hold before the first. */
    public UUID addBellPeriod(Writes w, int number, LocalTime starts, LocalTime ends) {
        School school = repository.school(w).orElseThrow(() -> UserError.of("school.missing"));
        if (number < 0 || number > MAX_BELL_PERIOD) {
            throw UserError.of("bell.numberInvalid", number, MAX_BELL_PERIOD);
        }
        if (!starts.isBefore(ends)) {
            throw UserError.of("bell.endsBeforeStart", starts.toString(), ends.toString());
        }
        for (BellPeriod other : repository.bellPeriods(w)) {
            if (other.number() == number) {
                throw UserError.of("bell.duplicate", number);
            }
            if (other.overlaps(starts, ends)) {
                throw UserError.of("bell.overlap", other.number(), other.starts().toString(), other.ends().toString());
            }
        }
        BellPeriod period = new BellPeriod(Ids.next(), number, starts, ends);
        repository.insert(w, school.id(), period);
        return period.id();
    }

    public void removeBellPeriod(Actor actor, UUID periodId) {
        store.run(actor, w -> removeBellPeriod(w, periodId));
    }

    public void removeBellPeriod(Writes w, UUID periodId) {
        repository.deleteBellPeriod(w, periodId);
    }

    public void putSetting(Actor actor, String key, String value) {
        store.run(actor, w -> putSetting(w, key, value));
    }

    /** Sets a school setting, adding it when it is new. */
    public void putSetting(Writes w, String key, String value) {
        String checkedKey = Require.text(key, "setting.keyMissing");
        String checkedValue = value == null ? "" : value;
        repository.settingId(w, checkedKey).ifPresentOrElse(
                id -> repository.updateSetting(w, id, checkedValue),
                () -> repository.insertSetting(w, Ids.next(), checkedKey, checkedValue));
    }
}
