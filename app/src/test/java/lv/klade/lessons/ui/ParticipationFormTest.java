package lv.klade.lessons.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import lv.klade.testing.ContentArea;
import lv.klade.db.Actor;
import lv.klade.i18n.Messages;
import lv.klade.lessons.LessonRepository;
import lv.klade.lessons.LessonService;
import lv.klade.lessons.LessonViews;
import lv.klade.school.JournalKind;
import lv.klade.timetable.NewEntry;
import lv.klade.timetable.NewVersion;
import lv.klade.timetable.TestSchool;
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

/** In an interest education lesson the teacher ticks who took part, by keyboard; reopened, the ticks are there. */
@ExtendWith(ApplicationExtension.class)
class ParticipationFormTest {
    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);
    private static final Messages TEXT = Messages.latvian();

    @TempDir
    Path dir;
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final List<String> errors = new ArrayList<>();
    private TestSchool school;
    private StackPane host;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        host = ContentArea.show(stage);
    }

    @AfterEach
    void close() {
        worker.shutdownNow();
        if (school != null) {
            school.close();
        }
    }

    @Test
    void theTeacherTicksWhoTookPartWithSpaceAndSeesItWhenReopening(FxRobot robot) throws Exception {
        school = new TestSchool(dir, CLOCK);
        UUID teacher = school.staff("ozola");
        UUID drama = school.groupJournal(school.group2, school.english, teacher, JournalKind.INTEREST_EDUCATION);
        school.timetable.addVersion(Actor.SYSTEM, new NewVersion(school.yearId, "Pamata", LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 6, 18), List.of(new NewEntry(DayOfWeek.TUESDAY, 6, drama, teacher, "aktu zāle"))));
        LessonRepository lessons = new LessonRepository(school.store);
        LessonViews views = new LessonViews(school.schools, school.classes, school.timetables, lessons, TEXT, CLOCK);
        Background background = new Background(worker, Platform::runLater, TEXT, errors::add);
        LessonFormViewModel form = new LessonFormViewModel(new LessonService(school.store, school.schools,
                school.timetables, lessons, TEXT), lessons, school.timetables, school.schools, teacher, background);
        MyLessonsViewModel model = new MyLessonsViewModel(views, form, teacher, CLOCK, background);
        robot.interact(() -> host.getChildren().setAll(new MyLessonsView(model, TEXT).root()));
        waitUntil(() -> !model.today().isEmpty());

        robot.interact(() -> model.open(model.today().getFirst()));
        waitUntil(() -> !robot.lookup("#saveLesson").query().isDisabled() && rows(robot).size() == 2);
        robot.interact(() -> robot.lookup("#attendance").query().requestFocus());
        robot.type(KeyCode.DOWN, KeyCode.SPACE);
        assertThat(rows(robot)).extracting(AttendanceRow::tookPart).containsExactly(false, true);
        robot.clickOn("#saveLesson");
        waitUntil(() -> TEXT.get("lessonForm.saved").equals(robot.lookup("#lessonStatus").queryAs(Label.class)
                .getText()));
        UUID tookPart = rows(robot).get(1).student().id();

        robot.clickOn("#lessonBack");
        waitUntil(() -> model.today().getFirst().entry().lessonId() != null);
        robot.interact(() -> model.open(model.today().getFirst()));
        waitUntil(() -> !robot.lookup("#saveLesson").query().isDisabled() && rows(robot).size() == 2);

        assertThat(lessons.participants(model.today().getFirst().entry().lessonId())).containsExactly(tookPart);
        assertThat(robot.lookup("#attendance .check-box").queryAllAs(CheckBox.class).stream()
                .filter(CheckBox::isSelected).map(box -> ((TableCell<?, ?>) box.getParent()).getIndex()))
                .containsExactly(1);
        assertThat(errors).isEmpty();
        snapshot(robot, "lessons-participation");
    }

    /** With {@code -Dlessons.screenshots=true}, a picture of the form in target/screenshots, as TeachersDayTest does. */
    private void snapshot(FxRobot robot, String name) throws Exception {
        if (!Boolean.getBoolean("lessons.screenshots")) {
            return;
        }
        javafx.scene.image.WritableImage[] taken = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> taken[0] = stage.getScene().getRoot().snapshot(null, null));
        Path out = Path.of("target", "screenshots", name + ".png");
        java.nio.file.Files.createDirectories(out.getParent());
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(taken[0], null), "png", out.toFile());
    }

    @SuppressWarnings("unchecked")
    private static List<AttendanceRow> rows(FxRobot robot) {
        return List.copyOf(robot.lookup("#attendance").queryAs(TableView.class).getItems());
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
