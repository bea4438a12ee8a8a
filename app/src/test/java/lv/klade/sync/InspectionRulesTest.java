package lv.klade.sync;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import lv.klade.checks.InspectionRepository;
import lv.klade.checks.InspectionService;
import lv.klade.db.Actor;
import lv.klade.db.generated.tables.records.InspectionRecord;
import lv.klade.people.Role;
import lv.klade.people.StaffMember;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static lv.klade.db.generated.Tables.INSPECTION;
import static org.assertj.core.api.Assertions.assertThat;

/** Inspections travel by package; the central copy takes the deputy director's and refuses a teacher's. */
class InspectionRulesTest {
    @TempDir
    Path folder;
    School school;
    Copy central;
    Copy pc;

    @BeforeEach
    void aSchoolWithAPc() {
        school = new School(folder, 60, 1);
        central = school.central;
        pc = school.pcs.get(0);
    }

    @AfterEach
    void close() {
        school.close();
    }

    private static InspectionService inspections(Copy copy) {
        return new InspectionService(copy.store, new InspectionRepository(copy.store), copy.schools, copy.classes);
    }

    private static int inspectionsAt(Copy copy) {
        return copy.store.dsl().fetchCount(INSPECTION);
    }

    @Test
    void theDeputysInspectionFromAPcReachesTheCentralCopy() {
        StaffMember deputy = pc.member("vietnieks");
        UUID journal = pc.classes.journals(pc.yearId()).getFirst().id();
        inspections(pc).record(deputy, pc.schools.currentYear().orElseThrow().starts(), List.of(journal),
                "Ieraksti veikti laikā.", "");

        PackageResult result = central.sync.importPackages(Actor.SYSTEM, List.of(school.export(pc))).packages().get(0);

        assertThat(result.refused()).isEmpty();
        assertThat(inspectionsAt(central)).isEqualTo(1);
        assertThat(inspections(central).inspections(central.member("vietnieks"))).singleElement()
                .satisfies(i -> assertThat(i.journalIds()).containsExactly(journal));
    }

    @Test
    void aTeachersForgedInspectionIsRefusedAtTheCentralCopy() {
        StaffMember teacher = pc.staff.all().stream().filter(m -> m.holds(Role.SUBJECT_TEACHER))
                .filter(m -> !m.holds(Role.DEPUTY_DIRECTOR) && !m.holds(Role.ADMINISTRATOR)).findFirst().orElseThrow();
        // The PC's service refuses a teacher; an edited journal could still send the row.
        UUID forged = pc.store.write(Actor.user(teacher.id()), w -> {
            InspectionRecord r = new InspectionRecord();
            r.setId(UUID.randomUUID());
            r.setYearId(pc.yearId());
            r.setInspectedOn(pc.schools.currentYear().orElseThrow().starts());
            r.setInspectorId(teacher.id());
            r.setFindings("Viss kārtībā.");
            r.setRecommendations("");
            r.setWrittenAt(OffsetDateTime.now(ZoneOffset.UTC));
            w.insert(r);
            return r.getId();
        });

        PackageResult result = central.sync.importPackages(Actor.SYSTEM, List.of(school.export(pc))).packages().get(0);

        assertThat(result.refused()).singleElement().satisfies(r -> {
            assertThat(r.rowId()).isEqualTo(forged);
            assertThat(r.reason().key()).isEqualTo("sync.refused.notInspector");
        });
        assertThat(inspectionsAt(central)).isZero();
    }
}
