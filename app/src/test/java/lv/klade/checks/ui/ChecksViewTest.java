package lv.klade.checks.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
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

/** The deputy's checks screen lists the findings and Enter on one opens the journal it names. */
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
        ChecksViewModel model = new ChecksViewModel(services.checks(), deputy, background, opened::set);
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
}
