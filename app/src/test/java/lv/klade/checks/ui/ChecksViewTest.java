package lv.klade.checks.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import lv.klade.checks.CheckKind;
import lv.klade.i18n.Messages;
import lv.klade.people.StaffMember;
import lv.klade.shell.Services;
import lv.klade.testing.FirstDayDemo;
import lv.klade.testing.FxWaits;
import lv.klade.testing.Snapshots;
import lv.klade.testing.TestLogins;
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
 * The deputy's checks screen lists the findings, filters them by period, teacher and class, prints
 * them, and Enter on one opens what it names.
 */
@ExtendWith(ApplicationExtension.class)
class ChecksViewTest extends FxRobot {
    /** Six weeks after a first day whose lessons alone were filled: the rest are overdue. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-15T09:00:00Z"), Messages.RIGA);
    private static final Messages LATVIAN = Messages.latvian();
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor();
    @TempDir
    static Path folder;
    private static Services services;
    private static StaffMember deputy;
    private final AtomicReference<UUID> opened = new AtomicReference<>();
    private final AtomicReference<String> openedClass = new AtomicReference<>();
    private final AtomicReference<Path> printed = new AtomicReference<>();
    private Scene scene;

    @BeforeAll
    static void createDemo() {
        Path file = folder.resolve("demo");
        FirstDayDemo.create(file, 120, CLOCK);
        services = TestLogins.open(file, CLOCK);
        deputy = services.staff().byLogin("vietnieks").orElseThrow();
    }

    @AfterAll
    static void close() {
        WORKER.shutdownNow();
        services.close();
    }

    @Start
    void start(Stage stage) {
        Background background = new Background(WORKER, Platform::runLater, LATVIAN, error -> {
            throw new AssertionError("Unexpected error: " + error);
        });
        ChecksViewModel model = new ChecksViewModel(services.checks(), services.staff(), deputy, printed::set, background,
                new ChecksViewModel.Opener() {
                    @Override
                    public void journal(UUID journalId) {
                        opened.set(journalId);
                    }

                    @Override
                    public void classAbsences(UUID classId, YearMonth month) {
                        openedClass.set("absences " + classId + " " + month);
                    }

                    @Override
                    public void classTranscripts(UUID classId, YearMonth month) {
                        openedClass.set("transcripts " + classId + " " + month);
                    }
                });
        scene = new Scene((Parent) new ChecksView(model, LATVIAN).root(), 1366, 768);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    @SuppressWarnings("unchecked")
    void enterOnAnOverdueLessonOpensItsJournal() throws Exception {
        TableView<ChecksViewModel.Row> table = lookup("#checksTable").queryAs(TableView.class);
        FxWaits.until(() -> !table.getItems().isEmpty());
        Snapshots.shoot(this, scene, "checks");
        int index = 0;
        while (table.getItems().get(index).line().kind() != CheckKind.LESSON_OVERDUE) {
            index++;
        }
        ChecksViewModel.Row row = table.getItems().get(index);
        int chosen = index;
        interact(() -> {
            table.getSelectionModel().select(chosen);
            table.scrollTo(chosen);
            table.requestFocus();
        });
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(opened.get()).isNotNull().isEqualTo(row.line().journalId());
        assertThat(row.names()).isEqualTo(services.classRepository().journals(services.year().id()).stream()
                .filter(j -> j.id().equals(opened.get())).findFirst().orElseThrow().name());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMonthNarrowsTheLinesAndTheWholeYearBringsThemBack() throws Exception {
        TableView<ChecksViewModel.Row> table = lookup("#checksTable").queryAs(TableView.class);
        ComboBox<ChecksViewModel.Option<YearMonth>> month = lookup("#checksMonth").queryAs(ComboBox.class);
        FxWaits.until(() -> !table.getItems().isEmpty());
        int wholeYear = table.getItems().size();

        interact(() -> month.getSelectionModel().select(month.getItems().stream()
                .filter(o -> YearMonth.of(2026, 10).equals(o.value())).findFirst().orElseThrow()));
        FxWaits.until(() -> table.getItems().size() != wholeYear);
        assertThat(table.getItems()).allSatisfy(r -> assertThat(YearMonth.from(r.line().date()))
                .isIn(YearMonth.of(2026, 10), YearMonth.of(2026, 11)));
        assertThat(month.getItems().getFirst().label()).isEqualTo("Viss gads līdz šodienai");
        assertThat(month.getItems()).extracting(ChecksViewModel.Option::label).contains("2026. gada oktobris");

        interact(() -> month.getSelectionModel().selectFirst());
        FxWaits.until(() -> table.getItems().size() == wholeYear);
        assertThat(month.getValue().value()).isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aClassAndATeacherNarrowTheLinesToTheirOwn() throws Exception {
        TableView<ChecksViewModel.Row> table = lookup("#checksTable").queryAs(TableView.class);
        ComboBox<ChecksViewModel.Option<UUID>> classes = lookup("#checksClass").queryAs(ComboBox.class);
        ComboBox<ChecksViewModel.Option<UUID>> teachers = lookup("#checksTeacher").queryAs(ComboBox.class);
        FxWaits.until(() -> !table.getItems().isEmpty());
        int all = table.getItems().size();
        UUID classId = table.getItems().stream().map(r -> r.line().classId()).filter(java.util.Objects::nonNull)
                .findFirst().orElseThrow();
        interact(() -> classes.getSelectionModel().select(classes.getItems().stream()
                .filter(o -> classId.equals(o.value())).findFirst().orElseThrow()));
        FxWaits.until(() -> table.getItems().size() != all);
        assertThat(table.getItems()).isNotEmpty().allSatisfy(r -> assertThat(r.line().classId()).isEqualTo(classId));

        interact(() -> classes.getSelectionModel().selectFirst());
        FxWaits.until(() -> table.getItems().size() == all);
        UUID teacherId = table.getItems().stream().map(r -> r.line().teacherId()).filter(java.util.Objects::nonNull)
                .findFirst().orElseThrow();
        interact(() -> teachers.getSelectionModel().select(teachers.getItems().stream()
                .filter(o -> teacherId.equals(o.value())).findFirst().orElseThrow()));
        FxWaits.until(() -> table.getItems().size() != all);
        assertThat(table.getItems()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.line().teacherId()).isEqualTo(teacherId));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aClassLineOpensTheClassesTranscriptsOfItsMonth() throws Exception {
        TableView<ChecksViewModel.Row> table = lookup("#checksTable").queryAs(TableView.class);
        FxWaits.until(() -> !table.getItems().isEmpty());
        ChecksViewModel.Row row = table.getItems().stream()
                .filter(r -> r.line().kind() == CheckKind.TRANSCRIPT_NOT_ISSUED).findFirst().orElseThrow();
        interact(() -> {
            table.getSelectionModel().select(row);
            table.requestFocus();
        });
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened.get()).isNull();
        assertThat(openedClass.get()).isEqualTo("transcripts " + row.line().classId() + " 2026-09");
    }

    @Test
    @SuppressWarnings("unchecked")
    void printMakesAPdfOfTheLinesShown() throws Exception {
        TableView<ChecksViewModel.Row> table = lookup("#checksTable").queryAs(TableView.class);
        FxWaits.until(() -> !table.getItems().isEmpty());
        ChecksViewModel.Row first = table.getItems().getFirst();
        clickOn("#checksPrint");
        FxWaits.until(() -> printed.get() != null);
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(printed.get().toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text).contains("Viss gads līdz šodienai").contains(first.names());
        }
    }
}
