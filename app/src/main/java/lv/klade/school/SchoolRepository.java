package lv.klade.school;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lv.klade.db.JournalStore;
import lv.klade.db.Writes;
import lv.klade.db.generated.tables.records.BellPeriodRecord;
import lv.klade.db.generated.tables.records.ExtraHolidayRecord;
import lv.klade.db.generated.tables.records.FormEndRecord;
import lv.klade.db.generated.tables.records.MovedWorkingDayRecord;
import lv.klade.db.generated.tables.records.SchoolBreakRecord;
import lv.klade.db.generated.tables.records.SchoolRecord;
import lv.klade.db.generated.tables.records.SchoolSettingRecord;
import lv.klade.db.generated.tables.records.SchoolYearRecord;
import lv.klade.db.generated.tables.records.SemesterRecord;
import org.jooq.DSLContext;
import org.jooq.Field;

import static lv.klade.db.generated.Tables.BELL_PERIOD;
import static lv.klade.db.generated.Tables.EXTRA_HOLIDAY;
import static lv.klade.db.generated.Tables.FORM_END;
import static lv.klade.db.generated.Tables.MOVED_WORKING_DAY;
import static lv.klade.db.generated.Tables.SCHOOL;
import static lv.klade.db.generated.Tables.SCHOOL_BREAK;
import static lv.klade.db.generated.Tables.SCHOOL_SETTING;
import static lv.klade.db.generated.Tables.SCHOOL_YEAR;
import static lv.klade.db.generated.Tables.SEMESTER;

/**
 * The school, its years and their calendars, the bell schedule and the settings. Reads are public;
 * writes take the {@link Writes} of a {@link SchoolService} call, and reads with a {@code Writes}
 * see that transaction's own changes.
 */
public final class SchoolRepository {
    private final JournalStore store;

    public SchoolRepository(JournalStore store) {
        this.store = store;
    }

    // --- reads ---

    public Optional<School> school() {
        return school(store.dsl());
    }

    public Optional<SchoolYear> currentYear() {
        return store.dsl().selectFrom(SCHOOL_YEAR).where(SCHOOL_YEAR.CURRENT_YEAR.isTrue())
                .fetchOptional(SchoolRepository::toYear);
    }

    public Optional<SchoolYear> year(UUID yearId) {
        return year(store.dsl(), yearId);
    }

    /** Every year of the school, oldest first. */
    public List<SchoolYear> years() {
        return years(store.dsl());
    }

    public List<Semester> semesters(UUID yearId) {
        return semesters(store.dsl(), yearId);
    }

    public List<SchoolBreak> breaks(UUID yearId) {
        return breaks(store.dsl(), yearId);
    }

    public List<ExtraHoliday> extraHolidays(UUID yearId) {
        return extraHolidays(store.dsl(), yearId);
    }

    public List<MovedWorkingDay> movedWorkingDays(UUID yearId) {
        return movedWorkingDays(store.dsl(), yearId);
    }

    /** Each form's last lesson day of a year, by form; empty for a year made before forms had their own. */
    public List<FormEnd> formEnds(UUID yearId) {
        return formEnds(store.dsl(), yearId);
    }

    /** The calendar of a year: its semesters, breaks, extra holidays, moved working days and forms' last days. */
    public SchoolCalendar calendar(UUID yearId) {
        return calendar(store.dsl(), yearId);
    }

    /** The bell schedule, by period number. */
    public List<BellPeriod> bellPeriods() {
        return bellPeriods(store.dsl());
    }

    public Optional<String> setting(String key) {
        return store.dsl().select(SCHOOL_SETTING.SETTING_VALUE).from(SCHOOL_SETTING)
                .where(SCHOOL_SETTING.SETTING_KEY.eq(key)).fetchOptional(SCHOOL_SETTING.SETTING_VALUE);
    }

    public Map<String, String> settings() {
        return store.dsl().select(SCHOOL_SETTING.SETTING_KEY, SCHOOL_SETTING.SETTING_VALUE).from(SCHOOL_SETTING)
                .fetchMap(SCHOOL_SETTING.SETTING_KEY, SCHOOL_SETTING.SETTING_VALUE);
    }

    // --- reads inside a write ---

    Optional<School> school(Writes w) {
        return school(w.dsl());
    }

    Optional<SchoolYear> year(Writes w, UUID yearId) {
        return year(w.dsl(), yearId);
    }

    /** Every year of the school as this transaction sees it, oldest first. */
    public List<SchoolYear> years(Writes w) {
        return years(w.dsl());
    }

    List<SchoolBreak> breaks(Writes w, UUID yearId) {
        return breaks(w.dsl(), yearId);
    }

    List<ExtraHoliday> extraHolidays(Writes w, UUID yearId) {
        return extraHolidays(w.dsl(), yearId);
    }

    /** A year's moved working days as this transaction sees them. */
    public List<MovedWorkingDay> movedWorkingDays(Writes w, UUID yearId) {
        return movedWorkingDays(w.dsl(), yearId);
    }

    /** The bell schedule as this transaction sees it, for features that validate against it. */
    public List<BellPeriod> bellPeriods(Writes w) {
        return bellPeriods(w.dsl());
    }

    /** A year's calendar as this transaction sees it, so a year and its lessons can be made in one. */
    public SchoolCalendar calendar(Writes w, UUID yearId) {
        return calendar(w.dsl(), yearId);
    }

    List<Semester> semesters(Writes w, UUID yearId) {
        return semesters(w.dsl(), yearId);
    }

    List<FormEnd> formEnds(Writes w, UUID yearId) {
        return formEnds(w.dsl(), yearId);
    }

    /** A setting as this transaction sees it. */
    public Optional<String> setting(Writes w, String key) {
        return w.dsl().select(SCHOOL_SETTING.SETTING_VALUE).from(SCHOOL_SETTING)
                .where(SCHOOL_SETTING.SETTING_KEY.eq(key)).fetchOptional(SCHOOL_SETTING.SETTING_VALUE);
    }

    Optional<UUID> settingId(Writes w, String key) {
        return w.dsl().select(SCHOOL_SETTING.ID).from(SCHOOL_SETTING).where(SCHOOL_SETTING.SETTING_KEY.eq(key))
                .fetchOptional(SCHOOL_SETTING.ID);
    }

    // --- writes ---

    void insert(Writes w, School school) {
        SchoolRecord r = new SchoolRecord();
        r.setId(school.id());
        r.setName(school.name());
        r.setRegistrationNo(school.registrationNo());
        r.setAddress(school.address());
        w.insert(r);
    }

    void update(Writes w, School school) {
        // Map.of refuses nulls, and an emptied field must still be written as NULL.
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(SCHOOL.NAME, school.name());
        values.put(SCHOOL.REGISTRATION_NO, school.registrationNo());
        values.put(SCHOOL.ADDRESS, school.address());
        w.update(SCHOOL, school.id(), values);
    }

    void insert(Writes w, SchoolYear year) {
        SchoolYearRecord r = new SchoolYearRecord();
        r.setId(year.id());
        r.setSchoolId(year.schoolId());
        r.setName(year.name());
        r.setStarts(year.starts());
        r.setEnds(year.ends());
        r.setCurrentYear(year.current());
        w.insert(r);
    }

    void setCurrent(Writes w, UUID yearId, boolean current) {
        w.update(SCHOOL_YEAR, yearId, Map.of(SCHOOL_YEAR.CURRENT_YEAR, current));
    }

    void insert(Writes w, Semester semester) {
        SemesterRecord r = new SemesterRecord();
        r.setId(semester.id());
        r.setYearId(semester.yearId());
        r.setNumber(semester.number());
        r.setStarts(semester.starts());
        r.setEnds(semester.ends());
        w.insert(r);
    }

    void insert(Writes w, SchoolBreak schoolBreak) {
        SchoolBreakRecord r = new SchoolBreakRecord();
        r.setId(schoolBreak.id());
        r.setYearId(schoolBreak.yearId());
        r.setName(schoolBreak.name());
        r.setStarts(schoolBreak.starts());
        r.setEnds(schoolBreak.ends());
        w.insert(r);
    }

    void deleteBreak(Writes w, UUID id) {
        w.delete(SCHOOL_BREAK, id);
    }

    void insert(Writes w, FormEnd end) {
        FormEndRecord r = new FormEndRecord();
        r.setId(end.id());
        r.setYearId(end.yearId());
        r.setForm(end.form());
        r.setLastDay(end.lastDay());
        w.insert(r);
    }

    void setLastDay(Writes w, UUID formEndId, LocalDate lastDay) {
        w.update(FORM_END, formEndId, Map.of(FORM_END.LAST_DAY, lastDay));
    }

    void insert(Writes w, ExtraHoliday holiday) {
        ExtraHolidayRecord r = new ExtraHolidayRecord();
        r.setId(holiday.id());
        r.setYearId(holiday.yearId());
        r.setHolidayDate(holiday.date());
        r.setName(holiday.name());
        w.insert(r);
    }

    void deleteExtraHoliday(Writes w, UUID id) {
        w.delete(EXTRA_HOLIDAY, id);
    }

    void insert(Writes w, MovedWorkingDay day) {
        MovedWorkingDayRecord r = new MovedWorkingDayRecord();
        r.setId(day.id());
        r.setYearId(day.yearId());
        r.setWorkDate(day.workDate());
        r.setReplacesDate(day.replacesDate());
        w.insert(r);
    }

    void deleteMovedWorkingDay(Writes w, UUID id) {
        w.delete(MOVED_WORKING_DAY, id);
    }

    void insert(Writes w, UUID schoolId, BellPeriod period) {
        BellPeriodRecord r = new BellPeriodRecord();
        r.setId(period.id());
        r.setSchoolId(schoolId);
        r.setNumber(period.number());
        r.setStarts(period.starts());
        r.setEnds(period.ends());
        w.insert(r);
    }

    void deleteBellPeriod(Writes w, UUID id) {
        w.delete(BELL_PERIOD, id);
    }

    void insertSetting(Writes w, UUID id, String key, String value) {
        SchoolSettingRecord r = new SchoolSettingRecord();
        r.setId(id);
        r.setSettingKey(key);
        r.setSettingValue(value);
        w.insert(r);
    }

    void updateSetting(Writes w, UUID id, String value) {
        w.update(SCHOOL_SETTING, id, Map.of(SCHOOL_SETTING.SETTING_VALUE, value));
    }

    // --- queries shared by both kinds of read ---

    private static Optional<School> school(DSLContext dsl) {
        return dsl.selectFrom(SCHOOL).orderBy(SCHOOL.NAME).limit(1)
                .fetchOptional(r -> new School(r.getId(), r.getName(), r.getRegistrationNo(), r.getAddress()));
    }

    private static Optional<SchoolYear> year(DSLContext dsl, UUID yearId) {
        return dsl.selectFrom(SCHOOL_YEAR).where(SCHOOL_YEAR.ID.eq(yearId)).fetchOptional(SchoolRepository::toYear);
    }

    private static List<SchoolYear> years(DSLContext dsl) {
        return dsl.selectFrom(SCHOOL_YEAR).orderBy(SCHOOL_YEAR.STARTS).fetch(SchoolRepository::toYear);
    }

    private static SchoolYear toYear(SchoolYearRecord r) {
        return new SchoolYear(r.getId(), r.getSchoolId(), r.getName(), r.getStarts(), r.getEnds(), r.getCurrentYear());
    }

    private static SchoolCalendar calendar(DSLContext dsl, UUID yearId) {
        SchoolYear year = year(dsl, yearId).orElseThrow(() -> new IllegalArgumentException("No school year " + yearId));
        return new SchoolCalendar(year, semesters(dsl, yearId), breaks(dsl, yearId), extraHolidays(dsl, yearId),
                movedWorkingDays(dsl, yearId), formEnds(dsl, yearId));
    }

    private static List<FormEnd> formEnds(DSLContext dsl, UUID yearId) {
        return dsl.selectFrom(FORM_END).where(FORM_END.YEAR_ID.eq(yearId)).orderBy(FORM_END.FORM)
                .fetch(r -> new FormEnd(r.getId(), r.getYearId(), r.getForm(), r.getLastDay()));
    }

    private static List<Semester> semesters(DSLContext dsl, UUID yearId) {
        return dsl.selectFrom(SEMESTER).where(SEMESTER.YEAR_ID.eq(yearId)).orderBy(SEMESTER.NUMBER)
                .fetch(r -> new Semester(r.getId(), r.getYearId(), r.getNumber(), r.getStarts(), r.getEnds()));
    }

    private static List<SchoolBreak> breaks(DSLContext dsl, UUID yearId) {
        return dsl.selectFrom(SCHOOL_BREAK).where(SCHOOL_BREAK.YEAR_ID.eq(yearId)).orderBy(SCHOOL_BREAK.STARTS)
                .fetch(r -> new SchoolBreak(r.getId(), r.getYearId(), r.getName(), r.getStarts(), r.getEnds()));
    }

    private static List<ExtraHoliday> extraHolidays(DSLContext dsl, UUID yearId) {
        return dsl.selectFrom(EXTRA_HOLIDAY).where(EXTRA_HOLIDAY.YEAR_ID.eq(yearId))
                .orderBy(EXTRA_HOLIDAY.HOLIDAY_DATE)
                .fetch(r -> new ExtraHoliday(r.getId(), r.getYearId(), r.getHolidayDate(), r.getName()));
    }

    private static List<MovedWorkingDay> movedWorkingDays(DSLContext dsl, UUID yearId) {
        return dsl.selectFrom(MOVED_WORKING_DAY).where(MOVED_WORKING_DAY.YEAR_ID.eq(yearId))
                .orderBy(MOVED_WORKING_DAY.WORK_DATE)
                .fetch(r -> new MovedWorkingDay(r.getId(), r.getYearId(), r.getWorkDate(), r.getReplacesDate()));
    }

    private static List<BellPeriod> bellPeriods(DSLContext dsl) {
        return dsl.selectFrom(BELL_PERIOD).orderBy(BELL_PERIOD.NUMBER)
                .fetch(r -> new BellPeriod(r.getId(), r.getNumber(), r.getStarts(), r.getEnds()));
    }
}
