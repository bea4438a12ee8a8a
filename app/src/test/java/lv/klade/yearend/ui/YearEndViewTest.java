package lv.klade.yearend.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import lv.klade.db.Actor;
import lv.klade.i18n.Messages;
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

@ExtendWith(ApplicationExtension.class)
class YearEndViewTest extends FxRobot {
    private final Messages messages = Messages.latvian();
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final List<String> asked = new ArrayList<>();
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
    void closeJournal() {
        worker.shutdownNow();
        services.close();
    }

    /** The view on a copy of the demo the way {@code copy} makes it, as the administrator, who says yes. */
    private void show(Consumer<Path> copy) {
        copy.accept(dir.resolve("j"));
        services = TestLogins.open(dir.resolve("j"), YearEndDemo.CLOCK);
        Background background = new Background(worker, Platform::runLater, messages, error -> {
            throw new AssertionError("Unexpected error: " + error);
        });
        YearEndViewModel model = new YearEndViewModel(services.yearEnd(), Actor.user(services.user().id()),
                YearEndDemo.AFTER, background, question -> asked.add(question));
        interact(() -> stage.setScene(new Scene((Parent) new YearEndView(model, messages).root(), 1366, 768)));
    }

    @SuppressWarnings("unchecked")
    private ListView<String> list(String id) {
        return lookup("#" + id).queryAs(ListView.class);
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aFinishedYearShowsNothingInTheWayAndWhatClosingDoes() throws Exception {
        show(YearEndDemo::finished);
        waitUntil(() -> !list("yearEndPlan").getItems().isEmpty());

        assertThat(list("yearEndProblems").getItems()).containsExactly(messages.get("yearEnd.nothing"));
        assertThat(list("yearEndPlan").getItems()).contains("12.a: klase beidz skolu")
                .anySatisfy(line -> assertThat(line).startsWith("7.a → 8.a, audzinātājs: "));
        assertThat(lookup("#yearEndClose").queryAs(Button.class).isDisabled()).isFalse();
        Snapshots.shoot(this, stage.getScene(), "year-end-ready");
    }

    @Test
    void closingAfterTheAdministratorConfirmsOpensTheNextYear() throws Exception {
        show(YearEndDemo::finished);
        waitUntil(() -> !list("yearEndPlan").getItems().isEmpty());

        clickOn("#yearEndOrder").write("1-12/45");
        clickOn("#yearEndClose");
        waitUntil(() -> list("yearEndPlan").getItems().getFirst().startsWith("Mācību gads 2026/27 noslēgts."));

        assertThat(asked).containsExactly(messages.get("yearEnd.confirm", "2026/27", "2027/28"));
        assertThat(services.yearName()).isEqualTo("2027/28");
        assertThat(lookup("#yearEndClose").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void aYearWithGradesMissingListsThemAndCannotBeClosed() throws Exception {
        show(YearEndDemo::unfinished);
        waitUntil(() -> list("yearEndProblems").getItems().size() > 1);

        assertThat(list("yearEndProblems").getItems())
                .anySatisfy(line -> assertThat(line).startsWith("7.a ").contains(" — trūkst: "));
        assertThat(lookup("#yearEndClose").queryAs(Button.class).isDisabled()).isTrue();
        Snapshots.shoot(this, stage.getScene(), "year-end-missing");
    }
}
