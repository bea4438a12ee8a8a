package lv.klade.tutor.ui;

import lv.klade.testing.TestLogins;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import lv.klade.i18n.Messages;
import lv.klade.people.StaffMember;
import lv.klade.school.SchoolClass;
import lv.klade.shell.Services;
import lv.klade.testing.FirstDayDemo;
import lv.klade.tutor.RemarkPeriod;
import lv.klade.tutor.RemarkService;
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
class RemarksViewTest extends FxRobot {
    /** A school day in October 2026: the first semester's card is the one being written. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-15T09:00:00Z"), Messages.RIGA);
    private static final Messages LATVIAN = Messages.latvian();
    @TempDir
    static Path folder;
    private static Services services;
    private static StaffMember tutor;
    private static SchoolClass tutorsClass;
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor();

    @BeforeAll
    static void createDemo() {
        Path file = folder.resolve("demo");
        FirstDayDemo.create(file, 120, CLOCK);
        services = TestLogins.open(file, CLOCK);
        tutor = services.staff().byLogin("audzinataja").orElseThrow();
        UUID classId = tutor.roles().stream().flatMap(g -> g.forClass().stream()).findFirst().orElseThrow();
        tutorsClass = services.classRepository().schoolClass(classId).orElseThrow();
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
        RemarksViewModel model = new RemarksViewModel(services.remarks(), services.classRepository(),
                services.schoolRepository(), tutor, LocalDate.now(CLOCK), background);
        stage.setScene(new Scene((Parent) new RemarksView(model, LATVIAN).root(), 1366, 768));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private TableView<RemarkRow> table() {
        return lookup("#remarksTable").queryAs(TableView.class);
    }

    private TextField firstField() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#remark-1").tryQuery().isPresent());
        return lookup("#remark-1").queryAs(TextField.class);
    }

    private RemarkRow firstRow() {
        return table().getItems().getFirst();
    }

    private String saved(UUID student) {
        return services.remarks().texts(tutorsClass.id(), services.year().id(), RemarkPeriod.SEMESTER_1)
                .getOrDefault(student, "");
    }

    private void type(TextField field, String text) {
        interact(() -> {
            field.requestFocus();
            field.setText(text);
            field.fireEvent(new ActionEvent());
        });
    }

    @Test
    void theTutorSeesTheirClassesStudentsOnTheFirstSemestersCard() throws Exception {
        firstField();
        assertThat(lookup("#remarksClass").queryAs(ComboBox.class).getValue()).hasToString(tutorsClass.name());
        assertThat(lookup("#remarksPeriod").queryAs(ComboBox.class).getValue()).isEqualTo(RemarkPeriod.SEMESTER_1);
        assertThat(table().getItems()).hasSize((int) services.students().ofClass(tutorsClass.id()).stream()
                .filter(s -> !s.hasLeft()).count());
    }

    @Test
    void aRemarkTypedInTheRowIsSavedToTheJournalWhenEnterIsPressed() throws Exception {
        TextField field = firstField();
        UUID student = firstRow().studentId();
        String remark = "Ļoti čakla; jāuzlabo rokraksts. " + System.nanoTime();

        type(field, remark);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> firstRow().stateProperty().get().equals(LATVIAN.get("remarks.saved")));
        assertThat(saved(student)).isEqualTo(remark);
        assertThat(firstRow().saved()).isEqualTo(remark);
    }

    @Test
    void aTooLongRemarkIsRefusedWithTheReasonAndTheJournalKeepsTheOldOne() throws Exception {
        TextField field = firstField();
        UUID student = firstRow().studentId();
        String before = saved(student);

        type(field, "ā".repeat(RemarkService.MAX_LENGTH + 5));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !lookup("#remarksError").queryAs(Label.class).getText().isEmpty());
        assertThat(lookup("#remarksError").queryAs(Label.class).getText())
                .contains(LATVIAN.get("remarks.tooLong", RemarkService.MAX_LENGTH, RemarkService.MAX_LENGTH + 5));
        assertThat(firstRow().stateProperty().get()).isEqualTo(LATVIAN.get("remarks.notSaved"));
        assertThat(saved(student)).isEqualTo(before);
    }
}
