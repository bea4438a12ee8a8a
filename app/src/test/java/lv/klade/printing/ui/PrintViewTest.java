package lv.klade.printing.ui;

import lv.klade.reports.Pdf;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import lv.klade.i18n.Messages;
import lv.klade.printing.PrintKind;
import lv.klade.printing.PrintingFixture;
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

@ExtendWith(ApplicationExtension.class)
class PrintViewTest extends FxRobot {
    @TempDir
    static Path folder;
    private static PrintingFixture journal;
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor();
    private static final ExecutorService BATCHES = Executors.newSingleThreadExecutor();
    private Stage stage;

    @BeforeAll
    static void create() {
        journal = PrintingFixture.create(folder);
    }

    @AfterAll
    static void close() {
        WORKER.shutdownNow();
        BATCHES.shutdownNow();
        journal.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    /** Shows the section as the class tutor, with file choices that answer {@code file} and {@code batchFolder}. */
    private void showAsTutor(Path file, Path batchFolder) {
        showAsTutor(file, batchFolder, Messages.latvian());
    }

    private void showAsTutor(Path file, Path batchFolder, Messages messages) {
        Background background = new Background(WORKER, Platform::runLater, messages, e -> {
            throw new AssertionError(e);
        });
        interact(() -> {
            PrintViewModel model = new PrintViewModel(journal.printingAs("audzinataja", messages), f -> {
                throw new AssertionError("no viewer in tests");
            }, background, BATCHES, Platform::runLater);
            PrintView view = new PrintView(model, messages);
            view.useChoices(new FileChoices() {
                @Override
                public Optional<Path> saveAs(String suggestedName) {
                    return Optional.of(file.resolveSibling(suggestedName));
                }

                @Override
                public Optional<Path> folder() {
                    return Optional.of(batchFolder);
                }
            });
            stage.setScene(new Scene((Parent) view.root(), 1110, 700));
            stage.setX(0);
            stage.setY(0);
        });
    }

    private void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<PrintKind> kind() {
        return lookup("#printKind").queryAs(ComboBox.class);
    }

    private VBox pages() {
        return lookup("#previewPages").queryAs(VBox.class);
    }

    private String error() {
        return lookup("#printError").queryAs(Label.class).getText();
    }

    @Test
    void previewOfReportCardsShowsAPagePerStudentAndSavesThePdf() throws Exception {
        Path saved = folder.resolve("saved").resolve("x.pdf");
        Files.createDirectories(saved.getParent());
        showAsTutor(saved, folder);
        waitFor(() -> kind().getItems().contains(PrintKind.REPORT_CARD));
        interact(() -> kind().setValue(PrintKind.REPORT_CARD));
        clickOn("#printPreview");
        waitFor(() -> pages().getChildren().size() == journal.students.size());
        assertThat(error()).isEmpty();

        clickOn("#saveAs");
        Path file = saved.resolveSibling("7.a_liecība.pdf");
        waitFor(() -> Files.exists(file));
        assertThat(Pdf.read(file).pages()).isEqualTo(journal.students.size());
        assertThat(Pdf.read(file).text()).contains(journal.anna.fullName());
    }

    @Test
    void englishReportCardWritesTheSchoolYearWithoutLatvianOrdinalDots() throws Exception {
        Path saved = Files.createDirectories(folder.resolve("english")).resolve("x.pdf");
        showAsTutor(saved, folder, new Messages(Messages.ENGLISH));
        waitFor(() -> kind().getItems().contains(PrintKind.REPORT_CARD));
        interact(() -> kind().setValue(PrintKind.REPORT_CARD));
        clickOn("#printPreview");
        waitFor(() -> lookup("#saveAs").query().isDisabled() == false);
        clickOn("#saveAs");
        waitFor(() -> lookup("#printStatus").queryAs(Label.class).getText().contains("english"));
        String text;
        try (var files = Files.list(saved.getParent())) {
            text = Pdf.read(files.filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow()).text();
        }
        assertThat(text).contains("2026/2027").doesNotContain("2026./2027.");
    }

    @Test
    void tutorIsOfferedOnlyTheirClass() throws Exception {
        showAsTutor(folder.resolve("unused.pdf"), folder);
        waitFor(() -> !kind().getItems().isEmpty());
        assertThat(lookup("#printClass").queryAs(ComboBox.class).getItems()).extracting(Object::toString)
                .containsExactly("7.a");
    }

    @Test
    void batchForTheClassWritesAFilePerStudentWithProgress() throws Exception {
        Path out = Files.createDirectories(folder.resolve("batch"));
        showAsTutor(folder.resolve("unused.pdf"), out);
        waitFor(() -> kind().getItems().contains(PrintKind.TRANSCRIPT));
        interact(() -> kind().setValue(PrintKind.TRANSCRIPT));
        clickOn("#printBatch");
        // Cancel is enabled only while a batch runs: disabled again with full progress means it finished.
        waitFor(() -> lookup("#batchProgress").queryAs(javafx.scene.control.ProgressBar.class).getProgress() >= 1.0
                && lookup("#cancelBatch").query().isDisabled());
        assertThat(error()).isEmpty();
        try (var files = Files.list(out)) {
            assertThat(files.filter(f -> f.toString().endsWith(".pdf")).count()).isEqualTo(journal.students.size());
        }
        try (var files = Files.list(out)) {
            assertThat(files.filter(f -> f.toString().endsWith(".part"))).isEmpty();
        }
    }
}
