package lv.klade.timetable.ui;

import lv.klade.testing.TestLogins;
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
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import lv.klade.testing.ContentArea;
import lv.klade.testing.CutText;
import lv.klade.db.Actor;
import lv.klade.db.ChangeLog;
import lv.klade.i18n.Messages;
import lv.klade.people.Role;
import lv.klade.people.RoleGrant;
import lv.klade.people.StaffMember;
import lv.klade.school.Journal;
import lv.klade.school.SchoolYear;
import lv.klade.shell.Services;
import lv.klade.testing.FirstDayDemo;
import lv.klade.testing.FxWaits;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timetable editor on the demo school: from 23 November 2026 7.a has a timetable of one
 * lesson (Monday, period 1), made for the test; the administrator adds to it, a tutor sees only
 * their class.
 */
@ExtendWith(ApplicationExtension.class)
class TimetableEditorTest {
    /** Tuesday 24 November 2026, 10:00 in Riga. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);
    private static final Messages TEXT = Messages.latvian();

    @TempDir
    static Path dir;
    private static Services services;
    private static StaffMember admin;
    private static StaffMember tutor;
    private static UUID class7a;
    private static List<Journal> journals7a;
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final List<String> errors = new ArrayList<>();
    private StackPane host;

    @BeforeAll
    static void school() {
        Path file = dir.resolve("demo");
        FirstDayDemo.create(file, 240, CLOCK);
        services = TestLogins.open(file, CLOCK);
        admin = services.staff().byLogin("admin").orElseThrow();
        tutor = services.staff().byLogin("audzinataja").orElseThrow();
        class7a = tutor.roles().stream().filter(g -> g.role() == Role.CLASS_TUTOR).map(RoleGrant::classId)
                .findFirst().orElseThrow();
        SchoolYear year = services.year();
        journals7a = services.classRepository().journals(year.id()).stream()
                .filter(j -> class7a.equals(j.classId()) && !j.teachers().isEmpty()).toList();
        Journal first = journals7a.getFirst();
        services.timetable().replaceFrom(Actor.SYSTEM, new NewVersion(year.id(), "Testa", LocalDate.of(2026, 11, 23),
                year.ends(), List.of(new NewEntry(DayOfWeek.MONDAY, 1, first.id(),
                        first.teachers().getFirst().staffId(), "201"))));
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

    private TimetableEditorViewModel open(FxRobot robot, StaffMember member) throws TimeoutException {
        TimetableEditorViewModel model = new TimetableEditorViewModel(services.timetable(),
                services.timetableRepository(), services.schoolRepository(), services.classRepository(), member.id(),
                CLOCK, new Background(worker, Platform::runLater, TEXT, errors::add));
        robot.interact(() -> host.getChildren().setAll(new TimetableEditorView(model, TEXT).root()));
        FxWaits.until(() -> !combo(robot, "#timetableClass").getItems().isEmpty());
        return model;
    }

    private void choose7a(FxRobot robot) throws TimeoutException {
        robot.interact(() -> {
            ComboBox<Choice> classes = combo(robot, "#timetableClass");
            classes.setValue(classes.getItems().stream().filter(c -> c.id().equals(class7a)).findFirst().orElseThrow());
        });
        FxWaits.until(() -> entries(robot).size() == 1);
    }

    /** Fills the add form through its controls and presses Add. */
    private void add(FxRobot robot, DayOfWeek day, int period, Journal journal, String room) {
        robot.interact(() -> {
            ComboBox<DayOfWeek> weekday = combo(robot, "#entryWeekday");
            weekday.setValue(day);
            combo(robot, "#entryPeriod").setValue(period);
            ComboBox<Choice> journals = combo(robot, "#entryJournal");
            journals.setValue(journals.getItems().stream().filter(c -> c.id().equals(journal.id())).findFirst()
                    .orElseThrow());
            robot.lookup("#entryRoom").queryAs(javafx.scene.control.TextField.class).setText(room);
        });
        robot.clickOn("#addEntry");
    }

    @Test
    void administratorAddsAnEntryAndItAppearsInTheWeekGrid(FxRobot robot) throws Exception {
        open(robot, admin);
        choose7a(robot);
        Journal second = journals7a.get(1);

        add(robot, DayOfWeek.TUESDAY, 2, second, "305");

        FxWaits.until(() -> entries(robot).size() == 2);
        WeekRow period2 = grid(robot).stream().filter(r -> r.period() == 2).findFirst().orElseThrow();
        assertThat(period2.day(2)).contains(second.name().substring("7.a ".length()), "305");
        assertThat(text(robot, "#timetableError")).isEmpty();
        assertThat(errors).isEmpty();
    }

    @Test
    void clashingEntryShowsTheClashNamingBothAndSavesNothing(FxRobot robot) throws Exception {
        open(robot, admin);
        choose7a(robot);
        long changes = new ChangeLog(services.store()).count();
        Journal other = journals7a.get(2);

        add(robot, DayOfWeek.MONDAY, 1, other, "");

        FxWaits.until(() -> !text(robot, "#timetableError").isEmpty());
        assertThat(text(robot, "#timetableError")).contains("pirmdienā 1. stundā", journals7a.getFirst().name(),
                other.name());
        assertThat(new ChangeLog(services.store()).count()).isEqualTo(changes);
        assertThat(entries(robot)).hasSize(1);
    }

    @Test
    void aDayWithoutAVersionSaysSoInFullAndTheClassChosenStaysReadable(FxRobot robot) throws Exception {
        open(robot, admin);
        choose7a(robot);

        robot.interact(() -> robot.lookup("#timetableDay").queryAs(javafx.scene.control.DatePicker.class)
                .setValue(LocalDate.of(2026, 8, 20)));
        FxWaits.until(() -> text(robot, "#timetableVersion").startsWith("20.08.2026"));

        ComboBox<Choice> classes = combo(robot, "#timetableClass");
        assertThat(classes.getWidth()).as("the class chooser's width").isGreaterThanOrEqualTo(classes.prefWidth(-1));
        Label version = robot.lookup("#timetableVersion").queryAs(Label.class);
        assertThat(version.getHeight()).as("the version line's height, all its lines shown")
                .isGreaterThanOrEqualTo(version.prefHeight(version.getWidth()) - 0.5);
    }

    @Test
    void tutorSeesOnlyTheirOwnClassAndNoNewVersion(FxRobot robot) throws Exception {
        open(robot, tutor);

        ComboBox<Choice> classes = combo(robot, "#timetableClass");
        assertThat(classes.getItems()).extracting(Choice::id).containsExactly(class7a);
        FxWaits.until(() -> entries(robot).size() == 1);
        assertThat(robot.lookup("#newVersionBox").query().isVisible()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private static List<EntryRow> entries(FxRobot robot) {
        return List.copyOf(robot.lookup("#timetableEntries").queryAs(ListView.class).getItems());
    }

    @SuppressWarnings("unchecked")
    private static List<WeekRow> grid(FxRobot robot) {
        return List.copyOf(robot.lookup("#timetableWeek").queryAs(TableView.class).getItems());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void theTitleHeadersAndCellsReadWholeAt1366(FxRobot robot) throws Exception {
        open(robot, admin);
        choose7a(robot);
        ContentArea.picture(robot, host, "timetable-editor-1366");

        assertThat(CutText.under(host)).isEmpty();
    }
}
