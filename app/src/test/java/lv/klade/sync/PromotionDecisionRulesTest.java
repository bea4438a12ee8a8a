package lv.klade.sync;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.db.generated.tables.records.PromotionDecisionRecord;
import lv.klade.grades.Decision;
import lv.klade.grades.PromotionDecision;
import lv.klade.grades.PromotionDecisionRepository;
import lv.klade.grades.PromotionDecisionService;
import lv.klade.people.DirectorOrder;
import lv.klade.people.Role;
import lv.klade.people.RoleGrant;
import lv.klade.people.StaffMember;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Promotion decisions travel by sync, and only the class tutor's (or the office's) are taken at the central copy. */
class PromotionDecisionRulesTest {
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

    private static PromotionDecisionService decisions(Copy copy) {
        return new PromotionDecisionService(copy.store, new PromotionDecisionRepository(copy.store));
    }

    private static DirectorOrder order(Copy copy) {
        return new DirectorOrder("1-12/51", copy.schools.currentYear().orElseThrow().ends());
    }

    private static java.util.Optional<Decision> decisionOf(Copy copy, UUID student) {
        return java.util.Optional.ofNullable(decisions(copy).ofStudents(copy.yearId(), List.of(student)).get(student))
                .map(PromotionDecision::decision);
    }

    private StaffMember stranger() {
        return pc.staff.all().stream().filter(m -> !m.holds(Role.ADMINISTRATOR) && !m.holds(Role.DEPUTY_DIRECTOR))
                .filter(m -> m.roles().stream().noneMatch(g -> tutorsClass.equals(g.classId())))
                .filter(m -> !m.roles().isEmpty()).findFirst().orElseThrow();
    }

    @Test
    void aNonTutorsDecisionIsRefusedAtTheCentralCopyAndTheTutorsApplies() {
        decisions(pc).decide(pc.actor("audzinataja"), pupils.get(0), Decision.KEPT_BACK, order(pc));
        StaffMember stranger = stranger();
        // The PC's own service refuses a stranger; an edited journal or an old build could still send it.
        UUID forged = pc.store.write(Actor.user(stranger.id()), w -> {
            PromotionDecisionRecord r = new PromotionDecisionRecord();
            r.setId(UUID.randomUUID());
            r.setStudentId(pupils.get(1));
            r.setYearId(pc.yearId());
            r.setDecision(Decision.PROMOTED.name());
            r.setOrderNumber("viltots");
            r.setOrderDate(order(pc).date());
            r.setDecidedAt(OffsetDateTime.now(ZoneOffset.UTC));
            r.setDecidedBy(stranger.id());
            w.insert(r);
            return r.getId();
        });

        PackageResult result = central.sync.importPackages(Actor.SYSTEM, List.of(school.export(pc))).packages().get(0);

        assertThat(result.refused()).singleElement().satisfies(r -> {
            assertThat(r.table()).isEqualTo("promotion_decision");
            assertThat(r.rowId()).isEqualTo(forged);
            assertThat(r.reason().key()).isEqualTo("sync.refused.notPromotionTutor");
        });
        assertThat(decisionOf(central, pupils.get(0))).contains(Decision.KEPT_BACK);
        assertThat(decisionOf(central, pupils.get(1))).isEmpty();
    }

    @Test
    void aDecisionReachesTheOtherPcs() {
        decisions(pc).decide(pc.actor("vietnieks"), pupils.get(0), Decision.EXTENDED_YEAR, order(pc));
        assertThat(school.round()).noneMatch(ImportReport::anyRefused);
        assertThat(decisionOf(otherPc, pupils.get(0))).contains(Decision.EXTENDED_YEAR);
    }
}
