package lv.klade.printing.ui;

import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import lv.klade.i18n.Messages;
import lv.klade.printing.PrintKind;
import lv.klade.printing.PrintingFixture;
import lv.klade.testing.Snapshots;
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

/**
 * The preview in its two steps, with the background work run by the test one job at a time: the
 * first card's page shows beside the busy sign, and the class's pages follow.
 */
@ExtendWith(ApplicationExtension.class)
class PrintPreviewStagesTest extends FxRobot {
    @TempDir
    static Path folder;
    private static PrintingFixture journal;
    private final BlockingQueue<Runnable> jobs = new LinkedBlockingQueue<>();

    @BeforeAll
    static void create() {
        journal = PrintingFixture.create(folder);
    }

    @AfterAll
    static void close() {
        journal.close();
    }

    @Start
    void start(Stage stage) {
        Messages messages = Messages.latvian();
        Background background = new Background(jobs::add, Platform::runLater, messages, e -> {
            throw new AssertionError(e);
        });
        PrintViewModel model = new PrintViewModel(journal.printingAs("audzinataja"), f -> {
            throw new AssertionError("no viewer in tests");
        }, background, Runnable::run, Platform::runLater);
        stage.setScene(new Scene((Parent) new PrintView(model, messages).root(), 1110, 700));
        stage.show();
    }

    /** Runs the next job the section gave its worker, here on the test's thread, and its answer on the FX thread. */
    private void runNextJob() throws InterruptedException {
        Runnable job = jobs.poll(30, TimeUnit.SECONDS);
        assertThat(job).as("a job for the worker").isNotNull();
        job.run();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int pagesShown() {
        return lookup("#previewPages").queryAs(VBox.class).getChildren().size();
    }

    private boolean preparingShown() {
        return lookup("#previewPreparing").query().isVisible();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFirstCardShowsBesideTheBusySignAndTheClassFollows() throws Exception {
        runNextJob();
        ComboBox<PrintKind> kind = lookup("#printKind").queryAs(ComboBox.class);
        waitFor(() -> kind.getItems().contains(PrintKind.REPORT_CARD));
        interact(() -> kind.setValue(PrintKind.REPORT_CARD));
        clickOn("#printPreview");
        assertThat(preparingShown()).isTrue();
        assertThat(pagesShown()).isZero();

        runNextJob();
        waitFor(() -> pagesShown() == 1);
        Snapshots.shoot(this, lookup("#previewPages").query().getScene(), "print-preview-first-page");
        assertThat(preparingShown()).isTrue();
        assertThat(lookup("#printPreview").query().isDisabled()).isFalse();
        assertThat(lookup("#saveAs").query().isDisabled()).isTrue();

        runNextJob();
        waitFor(() -> pagesShown() == journal.students.size());
        assertThat(preparingShown()).isFalse();
        assertThat(lookup("#saveAs").query().isDisabled()).isFalse();
    }
}
