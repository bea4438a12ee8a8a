package lv.klade.timetable;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.school.JournalKind;
import lv.klade.testing.Refusals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class TimetableRightsTest {
    private static final LocalDate FROM = LocalDate.of(2026, 9, 1);
    private static final LocalDate TO = LocalDate.of(2027, 6, 18);

    @TempDir
    Path dir;
    private TestSchool school;
    private UUID versionId;
    private UUID teacher;
    private Actor admin;
    private Actor tutor7a;
    private UUID maths7a;
    private UUID maths7b;

    @BeforeEach
    void open() {
        school = new TestSchool(dir, Clock.systemUTC());
        versionId = school.timetable.addVersion(Actor.SYSTEM, new NewVersion(school.yearId, "Pamata", FROM, TO,
                List.of()));
        teacher = school.staff("ozola");
        UUID adminId = school.staff("admin");
        school.grant(adminId, "ADMINISTRATOR", null);
        admin = Actor.user(adminId);
        UUID tutorId = school.staff("liepa");
        school.grant(tutorId, "CLASS_TUTOR", school.class7a);
        tutor7a = Actor.user(tutorId);
        maths7a = school.classJournal(school.class7a, school.maths, teacher);
        maths7b = school.classJournal(school.class7b, school.maths, teacher);
    }

    @AfterEach
    void close() {
        school.close();
    }

    private static NewEntry monday(int period, UUID journal, UUID teacher) {
        return new NewEntry(DayOfWeek.MONDAY, period, journal, teacher, null);
    }

    private int entries() {
        return school.timetables.entries(versionId).size();
    }

    @Test
    void administratorAddsAnEntryOfAnyClass() {
        school.timetable.addEntry(admin, versionId, monday(1, maths7b, teacher));

        assertThat(entries()).isEqualTo(1);
    }

    @Test
    void administratorStartsANewVersion() {
        school.timetable.replaceFrom(admin, new NewVersion(school.yearId, "2. semestris", LocalDate.of(2027, 1, 4),
                TO, List.of()));

        assertThat(school.timetables.versions(school.yearId)).hasSize(2);
    }

    @Test
    void tutorAddsAnEntryOfTheirOwnClass() {
        school.timetable.addEntry(tutor7a, versionId, monday(1, maths7a, teacher));

        assertThat(entries()).isEqualTo(1);
    }

    @Test
    void tutorAddsAnEntryOfAGroupOfTheirClass() {
        UUID groupJournal = school.groupJournal(school.group1, school.english, teacher, JournalKind.SUBJECT);

        school.timetable.addEntry(tutor7a, versionId, monday(2, groupJournal, teacher));

        assertThat(entries()).isEqualTo(1);
    }

    @Test
    void namedTutorOfAClassWithoutTheRoleMayEditItsEntries() {
        UUID named = school.staff("kalna");
        school.classService.setTutor(Actor.SYSTEM, school.class7b, named);

        school.timetable.addEntry(Actor.user(named), versionId, monday(1, maths7b, teacher));

        assertThat(entries()).isEqualTo(1);
    }

    @Test
    void tutorAddingAnotherClassesEntryIsRefused() {
        assertThat(Refusals.problemOf(school.log,
                () -> school.timetable.addEntry(tutor7a, versionId, monday(1, maths7b, teacher))))
                .isEqualTo("timetable.rights.notOwnClass");
        assertThat(entries()).isZero();
    }

    @Test
    void tutorRemovingAnotherClassesEntryIsRefused() {
        UUID entry = school.timetable.addEntry(admin, versionId, monday(1, maths7b, teacher));

        assertThat(Refusals.problemOf(school.log, () -> school.timetable.removeEntry(tutor7a, entry)))
                .isEqualTo("timetable.rights.notOwnClass");
        assertThat(entries()).isEqualTo(1);
    }

    @Test
    void tutorRemovesAnEntryOfTheirOwnClass() {
        UUID entry = school.timetable.addEntry(admin, versionId, monday(1, maths7a, teacher));

        school.timetable.removeEntry(tutor7a, entry);

        assertThat(entries()).isZero();
    }

    @Test
    void tutorStartingANewVersionIsRefused() {
        assertThat(Refusals.problemOf(school.log, () -> school.timetable.replaceFrom(tutor7a,
                new NewVersion(school.yearId, "2. semestris", LocalDate.of(2027, 1, 4), TO, List.of()))))
                .isEqualTo("timetable.rights.versionAdminOnly");
    }

    @Test
    void teacherWithoutTutorOrAdministratorRoleIsRefused() {
        assertThat(Refusals.problemOf(school.log,
                () -> school.timetable.addEntry(Actor.user(teacher), versionId, monday(1, maths7a, teacher))))
                .isEqualTo("timetable.rights.none");
    }

    @Test
    void revokedAdministratorIsRefused() {
        UUID gone = school.staff("gone");
        school.grant(gone, "ADMINISTRATOR", null);
        school.store.run(Actor.SYSTEM, w -> w.dsl().execute("UPDATE staff SET revoked = TRUE WHERE id = ?", gone));

        assertThat(Refusals.problemOf(school.log,
                () -> school.timetable.addEntry(Actor.user(gone), versionId, monday(1, maths7a, teacher))))
                .isEqualTo("timetable.rights.none");
    }
}
