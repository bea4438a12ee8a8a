package lv.klade.messages.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import lv.klade.db.Actor;
import lv.klade.i18n.Messages;
import lv.klade.messages.MessageAudience;
import lv.klade.messages.NewMessage;
import lv.klade.messages.ParentsLetterService;
import lv.klade.shell.Services;
import lv.klade.testing.FirstDayDemo;
import lv.klade.testing.FxWaits;
import lv.klade.testing.MainWindowFrame;
import lv.klade.testing.TestLogins;
import lv.klade.ui.Background;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** The home screen's news and the messages screen, as a teacher opens them after login, at 1366×768. */
@ExtendWith(ApplicationExtension.class)
class MessagesViewTest extends FxRobot {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-15T09:00:00Z"), Messages.RIGA);
    private static final Messages TEXT = Messages.latvian();

    @TempDir
    Path dir;
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private MainWindowFrame window;
    private Services services;
    private Path file;

    @Start
    void start(Stage stage) {
        window = MainWindowFrame.show(stage);
    }

    @AfterEach
    void stop() throws InterruptedException {
        worker.shutdownNow();
        worker.awaitTermination(10, TimeUnit.SECONDS);
        if (services != null) {
            services.close();
        }
    }

    @Test
    void theTutorPrintsTheFormsTextAsALetterToTheClasssParents() throws Exception {
        openAsTeacher();
        services.close();
        services = Services.open(file, TestLogins.demo("audzinataja"), CLOCK);
        ParentsLetterService letters = new ParentsLetterService(services.schoolRepository(),
                services.classRepository(), services.students(), services.staff());
        MessagesViewModel model = new MessagesViewModel(services.messages(), letters, services.staff(),
                services.classRepository(), services.schoolRepository(), services.user(), LocalDate.now(CLOCK),
                new Background(worker, Platform::runLater, TEXT, errors::add));
        window.open(this, () -> new MessagesView(model, TEXT).root());
        FxWaits.until(() -> !model.classChoices().isEmpty());
        var tutorsClass = services.user().roles().stream().flatMap(g -> g.forClass().stream()).findFirst().orElseThrow();

        interact(() -> model.classProperty().set(model.classChoices().stream()
                .filter(c -> c.id().equals(tutorsClass)).findFirst().orElseThrow()));
        clickOn("#messageSubject").write("Vecāku sapulce");
        clickOn("#messageBody").write("Aicinām uz sapulci ceturtdien plkst. 18:00.");
        Path letter = dir.resolve("vestule.pdf");
        model.writeLetter(letter, true);
        FxWaits.until(() -> !lookup("#messageStatus").queryAs(Label.class).getText().isEmpty());

        assertThat(lookup("#messageLetter").tryQuery()).isPresent();
        assertThat(lv.klade.reports.Pdf.read(letter).pages()).isEqualTo(services.students().ofClass(tutorsClass).size());
        assertThat(errors).isEmpty();
    }

    /** A demo school where the registrar has posted news and the deputy has written to the teacher. */
    private MessagesViewModel openAsTeacher() {
        file = dir.resolve("demo");
        FirstDayDemo.create(file, 40, CLOCK);
        try (Services office = Services.open(file, TestLogins.demo("lietvedis"), CLOCK)) {
            office.messages().send(Actor.user(office.user().id()), NewMessage.news("Ziemassvētku koncerts",
                    "22. decembrī plkst. 18:00 aktu zālē. Aicināti visi skolēni un vecāki."));
            office.messages().send(Actor.user(office.user().id()), NewMessage.toPerson(
                    office.staff().byLogin("skolotajs").orElseThrow().id(), "Stundu saraksts",
                    "Lūdzu, pārbaudiet savu stundu sarakstu nākamajai nedēļai."));
        }
        services = Services.open(file, TestLogins.demo("skolotajs"), CLOCK);
        ParentsLetterService letters = new ParentsLetterService(services.schoolRepository(),
                services.classRepository(), services.students(), services.staff());
        return new MessagesViewModel(services.messages(), letters, services.staff(), services.classRepository(),
                services.schoolRepository(), services.user(), LocalDate.now(CLOCK),
                new Background(worker, Platform::runLater, TEXT, errors::add));
    }

    @Test
    void theHomeScreenShowsTheSchoolsNewsWithItsSenderAndTheUnreadCount() throws TimeoutException {
        MessagesViewModel model = openAsTeacher();
        window.open(this, () -> new HomeView(model, TEXT).root());
        FxWaits.until(() -> !model.news().isEmpty());
        window.shoot(this, "home-news");

        assertThat(lookup("#homeNews").queryAs(VBox.class).getChildren()).hasSize(1);
        assertThat(lookup("#homeNews .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Ziemassvētku koncerts").anyMatch(t -> t.contains("15.10.2026 12:00"));
        assertThat(lookup("#homeUnread").queryAs(Label.class).getText()).isEqualTo(TEXT.get("messages.unread", 2));
        assertThat(errors).isEmpty();
    }

    @Test
    void aTeacherReadsAMessageAndWritesToAClassesTutor() throws TimeoutException {
        MessagesViewModel model = openAsTeacher();
        window.open(this, () -> new MessagesView(model, TEXT).root());
        FxWaits.until(() -> model.inbox().size() == 1 && !model.classChoices().isEmpty());

        interact(() -> lookup("#messagesInbox").queryAs(TableView.class).getSelectionModel().select(0));
        FxWaits.until(() -> model.inbox().getFirst().read());
        interact(() -> {
            model.audienceProperty().set(MessageAudience.CLASS_TUTOR);
            model.classProperty().set(model.classChoices().getFirst());
        });
        clickOn("#messageSubject").write("Kontroldarbs");
        clickOn("#messageBody").write("Piektdien 7.a rakstīs kontroldarbu matemātikā.");
        clickOn("#messageSend");
        FxWaits.until(() -> model.sent().size() == 1);
        window.shoot(this, "messages-sent");

        assertThat(model.sent().getFirst().recipient()).isNotEmpty();
        assertThat(lookup("#messageStatus").queryAs(Label.class).getText()).isEqualTo(TEXT.get("messages.sentOk"));
        assertThat(lookup("#messageSubject").queryAs(javafx.scene.control.TextField.class).getText()).isEmpty();
        assertThat(errors).isEmpty();
    }
}
