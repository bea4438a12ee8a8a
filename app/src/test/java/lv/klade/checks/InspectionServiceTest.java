package lv.klade.checks;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import lv.klade.db.ChangeLog;
import lv.klade.school.Journal;
import lv.klade.testing.Refusals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Inspection records: the deputy's are kept whole, a teacher's or one of a journal that does not exist are refused. */
class InspectionServiceTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 9);
    @TempDir
    Path dir;
    ChecksFixture f;
    ChangeLog log;

    @BeforeEach
    void aSchool() {
        f = new ChecksFixture(dir);
        log = new ChangeLog(f.store);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theDeputysInspectionIsKeptAndItsJournalLeavesTheNotInspectedList() {
        f.inspections.record(f.deputy, DAY, List.of(f.journal7a), "Tēmas ierakstītas laikā.", "Turpināt.");

        assertThat(f.inspections.inspections(f.deputy)).singleElement().satisfies(i -> {
            assertThat(i.journalIds()).containsExactly(f.journal7a);
            assertThat(i.inspectorId()).isEqualTo(f.deputy.id());
            assertThat(i.findings()).isEqualTo("Tēmas ierakstītas laikā.");
        });
        assertThat(f.inspections.notInspected(f.deputy, DAY)).extracting(Journal::id).containsExactly(f.journal7b);
    }

    @Test
    void anInspectionOfAJournalThatDoesNotExistIsRefusedAndNothingIsWritten() {
        UUID unknown = UUID.randomUUID();
        assertThat(Refusals.problemOf(log, () -> f.inspections.record(f.deputy, DAY, List.of(f.journal7a, unknown),
                "Secinājumi", ""))).isEqualTo("inspections.journalMissing");
        assertThat(f.inspections.inspections(f.deputy)).isEmpty();
    }

    @Test
    void aTeacherMayNotRecordAnInspection() {
        assertThat(Refusals.problemOf(log, () -> f.inspections.record(f.teacher, DAY, List.of(f.journal7a),
                "Secinājumi", ""))).isEqualTo("inspections.notAllowed");
    }

    @Test
    void anInspectionWithoutFindingsOrOutsideTheYearIsRefused() {
        assertThat(Refusals.problemOf(log, () -> f.inspections.record(f.deputy, DAY, List.of(f.journal7a), " ", "")))
                .isEqualTo("inspections.noFindings");
        assertThat(Refusals.problemOf(log, () -> f.inspections.record(f.deputy, LocalDate.of(2027, 9, 2),
                List.of(f.journal7a), "Secinājumi", ""))).isEqualTo("inspections.dateOutsideYear");
    }
}
