package lv.klade.timetable;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.people.Role;
import lv.klade.people.RoleGrant;
import lv.klade.people.StaffMember;
import lv.klade.school.DateRange;
import lv.klade.school.Journal;
import lv.klade.school.SchoolYear;
import lv.klade.shell.Services;
import lv.klade.testing.FirstDayDemo;
import lv.klade.testing.TestLogins;

/**
 * The demo school for the absence and substitute tests: from Monday 30 November 2026 the tutor of
 * 7.a teaches 7.a on Monday in periods 1 and 2 and on Tuesday in period 1, and the subject teacher
 * "skolotajs" teaches another class on Monday in period 2; nothing else is planned.
 */
public final class AbsenceDemo implements AutoCloseable {
    /** Monday 30 November 2026, 10:00 in Riga. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneOffset.UTC);
    public static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    public static final LocalDate TUESDAY = MONDAY.plusDays(1);
    public static final String SICK_NOTE = "Darbnespējas lapa A-123";

    public final Services services;
    public final SchoolYear year;
    public final StaffMember deputy;
    public final StaffMember tutor;
    public final StaffMember teacher;
    public final UUID tutorsJournal;
    public final UUID teachersJournal;

    public AbsenceDemo(Path dir) {
        Path file = dir.resolve("demo");
        FirstDayDemo.create(file, 120, CLOCK);
        services = TestLogins.open(file, CLOCK);
        year = services.year();
        deputy = services.staff().byLogin("vietnieks").orElseThrow();
        tutor = services.staff().byLogin("audzinataja").orElseThrow();
        teacher = services.staff().byLogin("skolotajs").orElseThrow();
        UUID class7a = tutor.roles().stream().filter(g -> g.role() == Role.CLASS_TUTOR).map(RoleGrant::classId)
                .findFirst().orElseThrow();
        tutorsJournal = services.classRepository().journalsOfTeacher(year.id(), tutor.id()).stream()
                .filter(j -> class7a.equals(j.classId())).findFirst().orElseThrow().id();
        teachersJournal = services.classRepository().journalsOfTeacher(year.id(), teacher.id()).stream()
                .filter(j -> j.classId() != null && !class7a.equals(j.classId())).map(Journal::id).findFirst()
                .orElseThrow();
        services.timetable().replaceFrom(Actor.SYSTEM, new NewVersion(year.id(), "Testa", MONDAY, year.ends(), List.of(
                new NewEntry(DayOfWeek.MONDAY, 1, tutorsJournal, tutor.id(), "201"),
                new NewEntry(DayOfWeek.MONDAY, 2, tutorsJournal, tutor.id(), "201"),
                new NewEntry(DayOfWeek.MONDAY, 2, teachersJournal, teacher.id(), "305"),
                new NewEntry(DayOfWeek.TUESDAY, 1, tutorsJournal, tutor.id(), "201"))));
    }

    /** The tutor's sick leave on Monday and Tuesday, recorded by the deputy director. */
    public TeacherAbsence tutorsSickLeave() {
        UUID id = services.timetable().addAbsence(Actor.user(deputy.id()), tutor.id(), AbsenceKind.SICK_LEAVE,
                new DateRange(MONDAY, TUESDAY), SICK_NOTE);
        return services.timetableRepository().absences(tutor.id()).stream().filter(a -> a.id().equals(id))
                .findFirst().orElseThrow();
    }

    /** Removes every absence of the year, and with them their substitutes, for the next test. */
    public void removeAbsences() {
        services.timetableRepository().absences(year.range())
                .forEach(a -> services.timetable().removeAbsence(Actor.SYSTEM, a.id()));
    }

    @Override
    public void close() {
        services.close();
    }
}
