package lv.klade.sync;

import java.nio.file.Path;
import java.util.List;
import lv.klade.db.Actor;
import lv.klade.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class PreviewTest {
    @TempDir
    Path folder;
    School school;
    Path pack;

    @BeforeEach
    void aPackageWithChangesAndARefusal() {
        school = new School(folder, 40, 1);
        Copy pc = school.pcs.get(0);
        pc.school.putSetting(pc.actor("admin"), "a", "1");
        pc.school.putSetting(pc.actor("admin"), "a", "2");
        pc.school.putSetting(pc.actor("skolotajs"), "b", "1");
        pack = school.export(pc);
    }

    @AfterEach
    void close() {
        school.close();
    }

    @Test
    void previewWritesNothing() {
        var before = school.central.everything();
        school.central.sync.preview(List.of(pack));
        assertThat(school.central.everything()).isEqualTo(before);
    }

    @Test
    void previewCountsPerTableAndListsRefusalsAsTheImportWill() {
        PackageResult preview = school.central.sync.preview(List.of(pack)).packages().get(0);
        assertThat(preview.tables()).containsExactly(new PackageResult.TableCount("school_setting", 1, 1, 0));
        assertThat(preview.refused()).singleElement().extracting(RefusedChange::table).isEqualTo("school_setting");

        PackageResult imported = school.central.sync.importPackages(Actor.SYSTEM, List.of(pack)).packages().get(0);
        assertThat(imported).usingRecursiveComparison().isEqualTo(preview);
    }

    @Test
    void aPreviewOfAPackageAlreadyImportedShowsAReplay() {
        school.central.sync.importPackages(Actor.SYSTEM, List.of(pack));
        PackageResult preview = school.central.sync.preview(List.of(pack)).packages().get(0);
        assertThat(preview.refusal()).hasValueSatisfying(p -> assertThat(p.key()).isEqualTo("sync.package.replay"));
        assertThat(SyncTexts.preview(new ImportReport(List.of(preview)), Messages.forLanguage("en")))
                .singleElement().asString().contains("is a replay");
    }

    @Test
    void aPreviewOfALaterPackageShowsTheChangesAlreadyHereAsDuplicates() {
        school.central.sync.importPackages(Actor.SYSTEM, List.of(pack));
        Copy pc = school.pcs.get(0);
        pc.school.putSetting(pc.actor("admin"), "c", "1");
        PackageResult preview = school.central.sync.preview(List.of(school.export(pc))).packages().get(0);
        assertThat(preview.applied()).isEqualTo(1);
        // The refused change too: the central copy keeps its refusals, so nothing is refused twice.
        assertThat(preview.duplicates()).isEqualTo(3);
        assertThat(preview.refused()).isEmpty();
    }
}
