package lv.klade.lessons.ui;

import lv.klade.testing.TestLogins;
import lv.klade.testing.ContentArea;
import lv.klade.testing.CutText;
import lv.klade.testing.FirstDayDemo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
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
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import lv.klade.db.Actor;
import lv.klade.i18n.Messages;
import lv.klade.lessons.AbsenceSummary;
import lv.klade.lessons.AbsenceToJustify;
import lv.klade.lessons.LessonState;
import lv.klade.lessons.StudentName;
import lv.klade.people.Role;
import lv.klade.people.RoleGrant;
import lv.klade.people.StaffMember;
import lv.klade.school.SchoolYear;
import lv.klade.shell.Services;
import lv.klade.timetable.NewEntry;
import lv.klade.timetable.NewVersion;
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
 * The walk through a teacher's day: the tutor of 7.a, who also teaches it, fills today's
 * lesson with the keyboard alone; the class diary shows it; her absences list shows the two
 * absences; justifying one changes the monthly summary. Run with {@code -Dlessons.screenshots=true}
 * to write pictures of the views to target/screenshots.
 */
@ExtendWith(ApplicationExtension.class)
class TeachersDayTest {
    /** Tuesday 24 November 2026, 10:00 in Riga: a school day of the demo year. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);
    private static final Messages TEXT = Messages.latvian();

    @TempDir
    static Path dir;
    private static Services services;
    private static StaffMember tutor;
    private static UUID class7a;
    private static UUID journal;
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final List<String> errors = new ArrayList<>();
    private StackPane host;
    private Stage stage;

    @BeforeAll
    static void school() {
        Path file = dir.resolve("demo");
        FirstDayDemo.create(file, 240, CLOCK);
        services = TestLogins.open(file, CLOCK);
        tutor = services.staff().byLogin("audzinataja").orElseThrow();
        class7a = tutor.roles().stream().filter(g -> g.role() == Role.CLASS_TUTOR).map(RoleGrant::classId)
                .findFirst().orElseThrow();
        SchoolYear year = services.year();
        journal = services.classRepository().journalsOfTeacher(year.id(), tutor.id()).stream()
                .filter(j -> class7a.equals(j.classId())).findFirst().orElseThrow().id();
        // From this week on, the tutor's timetable is the test's own: the demo's version ends the day before.
        services.timetable().replaceFrom(Actor.SYSTEM, new NewVersion(year.id(), "Pamata",
                java.time.LocalDate.of(2026, 11, 23), year.ends(),
                List.of(new NewEntry(DayOfWeek.MONDAY, 1, journal, tutor.id(), "201"),
                        new NewEntry(DayOfWeek.TUESDAY, 2, journal, tutor.id(), "201"),
                        new NewEntry(DayOfWeek.THURSDAY, 3, journal, tutor.id(), "201"))));
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        host = ContentArea.show(stage);
    }

    private Background background() {
        return new Background(worker, Platform::runLater, TEXT, errors::add);
    }

    private void show(FxRobot robot, java.util.function.Supplier<Node> view) {
        robot.interact(() -> host.getChildren().setAll(view.get()));
    }

    @Test
    void aClickedMarkLeavesTheFocusInTheListSoTheNextKeyMarksTheNextStudent(FxRobot robot) throws Exception {
        show(robot, () -> new MyLessonsView(myLessons(), TEXT).root());
        waitUntil(() -> robot.lookup("#todayLessons").queryAs(TableView.class).isFocused());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#saveLesson").query().isVisible() && robot.lookup("#lessonTopic").query().isFocused());
        robot.clickOn("#lessonHomework");
        String homework = robot.lookup("#lessonHomework").queryAs(javafx.scene.control.TextField.class).getText();
        TableView<?> attendance = robot.lookup("#attendance").queryAs(TableView.class);
        javafx.scene.Node firstN = robot.from(attendance).lookup(".mark-button").match(
                (javafx.scene.control.ToggleButton b) -> "n".equals(b.getText())).query();
        robot.clickOn(firstN);
        robot.type(KeyCode.N);

        assertThat(attendance.isFocused()).isTrue();
        assertThat(robot.lookup("#lessonHomework").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo(homework);
        List<?> rows = attendance.getItems();
        assertThat(((AttendanceRow) rows.get(0)).code()).isEqualTo("n");
        assertThat(((AttendanceRow) rows.get(1)).code()).isEqualTo("n");
    }

    @Test
    void aTeacherFillsTodaysLessonByKeyboardAndTheTutorJustifiesOneAbsence(FxRobot robot) throws Exception {
        List<StudentName> students = services.lessonRepository().students(journal);
        VisibleClasses visible = new VisibleClasses(services.schoolRepository(), services.classRepository());
        show(robot, () -> new MyLessonsView(myLessons(), TEXT).root());
        waitUntil(() -> robot.lookup("#todayLessons").queryAs(TableView.class).isFocused());
        snapshot(robot, "lessons-1-today");

        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#saveLesson").query().isVisible() && !robot.lookup("#saveLesson").query().isDisabled()
                && robot.lookup("#lessonTopic").query().isFocused());
        robot.write("Daļskaitļu saskaitīšana");
        robot.type(KeyCode.TAB, 3);
        robot.write("12. lpp., 3. uzd.");
        robot.type(KeyCode.TAB, 2);
        robot.type(KeyCode.N, KeyCode.N);
        snapshot(robot, "lessons-2-form");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> TEXT.get(LessonState.FILLED.messageKey()).equals(text(robot, "#lessonState")));

        assertThat(text(robot, "#lessonError")).isEmpty();
        assertThat(errors).isEmpty();
        snapshot(robot, "lessons-3-saved");

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> rows(robot, "#todayLessons", LessonRow.class).stream()
                .anyMatch(r -> r.entry().state() == LessonState.FILLED));
        robot.press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#weekLessons").query().isVisible());
        assertThat(rows(robot, "#weekLessons", LessonRow.class)).extracting(r -> r.entry().state())
                .containsExactly(LessonState.OVERDUE, LessonState.FILLED, LessonState.TO_FILL);
        snapshot(robot, "lessons-3b-week");

        show(robot, () -> new DiaryView(new DiaryViewModel(services.lessonViews(TEXT), visible, tutor, CLOCK,
                background()), TEXT).root());
        waitUntil(() -> rows(robot, "#diaryWeek", DiaryRow.class).stream()
                .anyMatch(r -> r.lesson() != null && "Daļskaitļu saskaitīšana".equals(r.lesson().topic())));
        snapshot(robot, "lessons-4-diary");

        show(robot, () -> new AbsencesView(new AbsencesViewModel(services.absences(), visible, tutor, CLOCK,
                background()), TEXT).root());
        waitUntil(() -> rows(robot, "#toJustify", AbsenceToJustify.class).size() == 2
                && !rows(robot, "#absenceSummary", AbsenceSummary.class).isEmpty());
        assertThat(rows(robot, "#toJustify", AbsenceToJustify.class)).extracting(AbsenceToJustify::studentId)
                .containsExactlyInAnyOrder(students.get(0).id(), students.get(1).id());
        AbsenceSummary before = summaryOf(robot, students.get(0).id());
        snapshot(robot, "lessons-5-absences");
        assertThat(CutText.inTables(host)).as("absences cut at 1366×768").isEmpty();

        robot.interact(() -> {
            TableView<?> list = robot.lookup("#toJustify").queryAs(TableView.class);
            int first = rows(robot, "#toJustify", AbsenceToJustify.class).stream().map(AbsenceToJustify::studentId)
                    .toList().indexOf(students.get(0).id());
            list.getSelectionModel().select(first);
        });
        robot.clickOn("#justifySelected");
        waitUntil(() -> rows(robot, "#toJustify", AbsenceToJustify.class).size() == 1);
        waitUntil(() -> summaryOf(robot, students.get(0).id()).justified() == before.justified() + 1);

        AbsenceSummary after = summaryOf(robot, students.get(0).id());
        assertThat(after.unjustified()).isEqualTo(before.unjustified() - 1);
        assertThat(text(robot, "#absencesError")).isEmpty();
        snapshot(robot, "lessons-6-justified");
    }

    private MyLessonsViewModel myLessons() {
        LessonFormViewModel form = new LessonFormViewModel(services.lessons(TEXT), services.lessonRepository(),
                services.timetableRepository(), services.schoolRepository(), tutor.id(), background());
        return new MyLessonsViewModel(services.lessonViews(TEXT), form, tutor.id(), CLOCK, background());
    }

    private static AbsenceSummary summaryOf(FxRobot robot, UUID studentId) {
        return rows(robot, "#absenceSummary", AbsenceSummary.class).stream()
                .filter(s -> s.studentId().equals(studentId)).findFirst().orElseThrow();
    }

    private static <T> List<T> rows(FxRobot robot, String query, Class<T> type) {
        return robot.lookup(query).tryQuery().map(n -> ((TableView<?>) n).getItems().stream().map(type::cast).toList())
                .orElse(List.of());
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

    private void snapshot(FxRobot robot, String name) throws Exception {
        if (!Boolean.getBoolean("lessons.screenshots")) {
            return;
        }
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.WritableImage[] taken = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> taken[0] = stage.getScene().getRoot().snapshot(null, null));
        Path out = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(out.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(taken[0], null), "png", out.toFile());
    }
}
