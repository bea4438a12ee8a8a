package lv.klade.timetable.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import lv.klade.db.Actor;
import lv.klade.db.ChangeLog;
import lv.klade.i18n.Messages;
import lv.klade.people.StaffMember;
import lv.klade.shell.Services;
import lv.klade.testing.ContentArea;
import lv.klade.testing.FxWaits;
import lv.klade.timetable.AbsenceDemo;
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

import static org.assertj.core.api.Assertions.assertThat;

/** The deputy director's absences and substitutes view on the {@link AbsenceDemo} school. */
@ExtendWith(ApplicationExtension.class)
class TeacherAbsencesViewTest {
    private static final LocalDate MONDAY = AbsenceDemo.MONDAY;
    private static final Messages TEXT = Messages.latvian();

    @TempDir
    static Path dir;
    private static AbsenceDemo demo;
    private static Services services;
    private static StaffMember deputy;
    private static StaffMember tutor;
    private static StaffMember teacher;
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final List<String> errors = new ArrayList<>();
    private StackPane host;

    @BeforeAll
    static void school() {
        demo = new AbsenceDemo(dir);
        services = demo.services;
        deputy = demo.deputy;
        tutor = demo.tutor;
        teacher = demo.teacher;
    }

    @AfterAll
    static void close() {
        demo.close();
    }

    @AfterEach
    void removeAbsences() {
        worker.shutdownNow();
        demo.removeAbsences();
    }

    @Start
    void start(Stage stage) {
        host = ContentArea.show(stage);
    }

    private void open(FxRobot robot, StaffMember member) throws TimeoutException {
        TeacherAbsencesViewModel model = new TeacherAbsencesViewModel(services.timetable(),
                services.timetableRepository(), services.schoolRepository(), services.classRepository(), member.id(),
                AbsenceDemo.CLOCK, new Background(worker, Platform::runLater, TEXT, errors::add));
        robot.interact(() -> host.getChildren().setAll(new TeacherAbsencesView(model, TEXT).root()));
        FxWaits.until(() -> !combo(robot, "#absenceTeacher").getItems().isEmpty());
    }

    /** Fills the new absence form through its controls and presses its button. */
    private static void record(FxRobot robot, StaffMember who, LocalDate from, LocalDate to, String reason) {
        robot.interact(() -> {
            ComboBox<Choice> teachers = combo(robot, "#absenceTeacher");
            teachers.setValue(teachers.getItems().stream().filter(c -> c.id().equals(who.id())).findFirst().orElseThrow());
            robot.lookup("#absenceFrom").queryAs(DatePicker.class).setValue(from);
            robot.lookup("#absenceTo").queryAs(DatePicker.class).setValue(to);
            robot.lookup("#absenceReason").queryAs(TextField.class).setText(reason);
            robot.lookup("#recordAbsence").queryAs(Button.class).fire();
        });
    }

    private static void chooseLesson(FxRobot robot, int row) throws TimeoutException {
        robot.interact(() -> lessons(robot).getSelectionModel().select(row));
        FxWaits.until(() -> lessons(robot).getSelectionModel().getSelectedIndex() == row);
    }

    @Test
    void theDeputyRecordsAnAbsenceAndGivesALessonToATeacherFreeThen(FxRobot robot) throws Exception {
        open(robot, deputy);

        record(robot, tutor, MONDAY, MONDAY.plusDays(1), AbsenceDemo.SICK_NOTE);
        FxWaits.until(() -> lessons(robot).getItems().size() == 3);

        assertThat(robot.lookup("#absenceList").queryAs(ListView.class).getItems()).hasSize(1);
        assertThat(lessons(robot).getItems()).extracting(TouchedLesson::date, TouchedLesson::period)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MONDAY, 1),
                        org.assertj.core.groups.Tuple.tuple(MONDAY, 2),
                        org.assertj.core.groups.Tuple.tuple(MONDAY.plusDays(1), 1));
        chooseLesson(robot, 1);
        assertThat(TeacherAbsencesViewTest.<Choice>combo(robot, "#substituteChoice").getItems()).extracting(Choice::id)
                .doesNotContain(teacher.id(), tutor.id());
        chooseLesson(robot, 0);
        robot.interact(() -> {
            ComboBox<Choice> free = combo(robot, "#substituteChoice");
            free.setValue(free.getItems().stream().filter(c -> c.id().equals(teacher.id())).findFirst().orElseThrow());
            robot.lookup("#orderNo").queryAs(TextField.class).setText("1-7/45");
            robot.lookup("#assignSubstitute").queryAs(Button.class).fire();
        });
        FxWaits.until(() -> lessons(robot).getItems().getFirst().substituted());

        assertThat(lessons(robot).getItems().getFirst().substitute()).isEqualTo(teacher.fullName());
        assertThat(lessons(robot).getItems().getFirst().orderNo()).isEqualTo("1-7/45");
        assertThat(text(robot, "#absenceError")).isEmpty();
        assertThat(errors).isEmpty();
        ContentArea.picture(robot, host, "teacher-absences");
    }

    @Test
    void aSubstituteWithoutAnOrderNumberIsRefusedWithNothingWritten(FxRobot robot) throws Exception {
        demo.tutorsSickLeave();
        open(robot, deputy);
        FxWaits.until(() -> lessons(robot).getItems().size() == 3);
        chooseLesson(robot, 0);
        long changes = new ChangeLog(services.store()).count();

        robot.interact(() -> {
            ComboBox<Choice> free = combo(robot, "#substituteChoice");
            free.setValue(free.getItems().stream().filter(c -> c.id().equals(teacher.id())).findFirst().orElseThrow());
            robot.lookup("#orderNo").queryAs(TextField.class).setText("");
            robot.lookup("#assignSubstitute").queryAs(Button.class).fire();
        });
        FxWaits.until(() -> !text(robot, "#absenceError").isEmpty());

        assertThat(text(robot, "#absenceError")).isEqualTo(TEXT.get("substitute.orderMissing"));
        assertThat(new ChangeLog(services.store()).count()).isEqualTo(changes);
        assertThat(lessons(robot).getItems().getFirst().substituted()).isFalse();
    }

    @Test
    void anAbsenceOutsideTheSchoolYearIsRefused(FxRobot robot) throws Exception {
        open(robot, deputy);
        long changes = new ChangeLog(services.store()).count();

        record(robot, tutor, LocalDate.of(2027, 8, 2), LocalDate.of(2027, 8, 6), "Kursi");
        FxWaits.until(() -> !text(robot, "#absenceError").isEmpty());

        assertThat(text(robot, "#absenceError")).contains("02.08.2027", "nav mācību gada robežās");
        assertThat(new ChangeLog(services.store()).count()).isEqualTo(changes);
        ContentArea.picture(robot, host, "teacher-absences-refused");
    }

    @Test
    void aSubjectTeacherIsToldOnlyTheOfficeArrangesSubstitutes(FxRobot robot) throws Exception {
        open(robot, teacher);
        FxWaits.until(() -> !text(robot, "#absenceError").isEmpty());

        assertThat(text(robot, "#absenceError")).isEqualTo(TEXT.get("absence.rights"));
        assertThat(robot.lookup("#recordAbsence").query().isDisabled()).isTrue();
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private static TableView<TouchedLesson> lessons(FxRobot robot) {
        return robot.lookup("#absenceLessons").queryAs(TableView.class);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
