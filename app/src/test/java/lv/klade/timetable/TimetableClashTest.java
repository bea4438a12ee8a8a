package lv.klade.timetable;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.school.JournalKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimetableClashTest {
    private static final LocalDate FROM = LocalDate.of(2026, 9, 1);
    private static final LocalDate TO = LocalDate.of(2027, 6, 18);

    @TempDir
    Path dir;
    private TestSchool school;
    private UUID berzina;
    private UUID ozola;
    private UUID versionId;

    @BeforeEach
    void open() {
        school = new TestSchool(dir, Clock.systemUTC());
        berzina = school.staff("berzina");
        ozola = school.staff("ozola");
        versionId = school.timetable.addVersion(Actor.SYSTEM, new NewVersion(school.yearId, "Pamata", FROM, TO, List.of()));
    }

    @AfterEach
    void close() {
        school.close();
    }

    private NewEntry monday1(UUID journal, UUID teacher, String room) {
        return new NewEntry(DayOfWeek.MONDAY, 1, journal, teacher, room);
    }

    private void refused(NewEntry first, NewEntry second, String key) {
        school.timetable.addEntry(Actor.SYSTEM, versionId, first);
        school.assertRefusedWithNothingWritten(() -> school.timetable.addEntry(Actor.SYSTEM, versionId, second), key);
    }

    @Test
    void teacherBookedTwiceIsRefusedNamingBothEntries() {
        UUID maths7a = school.classJournal(school.class7a, school.maths, berzina);
        UUID maths7b = school.classJournal(school.class7b, school.maths, berzina);
        school.timetable.addEntry(Actor.SYSTEM, versionId, monday1(maths7a, berzina, "101"));
        assertThatThrownBy(() -> school.timetable.addEntry(Actor.SYSTEM, versionId, monday1(maths7b, berzina, "102")))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(Messages.latvian().text(e.problem()))
                        .contains("pirmdienā 1. stundā", "7.a Matemātika", "7.b Matemātika", "berzina Skolotāja"));
    }

    @Test
    void roomBookedTwiceIsRefused() {
        refused(monday1(school.classJournal(school.class7a, school.maths, berzina), berzina, "101"),
                monday1(school.classJournal(school.class7b, school.english, ozola), ozola, " 101 "),
                "timetable.clash.room");
    }

    @Test
    void classBookedTwiceIsRefused() {
        refused(monday1(school.classJournal(school.class7a, school.maths, berzina), berzina, "101"),
                monday1(school.classJournal(school.class7a, school.english, ozola), ozola, "102"),
                "timetable.clash.class");
    }

    @Test
    void classJournalClashesWithAGroupJournalOfItsClass() {
        refused(monday1(school.classJournal(school.class7a, school.maths, berzina), berzina, "101"),
                monday1(school.groupJournal(school.group1, school.english, ozola, JournalKind.SUBJECT), ozola, "102"),
                "timetable.clash.class");
    }

    @Test
    void studentInTwoGroupsBookedAtOnceIsRefused() {
        UUID combined = school.classService.addGroup(Actor.SYSTEM, school.yearId, "Koris", null);
        school.classService.addGroupMembers(Actor.SYSTEM, combined, List.of(school.students7a.get(0), school.student7b));
        refused(monday1(school.groupJournal(school.group1, school.english, berzina, JournalKind.SUBJECT), berzina, "101"),
                monday1(school.groupJournal(combined, school.maths, ozola, JournalKind.INTEREST_EDUCATION), ozola, "zāle"),
                "timetable.clash.student");
    }

    @Test
    void twoGroupsOfOneClassMayShareASlot() {
        school.timetable.addEntry(Actor.SYSTEM, versionId,
                monday1(school.groupJournal(school.group1, school.english, berzina, JournalKind.SUBJECT), berzina, "101"));
        school.timetable.addEntry(Actor.SYSTEM, versionId,
                monday1(school.groupJournal(school.group2, school.english, ozola, JournalKind.SUBJECT), ozola, "102"));
        assertThat(school.timetables.entries(versionId)).hasSize(2);
    }

    @Test
    void clashWithAnotherVersionOfOverlappingValidityRefusesTheWholeVersion() {
        UUID maths7a = school.classJournal(school.class7a, school.maths, berzina);
        UUID maths7b = school.classJournal(school.class7b, school.maths, berzina);
        school.timetable.addEntry(Actor.SYSTEM, versionId, monday1(maths7a, berzina, "101"));
        school.assertRefusedWithNothingWritten(() -> school.timetable.addVersion(Actor.SYSTEM,
                new NewVersion(school.yearId, "7.b", LocalDate.of(2026, 10, 1), TO, List.of(
                        new NewEntry(DayOfWeek.TUESDAY, 1, maths7b, berzina, "102"),
                        monday1(maths7b, berzina, "102")))), "timetable.clash.teacher");
        assertThat(school.timetables.versions(school.yearId)).hasSize(1);
    }

    @Test
    void aNewVersionFromADateDoesNotClashWithTheVersionItEnds() {
        UUID maths7a = school.classJournal(school.class7a, school.maths, berzina);
        school.timetable.addEntry(Actor.SYSTEM, versionId, monday1(maths7a, berzina, "101"));
        school.timetable.replaceFrom(Actor.SYSTEM, new NewVersion(school.yearId, "2. semestris",
                LocalDate.of(2027, 1, 4), TO, List.of(monday1(maths7a, berzina, "101"))));
        assertThat(school.timetables.versions(school.yearId)).hasSize(2);
    }

    @Test
    void periodMissingFromTheBellScheduleIsRefused() {
        UUID maths7a = school.classJournal(school.class7a, school.maths, berzina);
        school.assertRefusedWithNothingWritten(() -> school.timetable.addEntry(Actor.SYSTEM, versionId,
                new NewEntry(DayOfWeek.MONDAY, 9, maths7a, berzina, null)), "timetable.periodUnknown");
    }
}
