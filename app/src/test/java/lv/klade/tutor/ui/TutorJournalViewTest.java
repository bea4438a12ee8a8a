package lv.klade.tutor.ui;

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
import javafx.stage.Stage;
import lv.klade.db.Actor;
import lv.klade.i18n.Messages;
import lv.klade.people.StaffMember;
import lv.klade.shell.Services;
import lv.klade.testing.FirstDayDemo;
import lv.klade.testing.FxWaits;
import lv.klade.testing.MainWindowFrame;
import lv.klade.testing.TestLogins;
import lv.klade.tutor.ConversationParty;
import lv.klade.tutor.NewConversation;
import lv.klade.ui.Background;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** The tutor's journals screen as the class tutor and as a subject teacher open it, in the window at 1366×768. */
@ExtendWith(ApplicationExtension.class)
class TutorJournalViewTest extends FxRobot {
    /** Thursday 15 October 2026, 12:00 in Riga. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-15T09:00:00Z"), Messages.RIGA);
    private static final Messages TEXT = Messages.latvian();

    @TempDir
    Path dir;
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private MainWindowFrame window;
    private Services services;

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

    private TutorJournalViewModel open(String login) {
        Path file = dir.resolve("demo");
        FirstDayDemo.create(file, 60, CLOCK);
        services = Services.open(file, TestLogins.demo(login), CLOCK);
        StaffMember member = services.user();
        TutorJournalViewModel model = new TutorJournalViewModel(services.tutorJournals(), services.students(),
                services.classRepository(), services.schoolRepository(), member, LocalDate.now(CLOCK),
                new Background(worker, Platform::runLater, TEXT, errors::add));
        window.open(this, () -> new TutorJournalView(model, TEXT).root());
        return model;
    }

    @SuppressWarnings("unchecked")
    private TableView<?> table(String id) {
        return lookup(id).queryAs(TableView.class);
    }

    @Test
    void theTutorEntersAConversationAndSeesItInTheJournal() throws TimeoutException {
        TutorJournalViewModel model = open("audzinataja");
        FxWaits.until(() -> !model.studentChoices().isEmpty());

        interact(() -> model.studentProperty().set(model.studentChoices().getFirst()));
        clickOn("#conversationTopic").write("Kavējumi oktobrī");
        clickOn("#conversationAgreed").write("Nākamnedēļ apmeklēs matemātikas konsultācijas.");
        clickOn("#conversationAdd");
        FxWaits.until(() -> table("#conversationsTable").getItems().size() == 1);
        window.shoot(this, "tutor-journal-conversations");

        assertThat(model.conversations()).singleElement().satisfies(c -> {
            assertThat(c.topic()).isEqualTo("Kavējumi oktobrī");
            assertThat(c.late()).isFalse();
        });
        assertThat(lookup("#tutorJournalStatus").queryAs(Label.class).getText()).isEqualTo(TEXT.get("tutorJournal.saved"));
        assertThat(errors).isEmpty();
    }

    @Test
    void aSubjectTeacherGetsNoClassAndNoneOfTheTutorsConversations() throws TimeoutException {
        Path file = dir.resolve("demo");
        FirstDayDemo.create(file, 60, CLOCK);
        try (Services tutors = Services.open(file, TestLogins.demo("audzinataja"), CLOCK)) {
            StaffMember tutor = tutors.user();
            var classId = tutor.roles().stream().flatMap(g -> g.forClass().stream()).findFirst().orElseThrow();
            tutors.tutorJournals().record(Actor.user(tutor.id()), new NewConversation(
                    tutors.students().ofClass(classId).getFirst().id(), LocalDate.now(CLOCK), ConversationParty.STUDENT,
                    null, "Uzvedība", "Runās ar vecākiem."));
        }
        services = Services.open(file, TestLogins.demo("skolotajs"), CLOCK);
        TutorJournalViewModel model = new TutorJournalViewModel(services.tutorJournals(), services.students(),
                services.classRepository(), services.schoolRepository(), services.user(), LocalDate.now(CLOCK),
                new Background(worker, Platform::runLater, TEXT, errors::add));
        window.open(this, () -> new TutorJournalView(model, TEXT).root());

        FxWaits.until(() -> !lookup("#tutorJournalError").queryAs(Label.class).getText().isEmpty());
        assertThat(lookup("#tutorJournalError").queryAs(Label.class).getText())
                .isEqualTo(TEXT.get("tutorJournal.noClasses"));
        assertThat(model.classChoices()).isEmpty();
        assertThat(model.conversations()).isEmpty();
    }
}
