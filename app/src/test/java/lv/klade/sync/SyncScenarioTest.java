package lv.klade.sync;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.people.Role;
import lv.klade.people.RoleGrant;
import lv.klade.people.Student;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SyncScenarioTest {
    @TempDir
    Path folder;
    School school;

    @BeforeEach
    void enrolThreePcs() {
        school = new School(folder, 240, 3);
    }

    @AfterEach
    void close() {
        school.close();
    }

    private Copy pc(int n) {
        return school.pcs.get(n - 1);
    }

    private UUID tutorsClass(Copy copy) {
        return copy.member("audzinataja").roles().stream().filter(g -> g.role() == Role.CLASS_TUTOR)
                .map(RoleGrant::classId).findFirst().orElseThrow();
    }

    private void assertEveryoneEqual() {
        var central = school.central.content();
        for (Copy pc : school.pcs) {
            assertThat(pc.content()).isEqualTo(central);
        }
    }

    @Test
    void joinedPcsHoldTheSchoolAsTheCentralCopyDoes() {
        assertEveryoneEqual();
        assertThat(pc(1).sync.status().role()).isEqualTo("spoke");
        assertThat(school.central.sync.status().peers()).extracting(SyncStatus.PeerStatus::name)
                .containsExactly("PC 1", "PC 2", "PC 3");
    }

    @Test
    void offlineEditsOnThreePcsAndTheCentralCopyEndEqualEverywhere() {
        Copy central = school.central;
        UUID year = central.yearId();
        LocalDate sportsDay = central.schools.currentYear().orElseThrow().starts().plusDays(14);
        List<Student> tutored = pc(3).students.ofClass(tutorsClass(pc(3)));
        Student other = central.studentOutside(tutorsClass(central));

        central.school.putSetting(central.actor("admin"), "lesson.deadline", "17:00");
        school.round();
        central.school.putSetting(central.actor("admin"), "lesson.deadline", "17:30");
        pc(1).school.putSetting(pc(1).actor("admin"), "lesson.deadline", "18:00");
        UUID sports = pc(1).school.addBreak(pc(1).actor("admin"), year, "Sporta diena", sportsDay, sportsDay);
        pc(2).setPhone(pc(2).actor("lietvedis"), pc(2).student(other.id()), "+371 20000002");
        pc(3).setPhone(pc(3).actor("audzinataja"), tutored.get(0), "+371 20000003");
        assertThat(school.round()).noneMatch(ImportReport::anyRefused);
        assertThat(school.round()).noneMatch(ImportReport::anyRefused);

        assertEveryoneEqual();
        assertThat(central.schools.setting("lesson.deadline")).contains("18:00");
        assertThat(central.student(other.id()).phone()).isEqualTo("+371 20000002");
        assertThat(central.student(tutored.get(0).id()).phone()).isEqualTo("+371 20000003");
        assertThat(pc(3).schools.breaks(year)).extracting(lv.klade.school.SchoolBreak::id).contains(sports);
    }

    @Test
    void theLastWriterWinsAFieldWhateverOrderPackagesArriveIn() {
        Student s = school.central.studentOutside(null);
        pc(1).setPhone(pc(1).actor("lietvedis"), pc(1).student(s.id()), "+371 21111111");
        pc(2).setPhone(pc(2).actor("lietvedis"), pc(2).student(s.id()), "+371 22222222");
        Path second = school.export(pc(2));
        Path first = school.export(pc(1));
        school.central.sync.importPackages(Actor.SYSTEM, List.of(second, first));
        school.round();

        assertEveryoneEqual();
        assertThat(school.central.student(s.id()).phone()).isEqualTo("+371 22222222");
        assertThat(school.central.store.database().dsl().fetchCount(lv.klade.db.generated.Tables.CHANGE_LOG,
                lv.klade.db.generated.Tables.CHANGE_LOG.ROW_ID.eq(s.id())
                        .and(lv.klade.db.generated.Tables.CHANGE_LOG.OPERATION.eq("update"))))
                .as("both values stay in the history").isEqualTo(2);
    }

    @Test
    void aDeleteWinsOverAnUpdateMadeElsewhere() {
        UUID year = school.central.yearId();
        LocalDate day = school.central.schools.currentYear().orElseThrow().starts().plusDays(20);
        UUID id = school.central.school.addBreak(school.central.actor("admin"), year, "Talka", day, day);
        school.round();
        pc(1).school.removeBreak(pc(1).actor("admin"), id);
        pc(2).school.putSetting(pc(2).actor("admin"), "x", "y");
        school.round();
        school.round();

        assertEveryoneEqual();
        assertThat(school.central.schools.breaks(year)).extracting(lv.klade.school.SchoolBreak::id).doesNotContain(id);
    }

    @Test
    void aTutorChangingAStudentOfAnotherClassIsRefusedAndListed() {
        Copy pc = pc(1);
        UUID own = tutorsClass(pc);
        Student stranger = pc.studentOutside(own);
        Student ownStudent = pc.students.ofClass(own).get(0);
        pc.setPhone(pc.actor("audzinataja"), stranger, "+371 29999999");
        pc.setPhone(pc.actor("audzinataja"), ownStudent, "+371 28888888");
        pc.school.putSetting(pc.actor("skolotajs"), "theme", "dark");

        ImportReport report = school.central.sync.importPackages(Actor.SYSTEM, List.of(school.export(pc)));

        PackageResult result = report.packages().get(0);
        assertThat(report.anyRefused()).isTrue();
        assertThat(result.applied()).isEqualTo(1);
        assertThat(result.refused()).extracting(r -> r.reason().key())
                .containsExactlyInAnyOrder("sync.refused.notTutor", "sync.refused.role");
        assertThat(school.central.student(stranger.id()).phone()).isEqualTo(stranger.phone());
        assertThat(school.central.student(ownStudent.id()).phone()).isEqualTo("+371 28888888");
    }

    @Test
    void aLaterPackageExportedBeforeAnAnswerBringsItsNewChangesAndSkipsTheOld() {
        pc(1).school.putSetting(pc(1).actor("admin"), "a", "1");
        Path first = school.export(pc(1));
        pc(1).school.putSetting(pc(1).actor("admin"), "b", "2");
        Path later = school.export(pc(1));

        ImportReport report = school.central.sync.importPackages(Actor.SYSTEM, List.of(first, later));

        assertThat(report.packages()).extracting(PackageResult::applied).containsExactly(1, 1);
        assertThat(report.packages()).extracting(PackageResult::duplicates).containsExactly(0, 1);
        assertThat(report.anyRefused()).isFalse();
    }

    @Test
    void exportingAgainBeforeAnAnswerIsAHarmlessReplay() {
        pc(1).school.putSetting(pc(1).actor("admin"), "a", "1");
        Path first = school.export(pc(1));
        Path again = school.export(pc(1));

        ImportReport report = school.central.sync.importPackages(Actor.SYSTEM, List.of(first, again, first));

        // Since replays are refused (SYNC-FORMAT.md, "Replays"), the same range again is one, not duplicates.
        assertThat(report.packages()).extracting(PackageResult::applied).containsExactly(1, 0, 0);
        assertThat(report.packages()).extracting(Copy::refusalKey)
                .containsExactly("", "sync.package.replay", "sync.package.replay");
        assertThat(school.central.schools.setting("a")).contains("1");
    }

    @Test
    void theCentralCopysAcknowledgementEmptiesThePcsNextExport() {
        pc(1).school.putSetting(pc(1).actor("admin"), "a", "1");
        pc(1).school.putSetting(pc(1).actor("admin"), "b", "2");
        assertThat(pc(1).sync.status().unacknowledged()).isEqualTo(2);
        school.round();

        assertThat(pc(1).sync.status().unacknowledged()).isZero();
        Path next = school.nextFile();
        assertThat(pc(1).sync.export(next).changes()).isZero();
        assertThat(school.central.sync.status().peers().get(0).lastImportAt()).isPresent();
    }

    @Test
    void nothingComesBackToThePcThatMadeIt() {
        pc(1).school.putSetting(pc(1).actor("admin"), "a", "1");
        school.central.sync.importPackages(Actor.SYSTEM, List.of(school.export(pc(1))));

        assertThat(school.central.sync.exportTo("PC 1", school.nextFile()).changes()).isZero();
        assertThat(school.central.sync.exportTo("PC 2", school.nextFile()).changes()).isEqualTo(1);
    }
}
