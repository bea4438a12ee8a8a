package lv.klade.sync.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import lv.klade.i18n.Messages;
import lv.klade.sync.SyncFixture;
import lv.klade.ui.Background;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The Sync view's model on a central copy and a PC that joined it from the enrolment file the model wrote. */
class SyncViewModelTest {
    @TempDir
    Path folder;
    private SyncFixture school;
    private SyncViewModel central;
    private SyncViewModel pc;
    private final Messages messages = Messages.latvian();
    // Same-thread work: each call has finished when it returns.
    private final Background background = new Background(Runnable::run, Runnable::run, messages, e -> {
        throw new AssertionError(e);
    });

    @BeforeEach
    void aPcJoinedFromTheEnrolmentFileAndEditing() throws IOException {
        school = SyncFixture.central(folder);
        central = new SyncViewModel(school.centralSync(), school.centralSchools(), school.centralActor("admin"), true,
                school.clock(), background);
        central.load();
        central.pcNameProperty().set("Kabinets 12");
        Path enrolment = folder.resolve(central.suggestedEnrolmentFile());
        central.enrol(enrolment);
        assertThat(central.errorProperty().get()).isEmpty();
        school.join(enrolment, "Kabinets 12");
        pc = new SyncViewModel(school.pcSync(), school.pcSchools(), school.pcActor("skolotajs"), false,
                school.clock(), background);
        pc.load();
        school.pcChangesSettingsOneRefusedAtTheCentralCopy();
    }

    @AfterEach
    void close() {
        school.close();
    }

    private Path exportFromThePc() throws IOException {
        Path usb = Files.createDirectories(folder.resolve("usb"));
        pc.export(usb);
        assertThat(pc.errorProperty().get()).isEmpty();
        try (Stream<Path> files = Files.list(usb)) {
            return files.findFirst().orElseThrow();
        }
    }

    @Test
    void theEnrolledPcIsListedAtTheCentralCopy() {
        central.load();
        assertThat(central.peers()).extracting(PeerRow::name).containsExactly("Kabinets 12");
        assertThat(central.administersPcsProperty().get()).isTrue();
        assertThat(pc.administersPcsProperty().get()).isFalse();
    }

    @Test
    void exportNamesThePackageBySchoolPcAndDay() throws IOException {
        Path file = exportFromThePc();
        assertThat(file.getFileName().toString()).matches("klade-[a-z0-9-]+-kabinets-12-2026-10-01\\.zip");
        assertThat(pc.noticeProperty().get()).contains(file.toString());
        assertThat(pc.history()).singleElement().extracting(HistoryRow::direction)
                .isEqualTo(messages.get("sync.view.sent"));
    }

    @Test
    void aSecondExportTheSameDayDoesNotOverwriteTheFirst() throws IOException {
        Path first = exportFromThePc();
        pc.export(first.getParent());
        try (Stream<Path> files = Files.list(first.getParent())) {
            assertThat(files).hasSize(2);
        }
    }

    @Test
    void thePreviewListsTablesAndRefusalsAndWritesNothing() throws IOException {
        Path file = exportFromThePc();
        var before = school.centralEverything();
        central.preview(List.of(file));
        assertThat(central.hasPreviewProperty().get()).isTrue();
        assertThat(central.preview()).anyMatch(line -> line.contains("school_setting"));
        assertThat(central.preview()).anyMatch(line -> line.startsWith("noraidīta izmaiņa: school_setting"));
        assertThat(school.centralEverything()).isEqualTo(before);
    }

    @Test
    void applyImportsAndTheReportListsTheRefusedChange() throws IOException {
        Path file = exportFromThePc();
        central.preview(List.of(file));
        central.apply();
        assertThat(central.errorProperty().get()).isEmpty();
        assertThat(central.hasPreviewProperty().get()).isFalse();
        assertThat(school.centralSchools().setting("a")).hasValue("1");
        assertThat(school.centralSchools().setting("b")).isEmpty();
        assertThat(central.report()).anyMatch(line -> line.startsWith("noraidīta izmaiņa: school_setting"));
        assertThat(central.history()).first().satisfies(row -> {
            assertThat(row.direction()).isEqualTo(messages.get("sync.view.received"));
            assertThat(row.refused()).isEqualTo(1);
        });
        assertThat(central.peers()).singleElement().extracting(PeerRow::lastReceived).asString().contains("(2 ");
    }

    @Test
    void cancelForgetsThePreviewAndImportsNothing() throws IOException {
        Path file = exportFromThePc();
        var before = school.centralEverything();
        central.preview(List.of(file));
        central.cancel();
        central.apply();
        assertThat(central.preview()).isEmpty();
        assertThat(central.report()).isEmpty();
        assertThat(school.centralEverything()).isEqualTo(before);
    }

    @Test
    void aDamagedFileIsShownRefusedWholeInThePreview() throws IOException {
        Path file = Files.writeString(folder.resolve("broken.zip"), "not a package");
        central.preview(List.of(file));
        assertThat(central.preview()).singleElement().asString().startsWith("broken.zip noraidīta");
    }

    @Test
    void theCentralCopyExportsOnlyForAChosenPc() throws IOException {
        Path usb = Files.createDirectories(folder.resolve("usb"));
        central.export(usb);
        assertThat(central.errorProperty().get()).isEqualTo(messages.get("sync.view.choosePc"));

        central.selectedPeerProperty().set(central.peers().get(0));
        central.export(usb);
        try (Stream<Path> files = Files.list(usb)) {
            assertThat(files).singleElement().asString().endsWith("-uz-kabinets-12-2026-10-01.zip");
        }
    }

    @Test
    void aRevokedPcsPackageIsRefusedWhole() throws IOException {
        Path file = exportFromThePc();
        central.selectedPeerProperty().set(central.peers().get(0));
        central.revoke();
        assertThat(central.peers()).singleElement().extracting(PeerRow::revoked).isEqualTo(true);
        central.preview(List.of(file));
        central.apply();
        assertThat(central.report()).singleElement().asString().contains("atsaukts");
    }

    @Test
    void enrollingATakenNameShowsWhy() {
        central.pcNameProperty().set("Kabinets 12");
        central.enrol(folder.resolve("again.zip"));
        assertThat(central.errorProperty().get()).isEqualTo(messages.get("sync.enrol.nameTaken", "Kabinets 12"));
    }

    @Test
    void slugsArePlainAscii() {
        assertThat(SyncRows.slug("Rīgas 1. ģimnāzija")).isEqualTo("rigas-1-gimnazija");
        assertThat(SyncRows.slug("  ")).isEqualTo("klade");
    }
}
