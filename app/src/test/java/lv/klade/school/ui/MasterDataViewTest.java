package lv.klade.school.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import lv.klade.db.Actor;
import lv.klade.i18n.Messages;
import lv.klade.people.Admission;
import lv.klade.people.Credentials;
import lv.klade.people.DirectorOrder;
import lv.klade.people.Gender;
import lv.klade.people.PasswordHasher;
import lv.klade.people.PersonalCode;
import lv.klade.people.Role;
import lv.klade.people.RoleGrant;
import lv.klade.people.StaffData;
import lv.klade.people.StaffMember;
import lv.klade.people.StudentData;
import lv.klade.school.GroupKind;
import lv.klade.school.Journal;
import lv.klade.school.JournalTeacher;
import lv.klade.school.SchoolClass;
import lv.klade.setup.NewSchool;
import lv.klade.setup.SchoolSetup;
import lv.klade.shell.Services;
import lv.klade.testing.ContentArea;
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

/**
 * A new, empty school set up in the window by its administrator: a programme, a subject, a class,
 * a group with members and a journal with its teacher, who then finds the journal as theirs.
 */
@ExtendWith(ApplicationExtension.class)
class MasterDataViewTest {
    /** 20 August 2026, before the year starts. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-08-20T08:00:00Z"), ZoneOffset.UTC);
    private static final Messages TEXT = Messages.latvian();
    private static final String PASSWORD = "Skola-2026-parole";

    @TempDir
    Path dir;
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final List<String> errors = new ArrayList<>();
    private StackPane host;
    private Services services;

    @Start
    void start(Stage stage) {
        host = ContentArea.show(stage);
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
    void theAdministratorSetsUpAnEmptySchoolAndTheTeacherGetsTheirJournal(FxRobot robot) throws TimeoutException {
        Path file = SchoolSetup.create(dir, new NewSchool("Jaunā skola", 2026, "Ilze", "Ozola", "admin",
                PASSWORD.toCharArray(), PASSWORD.toCharArray()), CLOCK);
        services = Services.open(file, Credentials.of("admin", PASSWORD), CLOCK);
        StaffMember admin = services.staff().byLogin("admin").orElseThrow();
        UUID teacher = services.staff().add(Actor.user(admin.id()), new StaffData("Anna", "Bērziņa", null, null, null,
                "anna", new PasswordHasher().hash(PASSWORD.toCharArray()), Set.of(RoleGrant.of(Role.SUBJECT_TEACHER))));
        open(robot, admin);

        type(robot, "#programmeCode", "21011111");
        type(robot, "#programmeName", "Pamatizglītības programma");
        click(robot, "#addProgramme", () -> rows(robot, "#programmes") == 1);
        shoot(robot, "masterdata-programmes");

        select(robot, "#tabSubjects");
        type(robot, "#subjectName", "Matemātika");
        type(robot, "#subjectShortName", "Mat.");
        click(robot, "#addSubject", () -> rows(robot, "#subjects") == 1);
        shoot(robot, "masterdata-subjects");

        select(robot, "#tabClasses");
        type(robot, "#className", "7.a");
        type(robot, "#classForm", "7");
        choose(robot, "#classProgramme", 0);
        click(robot, "#addClass", () -> rows(robot, "#schoolClasses") == 1);
        shoot(robot, "masterdata-classes");
        UUID class7a = services.classRepository().classes(services.year().id()).stream().map(SchoolClass::id)
                .findFirst().orElseThrow();
        UUID anna = admit("Anna", class7a, 10);
        admit("Pēteris", class7a, 20);

        select(robot, "#tabGroups");
        type(robot, "#groupName", "7.a 1. grupa");
        choose(robot, "#groupClass", 0);
        click(robot, "#addGroup", () -> rows(robot, "#groups") == 1);
        robot.interact(() -> robot.lookup("#groups").queryAs(TableView.class).getSelectionModel().select(0));
        choose(robot, "#memberClass", 0);
        waitUntil(() -> robot.lookup("#memberCandidates").queryAs(ListView.class).getItems().size() == 2);
        robot.interact(() -> robot.lookup("#memberCandidates").queryAs(ListView.class).getSelectionModel().select(0));
        click(robot, "#addMembers", () -> robot.lookup("#groupMembers").queryAs(ListView.class).getItems().size() == 1);
        shoot(robot, "masterdata-groups");

        select(robot, "#tabJournals");
        choose(robot, "#journalSubject", 0);
        chooseNamed(robot, "#journalOwner", "7.a 1. grupa");
        chooseNamed(robot, "#journalTeacher", "Anna Bērziņa");
        robot.interact(() -> robot.lookup("#journalTeacherFrom").queryAs(DatePicker.class)
                .setValue(LocalDate.of(2026, 9, 1)));
        click(robot, "#addJournal", () -> rows(robot, "#journals") == 1);
        robot.interact(() -> robot.lookup("#journals").queryAs(TableView.class).getSelectionModel().select(0));
        shoot(robot, "masterdata-journals");

        assertThat(errors).isEmpty();
        UUID groupId = services.classRepository().groups(services.year().id()).getFirst().id();
        assertThat(services.classRepository().groupMembers(groupId)).containsExactly(anna);
        assertThat(services.classRepository().journalsOfTeacher(services.year().id(), teacher))
                .singleElement().satisfies(journal -> {
                    assertThat(journal.name()).isEqualTo("7.a 1. grupa Matemātika");
                    assertThat(journal.teachers()).extracting(JournalTeacher::starts)
                            .containsExactly(LocalDate.of(2026, 9, 1));
                });
    }

    @Test
    void aWrongFormSaysSoAndAddsNoClass(FxRobot robot) throws TimeoutException {
        Path file = SchoolSetup.create(dir, new NewSchool("Jaunā skola", 2026, "Ilze", "Ozola", "admin",
                PASSWORD.toCharArray(), PASSWORD.toCharArray()), CLOCK);
        services = Services.open(file, Credentials.of("admin", PASSWORD), CLOCK);
        open(robot, services.staff().byLogin("admin").orElseThrow());
        select(robot, "#tabClasses");
        type(robot, "#className", "13.a");
        type(robot, "#classForm", "13");

        robot.interact(() -> robot.lookup("#addClass").queryButton().fire());
        waitUntil(() -> !robot.lookup("#masterDataError").queryLabeled().getText().isEmpty());

        assertThat(robot.lookup("#masterDataError").queryLabeled().getText()).contains("1", "12");
        assertThat(services.classRepository().classCount(services.year().id())).isZero();
    }

    @Test
    void whatWasTypedIsClearedOnceItIsAddedAndTheProgrammeStaysForTheNextClass(FxRobot robot) throws TimeoutException {
        openNewSchool(robot);
        type(robot, "#programmeCode", "21011111");
        type(robot, "#programmeName", "Pamatizglītības programma");
        click(robot, "#addProgramme", () -> rows(robot, "#programmes") == 1);

        assertThat(text(robot, "#programmeCode")).isEmpty();
        assertThat(text(robot, "#programmeName")).isEmpty();

        select(robot, "#tabClasses");
        type(robot, "#className", "7.a");
        type(robot, "#classForm", "7");
        choose(robot, "#classTutor", 0);
        choose(robot, "#classProgramme", 0);
        click(robot, "#addClass", () -> rows(robot, "#schoolClasses") == 1);

        assertThat(text(robot, "#className")).isEmpty();
        assertThat(text(robot, "#classForm")).isEmpty();
        assertThat(robot.lookup("#classTutor").queryComboBox().getValue()).isNull();
        assertThat(robot.lookup("#classProgramme").queryComboBox().getValue()).hasToString("21011111 Pamatizglītības programma");
    }

    @Test
    void everyFieldOfTheFormsHasItsCaption(FxRobot robot) throws TimeoutException {
        openNewSchool(robot);
        Set<Node> captioned = robot.lookup(".label").queryAllAs(Label.class).stream().map(Label::getLabelFor)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());

        for (String id : List.of("#programmeCode", "#programmeName", "#subjectName", "#subjectShortName", "#className",
                "#classForm", "#classTutor", "#classProgramme", "#groupName", "#groupKind", "#groupClass", "#memberClass",
                "#journalSubject", "#journalOwner", "#journalKind", "#journalTeacher", "#journalTeacherFrom",
                "#newJournalTeacher", "#newTeacherFrom", "#teacherLastDay")) {
            assertThat(captioned).as(id).contains(robot.lookup(id).query());
        }
    }

    @Test
    void twoStudentsOfOneNameInTheMemberPickerEachShowTheirBirthDate(FxRobot robot) throws TimeoutException {
        Path file = SchoolSetup.create(dir, new NewSchool("Jaunā skola", 2026, "Ilze", "Ozola", "admin",
                PASSWORD.toCharArray(), PASSWORD.toCharArray()), CLOCK);
        services = Services.open(file, Credentials.of("admin", PASSWORD), CLOCK);
        StaffMember admin = services.staff().byLogin("admin").orElseThrow();
        UUID year = services.year().id();
        UUID class7a = services.classes().addClass(Actor.user(admin.id()), year, "7.a", 7, null, null);
        services.classes().addGroup(Actor.user(admin.id()), year, "7.a 1. grupa", class7a, GroupKind.SPLIT);
        admit("Anna", class7a, 10, LocalDate.of(2013, 3, 14));
        admit("Anna", class7a, 20, LocalDate.of(2013, 10, 2));
        admit("Pēteris", class7a, 30, LocalDate.of(2013, 3, 14));
        open(robot, admin);
        select(robot, "#tabGroups");
        robot.interact(() -> robot.lookup("#groups").queryAs(TableView.class).getSelectionModel().select(0));
        choose(robot, "#memberClass", 0);
        waitUntil(() -> robot.lookup("#memberCandidates").queryAs(ListView.class).getItems().size() == 3);

        assertThat(robot.lookup("#memberCandidates").queryAs(ListView.class).getItems()).map(String::valueOf)
                .containsExactlyInAnyOrder("Anna Kalniņa (dz. 14.03.2013)", "Anna Kalniņa (dz. 02.10.2013)",
                        "Pēteris Kalniņa");
    }

    private void openNewSchool(FxRobot robot) throws TimeoutException {
        Path file = SchoolSetup.create(dir, new NewSchool("Jaunā skola", 2026, "Ilze", "Ozola", "admin",
                PASSWORD.toCharArray(), PASSWORD.toCharArray()), CLOCK);
        services = Services.open(file, Credentials.of("admin", PASSWORD), CLOCK);
        open(robot, services.staff().byLogin("admin").orElseThrow());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class).getText();
    }

    private UUID admit(String first, UUID classId, int serial) {
        return admit(first, classId, serial, LocalDate.of(2013, 3, 14));
    }

    private UUID admit(String first, UUID classId, int serial, LocalDate born) {
        StudentData data = new StudentData(first, "Kalniņa", PersonalCode.forBirthDate(born, serial).value(), born,
                Gender.F, null, null, null, null, null);
        return services.students().admit(Actor.SYSTEM, new Admission(data, classId, LocalDate.of(2026, 9, 1),
                new DirectorOrder("1-12/1", LocalDate.of(2026, 8, 28)), List.of()));
    }

    private void open(FxRobot robot, StaffMember admin) throws TimeoutException {
        People people = services.structurePeople();
        MasterDataViewModel model = new MasterDataViewModel(services.classes(), services.classRepository(),
                services.schoolRepository(), people, Actor.user(admin.id()), LocalDate.of(2026, 8, 20),
                new Background(worker, Platform::runLater, TEXT, errors::add));
        robot.interact(() -> host.getChildren().setAll(new MasterDataView(model, TEXT).root()));
        waitUntil(() -> !robot.lookup("#classTutor").queryComboBox().getItems().isEmpty());
    }

    private static void type(FxRobot robot, String id, String value) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(value));
    }

    private static void choose(FxRobot robot, String id, int index) {
        robot.interact(() -> {
            ComboBox<?> combo = robot.lookup(id).queryComboBox();
            combo.getSelectionModel().select(index);
        });
    }

    private static void chooseNamed(FxRobot robot, String id, String name) {
        robot.interact(() -> {
            ComboBox<Choice> combo = robot.lookup(id).queryComboBox();
            combo.setValue(combo.getItems().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow());
        });
    }

    private static void select(FxRobot robot, String tabId) {
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#masterDataTabs").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> tabId.equals("#" + t.getId()))
                    .findFirst().orElseThrow());
        });
    }

    private void click(FxRobot robot, String id, java.util.function.BooleanSupplier done) throws TimeoutException {
        robot.interact(() -> robot.lookup(id).queryButton().fire());
        waitUntil(() -> done.getAsBoolean() || !errors.isEmpty()
                || !robot.lookup("#masterDataError").queryLabeled().getText().isEmpty());
        assertThat(robot.lookup("#masterDataError").queryLabeled().getText()).as(id).isEmpty();
    }

    private static int rows(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class).getItems().size();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A picture of the view at the main window's content size (1366×768 less navigation), for people to look at. */
    private void shoot(FxRobot robot, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] taken = new WritableImage[1];
        robot.interact(() -> taken[0] = host.getScene().getRoot().snapshot(null, null));
        Path out = Path.of("target", "screenshots", name + ".png");
        try {
            Files.createDirectories(out.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(taken[0], null), "png", out.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
