package lv.klade.sync;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.db.generated.tables.records.ReportRemarkRecord;
import lv.klade.people.Role;
import lv.klade.people.RoleGrant;
import lv.klade.people.StaffMember;
import lv.klade.tutor.RemarkPeriod;
import lv.klade.tutor.RemarkRepository;
import lv.klade.tutor.RemarkService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Report card remarks travel by sync, and only the class tutor's (or the office's) are taken at the central copy. */
class RemarkRulesTest {
    @TempDir
    Path folder;
    School school;
    Copy central;
    Copy pc;
    Copy otherPc;
    UUID tutorsClass;
    List<UUID> pupils;

    @BeforeEach
    void aSchoolWithTwoPcs() {
        school = new School(folder, 120, 2);
        central = school.central;
        pc = school.pcs.get(0);
        otherPc = school.pcs.get(1);
        tutorsClass = pc.member("audzinataja").roles().stream().filter(g -> g.role() == Role.CLASS_TUTOR)
                .map(RoleGrant::classId).findFirst().orElseThrow();
        pupils = pc.students.ofClass(tutorsClass).stream().limit(2).map(s -> s.id()).toList();
    }

    @AfterEach
    void close() {
        school.close();
    }

    private static RemarkService remarks(Copy copy) {
        return new RemarkService(copy.store, new RemarkRepository(copy.store));
    }

    private static String remarkOn(Copy copy, UUID classId, UUID student) {
        return remarks(copy).texts(classId, copy.yearId(), RemarkPeriod.SEMESTER_1).getOrDefault(student, "");
    }

    /** A staff member who is neither in the office nor the tutor of the class. */
    private StaffMember stranger() {
        return pc.staff.all().stream().filter(m -> !m.holds(Role.ADMINISTRATOR) && !m.holds(Role.DEPUTY_DIRECTOR))
                .filter(m -> m.roles().stream().noneMatch(g -> tutorsClass.equals(g.classId())))
                .filter(m -> !m.roles().isEmpty()).findFirst().orElseThrow();
    }

    @Test
    void aNonTutorsRemarkIsRefusedAtTheCentralCopyAndTheTutorsApplies() {
        remarks(pc).write(pc.actor("audzinataja"), pupils.get(0), RemarkPeriod.SEMESTER_1, "Centīga, atsaucīga.");
        StaffMember stranger = stranger();
        // The PC's own service refuses a stranger; an edited journal or an old build could still send it.
        UUID forged = pc.store.write(Actor.user(stranger.id()), w -> {
            ReportRemarkRecord r = new ReportRemarkRecord();
            r.setId(UUID.randomUUID());
            r.setStudentId(pupils.get(1));
            r.setYearId(pc.yearId());
            r.setReportPeriod(RemarkPeriod.SEMESTER_1.name());
            r.setRemarkText("Ļoti slinks.");
            r.setWrittenAt(OffsetDateTime.now(ZoneOffset.UTC));
            r.setWrittenBy(stranger.id());
            w.insert(r);
            return r.getId();
        });

        PackageResult result = central.sync.importPackages(Actor.SYSTEM, List.of(school.export(pc))).packages().get(0);

        assertThat(result.refused()).singleElement().satisfies(r -> {
            assertThat(r.table()).isEqualTo("report_remark");
            assertThat(r.rowId()).isEqualTo(forged);
            assertThat(r.reason().key()).isEqualTo("sync.refused.notRemarkTutor");
        });
        assertThat(remarkOn(central, tutorsClass, pupils.get(0))).isEqualTo("Centīga, atsaucīga.");
        assertThat(remarkOn(central, tutorsClass, pupils.get(1))).isEmpty();
    }

    @Test
    void theDeputyDirectorsRemarkFromAPcApplies() {
        remarks(pc).write(pc.actor("vietnieks"), pupils.get(0), RemarkPeriod.SEMESTER_1, "Apsveicam ar uzvaru olimpiādē!");

        PackageResult result = central.sync.importPackages(Actor.SYSTEM, List.of(school.export(pc))).packages().get(0);

        assertThat(result.refused()).isEmpty();
        assertThat(remarkOn(central, tutorsClass, pupils.get(0))).isEqualTo("Apsveicam ar uzvaru olimpiādē!");
    }

    @Test
    void aRemarkReachesTheOtherPcsAndAClearedOneIsClearedThere() {
        remarks(pc).write(pc.actor("audzinataja"), pupils.get(0), RemarkPeriod.SEMESTER_1, "Ģimenes dēļ daudz kavēts.");
        assertThat(school.round()).noneMatch(ImportReport::anyRefused);
        assertThat(remarkOn(otherPc, tutorsClass, pupils.get(0))).isEqualTo("Ģimenes dēļ daudz kavēts.");

        remarks(pc).write(pc.actor("audzinataja"), pupils.get(0), RemarkPeriod.SEMESTER_1, "");
        assertThat(school.round()).noneMatch(ImportReport::anyRefused);
        assertThat(remarkOn(otherPc, tutorsClass, pupils.get(0))).isEmpty();
    }

    @Test
    void twoPcsWritingTheSameStudentsRemarkEndWithTheLaterOneEverywhere() {
        remarks(pc).write(pc.actor("audzinataja"), pupils.get(0), RemarkPeriod.SEMESTER_1, "Pirmais teksts.");
        remarks(otherPc).write(otherPc.actor("vietnieks"), pupils.get(0), RemarkPeriod.SEMESTER_1, "Vēlākais teksts.");

        assertThat(school.round()).noneMatch(ImportReport::anyRefused);
        school.round();

        for (Copy copy : List.of(central, pc, otherPc)) {
            assertThat(remarkOn(copy, tutorsClass, pupils.get(0))).as(copy.name).isEqualTo("Vēlākais teksts.");
        }
        assertThat(pc.content()).isEqualTo(central.content()).isEqualTo(otherPc.content());
    }
}
