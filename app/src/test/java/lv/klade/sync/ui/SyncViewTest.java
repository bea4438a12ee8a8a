package lv.klade.sync.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import lv.klade.db.Actor;
import lv.klade.i18n.Messages;
import lv.klade.sync.SyncFixture;
import lv.klade.ui.Background;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** A package carried from a PC to the central copy through the Sync view, with the file choosers answered by the test. */
@ExtendWith(ApplicationExtension.class)
class SyncViewTest extends FxRobot {
    @TempDir
    static Path folder;
    private static SyncFixture school;
    private static Path usb;
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor();
    private final Messages messages = Messages.latvian();
    private Stage stage;

    @BeforeAll
    static void aPcWithChanges() throws IOException {
        school = SyncFixture.central(folder);
        Path enrolment = folder.resolve("enrol.zip");
        school.centralSync().enrol(Actor.SYSTEM, "Kabinets 12", enrolment);
        school.join(enrolment, "Kabinets 12");
        school.pcChangesSettingsOneRefusedAtTheCentralCopy();
        usb = Files.createDirectories(folder.resolve("usb"));
    }

    @AfterAll
    static void close() {
        WORKER.shutdownNow();
        school.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        if (System.getProperty("screenshots") != null) {
            // The theme the shell sets, whose colours klade.css looks up: the picture shows the view as people see it.
            javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        }
        stage.show();
    }

    private void show(SyncViewModel model) {
        interact(() -> {
            SyncView view = new SyncView(model, messages);
            view.useChoices(new SyncChoices() {
                @Override
                public Optional<Path> folder() {
                    return Optional.of(usb);
                }

                @Override
                public List<Path> packages() {
                    try (Stream<Path> files = Files.list(usb)) {
                        return files.toList();
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                }

                @Override
                public Optional<Path> saveAs(String suggestedName) {
                    return Optional.of(folder.resolve(suggestedName));
                }

                @Override
                public boolean confirm(String question) {
                    return true;
                }
            });
            Parent root = (Parent) view.root();
            if (System.getProperty("screenshots") != null) {
                root.getStylesheets().add(SyncViewTest.class.getResource("/lv/klade/shell/klade.css").toExternalForm());
            }
            stage.setScene(new Scene(root, 1366, 768));
            stage.setX(0);
            stage.setY(0);
        });
    }

    private Background background() {
        return new Background(WORKER, Platform::runLater, messages, e -> {
            throw new AssertionError(e);
        });
    }

    private void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Reads the scene on the FX thread, where its nodes live. */
    private <T> T fx(Supplier<T> read) {
        List<T> result = new ArrayList<>(1);
        interact(() -> result.add(read.get()));
        return result.get(0);
    }

    private boolean shown(String id) {
        return fx(() -> {
            Node node = lookup(id).tryQuery().orElse(null);
            return node != null && node.isVisible() && node.getParent().isVisible();
        });
    }

    private String text(String id) {
        return fx(() -> lookup(id).queryAs(Label.class).getText());
    }

    /** The items of a list or a table, copied on the FX thread. */
    private List<?> items(String id) {
        return fx(() -> {
            Node node = lookup(id).query();
            return List.copyOf(node instanceof ListView<?> list ? list.getItems() : ((TableView<?>) node).getItems());
        });
    }

    @Test
    void aPackageFromAPcIsPreviewedThenAppliedAtTheCentralCopy() throws Exception {
        show(new SyncViewModel(school.pcSync(), school.pcSchools(), school.pcActor("skolotajs"), false,
                school.clock(), background()));
        waitFor(() -> !text("#syncStatus").isEmpty());
        assertThat(shown("#syncPeers")).isFalse();
        clickOn("#syncExport");
        waitFor(() -> !text("#syncNotice").isEmpty());
        assertThat(items("#syncHistory")).hasSize(1);

        show(new SyncViewModel(school.centralSync(), school.centralSchools(), school.centralActor("admin"), true,
                school.clock(), background()));
        waitFor(() -> !items("#syncPeers").isEmpty());
        assertThat(shown("#syncPreview")).isFalse();
        var before = school.centralEverything();
        clickOn("#syncImport");
        waitFor(() -> shown("#syncPreview"));
        assertThat(items("#syncPreview")).hasSize(3);
        assertThat(shown("#syncReport")).isFalse();
        assertThat(school.centralEverything()).isEqualTo(before);
        picture("sync-preview");

        clickOn("#syncApply");
        waitFor(() -> shown("#syncReport") && !items("#syncHistory").isEmpty());
        assertThat(shown("#syncPreview")).isFalse();
        assertThat(items("#syncReport")).hasSize(2)
                .last().asString().startsWith("noraidīta izmaiņa: school_setting");
        HistoryRow received = (HistoryRow) items("#syncHistory").get(0);
        assertThat(received.direction()).isEqualTo(messages.get("sync.view.received"));
        assertThat(received.refused()).isEqualTo(1);
        assertThat(text("#syncNotice")).endsWith("1 noraidītas.");
        assertThat(school.centralSchools().setting("a")).hasValue("1");
        picture("sync-report");
    }

    @Test
    void aPcEnrolledForOneTeacherGetsAnEnrolmentFileWithoutGuardians() throws Exception {
        show(new SyncViewModel(school.centralSync(), school.centralSchools(), school.centralActor("admin"), true,
                school.clock(), background()));
        waitFor(() -> !items("#pcUsers").isEmpty());
        clickOn(messages.get("sync.view.peersTitle"));
        StaffChoice teacher = (StaffChoice) items("#pcUsers").stream()
                .filter(c -> ((StaffChoice) c).login().equals("skolotajs")).findFirst().orElseThrow();
        interact(() -> {
            lookup("#pcName").queryAs(javafx.scene.control.TextField.class).setText("Kabinets 7");
            teacher.chosen().set(true);
        });
        picture("sync-enrol-form");
        clickOn("#enrolPc");
        waitFor(() -> items("#syncPeers").stream().anyMatch(p -> ((PeerRow) p).name().equals("Kabinets 7")));

        PeerRow pc = (PeerRow) items("#syncPeers").stream().filter(p -> ((PeerRow) p).name().equals("Kabinets 7"))
                .findFirst().orElseThrow();
        String name = teacher.label().substring(0, teacher.label().indexOf(" ("));
        assertThat(pc.serves()).isEqualTo(name);
        assertThat(school.centralRows("guardian")).isPositive();
        Path enrolment;
        try (Stream<Path> files = Files.list(folder)) {
            enrolment = files.filter(f -> f.getFileName().toString().endsWith("-kabinets-7-pievienosana.zip"))
                    .findFirst().orElseThrow();
        }
        assertThat(school.rowsAfterJoining(enrolment, "guardian")).isZero();
        picture("sync-enrolled-for-a-teacher");
    }

    @Test
    void theRevokeButtonRevokesTheSelectedPcAfterAskingAndThenCannotBePressedForIt() throws Exception {
        school.centralSync().enrol(Actor.SYSTEM, "Kabinets 9", folder.resolve("kabinets-9.zip"));
        show(new SyncViewModel(school.centralSync(), school.centralSchools(), school.centralActor("admin"), true,
                school.clock(), background()));
        waitFor(() -> items("#syncPeers").stream().anyMatch(p -> ((PeerRow) p).name().equals("Kabinets 9")));
        clickOn(messages.get("sync.view.peersTitle"));
        assertThat(fx(() -> lookup("#revokePc").query().isDisabled())).as("nothing selected").isTrue();
        interact(() -> {
            TableView<?> peers = lookup("#syncPeers").queryAs(TableView.class);
            peers.getSelectionModel().select(peers.getItems().stream()
                    .map(PeerRow.class::cast).map(PeerRow::name).toList().indexOf("Kabinets 9"));
        });

        clickOn("#revokePc");
        waitFor(() -> items("#syncPeers").stream().anyMatch(p -> ((PeerRow) p).name().equals("Kabinets 9")
                && ((PeerRow) p).revoked()));

        assertThat(text("#syncNotice")).isEqualTo(messages.get("sync.view.revoked", "Kabinets 9"));
        assertThat(school.centralSync().status().peers()).filteredOn(p -> p.name().equals("Kabinets 9"))
                .singleElement().extracting(lv.klade.sync.SyncStatus.PeerStatus::revoked).isEqualTo(true);
        assertThat(fx(() -> lookup("#revokePc").query().isDisabled())).as("already revoked").isTrue();
    }

    /** With -Dscreenshots, a picture of the view for people to look at, in target/screenshots. */
    private void picture(String name) throws IOException {
        if (System.getProperty("screenshots") == null) {
            return;
        }
        WritableImage[] taken = new WritableImage[1];
        interact(() -> taken[0] = stage.getScene().getRoot().snapshot(null, null));
        Path out = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(out.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(taken[0], null), "png", out.toFile());
    }
}
