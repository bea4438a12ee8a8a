package lv.klade.printing.ui;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import lv.klade.db.Actor;
import lv.klade.i18n.Messages;
import lv.klade.people.DirectorOrder;
import lv.klade.shell.Services;
import lv.klade.testing.Snapshots;
import lv.klade.testing.TestLogins;
import lv.klade.testing.YearEndDemo;
import lv.klade.ui.Background;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** After the year's end the print section still offers the closed year, with its own classes. */
@ExtendWith(ApplicationExtension.class)
class ClosedYearPrintViewTest extends FxRobot {
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor();
    private static final ExecutorService BATCHES = Executors.newSingleThreadExecutor();
    @TempDir
    Path dir;
    private Stage stage;
    private Services services;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> combo(String id) {
        return lookup(id).queryAs(ComboBox.class);
    }

    @Test
    void theClosedYearIsChosenAndItsClassesAreListed() throws Exception {
        YearEndDemo.finished(dir.resolve("j"));
        services = TestLogins.open(dir.resolve("j"), YearEndDemo.CLOCK);
        services.yearEnd().close(Actor.user(services.user().id()), new DirectorOrder("1-12/45", YearEndDemo.AFTER));
        Messages messages = Messages.latvian();
        Background background = new Background(WORKER, Platform::runLater, messages, e -> {
            throw new AssertionError(e);
        });
        interact(() -> {
            PrintViewModel model = new PrintViewModel(services.printing(messages, services.user()), f -> {
                throw new AssertionError("no viewer in tests");
            }, background, BATCHES, Platform::runLater);
            stage.setScene(new Scene((Parent) new PrintView(model, messages).root(), 1166, 700));
            model.load();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> combo("#printYear").getValue() != null);
        ComboBox<TargetChoice> year = combo("#printYear");
        assertThat(year.getItems()).extracting(TargetChoice::label).containsExactly("2027/28", "2026/27");
        assertThat(year.getValue().label()).isEqualTo("2027/28");

        interact(() -> year.setValue(year.getItems().get(1)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> combo("#printClass").getItems().stream()
                .anyMatch(c -> c.toString().equals("1.a")));
        ComboBox<TargetChoice> target = combo("#printClass");
        // The closed year's classes: 1.a is there (the next year has none yet), and 12.a is last year's.
        assertThat(target.getItems()).extracting(TargetChoice::label).contains("1.a", "12.a");
        WaitForAsyncUtils.waitForFxEvents();
        Snapshots.shoot(this, stage.getScene(), "print-closed-year");
    }
}
