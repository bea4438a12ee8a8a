package lv.klade.timetable.ui;

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
import lv.klade.people.Role;
import lv.klade.people.RoleGrant;
import lv.klade.people.StaffMember;
import lv.klade.school.DateRange;
import lv.klade.school.Journal;
import lv.klade.school.SchoolYear;
import lv.klade.shell.Services;
import lv.klade.testing.ContentArea;
import lv.klade.testing.FirstDayDemo;
import lv.klade.testing.TestLogins;
import lv.klade.timetable.AbsenceKind;
import lv.klade.timetable.NewEntry;
import lv.klade.timetable.NewVersion;
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

/**
 * The deputy director's absences and substitutes view on the demo school: from Monday 30 November
 * 2026 the tutor of 7.a teaches 7.a on Monday in periods 1 and 2 and on Tuesday in period 1; the
 * subject teacher "skolotajs" teaches another class on Monday in period 2.
 */
@ExtendWith(ApplicationExtension.class)
class TeacherAbsencesViewTest {
    /** Monday 30 November 2026, 10:00 in Riga. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final Messages TEXT = Messages.latvian();

    @TempDir
    static Path dir;
    private static Services services;
    private static SchoolYear year;
    private static StaffMember deputy;
    private static StaffMember tutor;
    private static StaffMember teacher;
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final List<String> errors = new ArrayList<>();
    private StackPane host;

    @BeforeAll
    static void school() {
        Path file = dir.resolve("demo");
        FirstDayDemo.create(file, 120, CLOCK);
        services = TestLogins.open(file, CLOCK);
        year = services.year();
        deputy = services.staff().byLogin("vietnieks").orElseThrow();
        tutor = services.staff().byLogin("audzinataja").orElseThrow();
        teacher = services.staff().byLogin("skolotajs").orElseThrow();
        UUID class7a = tutor.roles().stream().filter(g -> g.role() == Role.CLASS_TUTOR).map(RoleGrant::classId)
                .findFirst().orElseThrow();
        UUID tutorsJournal = services.classRepository().journalsOfTeacher(year.id(), tutor.id()).stream()
                .filter(j -> class7a.equals(j.classId())).findFirst().orElseThrow().id();
        UUID teachersJournal = services.classRepository().journalsOfTeacher(year.id(), teacher.id()).stream()
                .filter(j -> j.classId() != null && !class7a.equals(j.classId())).map(Journal::id).findFirst()
                .orElseThrow();
        services.timetable().replaceFrom(Actor.SYSTEM, new NewVersion(year.id(), "Testa", MONDAY, year.ends(), List.of(
                new NewEntry(DayOfWeek.MONDAY, 1, tutorsJournal, tutor.id(), "201"),
                new NewEntry(DayOfWeek.MONDAY, 2, tutorsJournal, tutor.id(), "201"),
                new NewEntry(DayOfWeek.MONDAY, 2, teachersJournal, teacher.id(), "305"),
                new NewEntry(DayOfWeek.TUESDAY, 1, tutorsJournal, tutor.id(), "201"))));
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @AfterEach
    void removeAbsences() {
        worker.shutdownNow();
        services.timetableRepository().absences(year.range())
                .forEach(a -> services.timetable().removeAbsence(Actor.SYSTEM, a.id()));
    }

    @Start
    void start(Stage stage) {
        host = ContentArea.show(stage);
    }

    private void open(FxRobot robot, StaffMember member) throws TimeoutException {
        TeacherAbsencesViewModel model = new TeacherAbsencesViewModel(services.timetable(),
                services.timetableRepository(), services.schoolRepository(), services.classRepository(), member.id(),
                CLOCK, new Background(worker, Platform::runLater, TEXT, errors::add));
        robot.interact(() -> host.getChildren().setAll(new TeacherAbsencesView(model, TEXT).root()));
        waitUntil(() -> !combo(robot, "#absenceTeacher").getItems().isEmpty());
    }

    private static void tutorsSickLeave() {
        services.timetable().addAbsence(Actor.user(deputy.id()), tutor.id(), AbsenceKind.SICK_LEAVE,
                new DateRange(MONDAY, MONDAY.plusDays(1)), "Darbnespējas lapa A-123");
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
        waitUntil(() -> lessons(robot).getSelectionModel().getSelectedIndex() == row);
    }

    @Test
    void theDeputyRecordsAnAbsenceAndGivesALessonToATeacherFreeThen(FxRobot robot) throws Exception {
        open(robot, deputy);

        record(robot, tutor, MONDAY, MONDAY.plusDays(1), "Darbnespējas lapa A-123");
        waitUntil(() -> lessons(robot).getItems().size() == 3);

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
        waitUntil(() -> lessons(robot).getItems().getFirst().substituted());

        assertThat(lessons(robot).getItems().getFirst().substitute()).isEqualTo(teacher.fullName());
        assertThat(lessons(robot).getItems().getFirst().orderNo()).isEqualTo("1-7/45");
        assertThat(text(robot, "#absenceError")).isEmpty();
        assertThat(errors).isEmpty();
        ContentArea.picture(robot, host, "teacher-absences");
    }

    @Test
    void aSubstituteWithoutAnOrderNumberIsRefusedWithNothingWritten(FxRobot robot) throws Exception {
        tutorsSickLeave();
        open(robot, deputy);
        waitUntil(() -> lessons(robot).getItems().size() == 3);
        chooseLesson(robot, 0);
        long changes = new ChangeLog(services.store()).count();

        robot.interact(() -> {
            ComboBox<Choice> free = combo(robot, "#substituteChoice");
            free.setValue(free.getItems().stream().filter(c -> c.id().equals(teacher.id())).findFirst().orElseThrow());
            robot.lookup("#orderNo").queryAs(TextField.class).setText("");
            robot.lookup("#assignSubstitute").queryAs(Button.class).fire();
        });
        waitUntil(() -> !text(robot, "#absenceError").isEmpty());

        assertThat(text(robot, "#absenceError")).isEqualTo(TEXT.get("substitute.orderMissing"));
        assertThat(new ChangeLog(services.store()).count()).isEqualTo(changes);
        assertThat(lessons(robot).getItems().getFirst().substituted()).isFalse();
    }

    @Test
    void anAbsenceOutsideTheSchoolYearIsRefused(FxRobot robot) throws Exception {
        open(robot, deputy);
        long changes = new ChangeLog(services.store()).count();

        record(robot, tutor, LocalDate.of(2027, 8, 2), LocalDate.of(2027, 8, 6), "Kursi");
        waitUntil(() -> !text(robot, "#absenceError").isEmpty());

        assertThat(text(robot, "#absenceError")).contains("02.08.2027", "nav mācību gada robežās");
        assertThat(new ChangeLog(services.store()).count()).isEqualTo(changes);
        ContentArea.picture(robot, host, "teacher-absences-refused");
    }

    @Test
    void aSubjectTeacherIsToldOnlyTheOfficeArrangesSubstitutes(FxRobot robot) throws Exception {
        open(robot, teacher);
        waitUntil(() -> !text(robot, "#absenceError").isEmpty());

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

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
