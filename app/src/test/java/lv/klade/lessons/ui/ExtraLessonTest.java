package lv.klade.lessons.ui;

import lv.klade.testing.TestLogins;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import lv.klade.testing.ContentArea;
import lv.klade.i18n.Messages;
import lv.klade.lessons.Lesson;
import lv.klade.lessons.LessonKind;
import lv.klade.people.StaffMember;
import lv.klade.school.DateRange;
import lv.klade.shell.Services;
import lv.klade.testing.FirstDayDemo;
import lv.klade.ui.Background;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** A teacher adds an extra lesson (papildu stunda) the timetable does not plan, from "my lessons". */
@ExtendWith(ApplicationExtension.class)
class ExtraLessonTest {
    /** Tuesday 24 November 2026, 10:00 in Riga. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);
    private static final Messages TEXT = Messages.latvian();
    /** Wednesday 18 November 2026: the Proclamation Day of the Republic of Latvia, a public holiday. */
    private static final LocalDate HOLIDAY = LocalDate.of(2026, 11, 18);

    @TempDir
    static Path dir;
    private static Services services;
    private static StaffMember teacher;
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final List<String> errors = new ArrayList<>();
    private StackPane host;

    @BeforeAll
    static void school() {
        Path file = dir.resolve("demo");
        FirstDayDemo.create(file, 240, CLOCK);
        services = TestLogins.open(file, CLOCK);
        teacher = services.staff().byLogin("skolotajs").orElseThrow();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    @Start
    void start(Stage stage) {
        host = ContentArea.show(stage);
    }

    private void openMyLessons(FxRobot robot) throws TimeoutException {
        Background background = new Background(worker, Platform::runLater, TEXT, errors::add);
        LessonFormViewModel form = new LessonFormViewModel(services.lessons(TEXT), services.lessonRepository(),
                services.timetableRepository(), services.schoolRepository(), teacher.id(), background);
        MyLessonsViewModel model = new MyLessonsViewModel(services.lessonViews(TEXT), form, teacher.id(), CLOCK,
                background);
        robot.interact(() -> host.getChildren().setAll(new MyLessonsView(model, TEXT).root()));
        waitUntil(() -> !combo(robot, "#extraJournal").getItems().isEmpty()
                && !combo(robot, "#extraPeriod").getItems().isEmpty());
    }

    /** Chooses my first journal, the day and the last bell period, which the demo's timetable leaves free. */
    private void chooseExtra(FxRobot robot, LocalDate day) {
        robot.interact(() -> {
            ComboBox<JournalOption> journal = combo(robot, "#extraJournal");
            journal.setValue(journal.getItems().getFirst());
            robot.lookup("#extraDate").queryAs(DatePicker.class).setValue(day);
            ComboBox<Integer> period = combo(robot, "#extraPeriod");
            period.setValue(period.getItems().getLast());
        });
        robot.clickOn("#openExtra");
    }

    @Test
    void extraLessonOpensAsExtraAndIsSavedAsOne(FxRobot robot) throws Exception {
        openMyLessons(robot);
        LocalDate day = LocalDate.of(2026, 11, 24);

        chooseExtra(robot, day);
        waitUntil(() -> robot.lookup("#lessonForm").tryQuery().isPresent()
                && !robot.lookup("#saveLesson").query().isDisabled());
        assertThat(combo(robot, "#lessonType").getValue()).isEqualTo(LessonKind.EXTRA);
        robot.interact(() -> robot.lookup("#lessonTopic").queryAs(TextField.class).setText("Konsultācija"));
        robot.clickOn("#saveLesson");
        waitUntil(() -> TEXT.get("lessonForm.saved").equals(text(robot, "#lessonStatus")));

        List<Lesson> saved = services.lessonRepository().lessonsOfTeacher(teacher.id(), new DateRange(day, day));
        assertThat(saved).filteredOn(l -> "Konsultācija".equals(l.topic()))
                .singleElement().satisfies(l -> assertThat(l.type().kind()).isEqualTo(LessonKind.EXTRA));
        assertThat(errors).isEmpty();
    }

    @Test
    void extraLessonOnAHolidayIsRefusedWithTheWritePathsMessage(FxRobot robot) throws Exception {
        openMyLessons(robot);

        chooseExtra(robot, HOLIDAY);

        waitUntil(() -> !text(robot, "#extraError").isEmpty());
        assertThat(text(robot, "#extraError")).startsWith(TEXT.get("lesson.dayOff", HOLIDAY, "").split(":")[0]);
        assertThat(robot.lookup("#lessonForm").tryQuery()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ComboBox.class);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
