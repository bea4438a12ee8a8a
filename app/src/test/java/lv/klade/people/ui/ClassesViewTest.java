package lv.klade.people.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import lv.klade.people.Gender;
import lv.klade.people.PersonalCode;
import lv.klade.people.Role;
import lv.klade.people.RoleGrant;
import lv.klade.people.StaffMember;
import lv.klade.people.ui.ClassesViewModel.ClassRow;
import lv.klade.people.ui.ClassesViewModel.StudentRow;
import lv.klade.school.SchoolClass;
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
class ClassesViewTest extends FxRobot {
    @TempDir
    static Path folder;
    private static DemoJournal journal;
    private Stage stage;

    @BeforeAll
    static void createDemo() {
        journal = DemoJournal.create(folder);
    }

    @AfterAll
    static void closeDemo() {
        journal.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    private void showAs(String login, UUID initialClass) {
        StaffMember viewer = journal.login(login);
        var services = journal.services;
        interact(() -> {
            ClassesViewModel model = new ClassesViewModel(services.students(), services.staff(),
                    services.schoolRepository(), services.classRepository(), viewer, initialClass, journal.background());
            stage.setScene(new Scene((javafx.scene.Parent) new ClassesView(model, journal.messages).root(), 1110, 700));
            // The headless screen is small: keep the whole window on it, so clicks land.
            stage.setX(0);
            stage.setY(0);
        });
    }

    private TableView<ClassRow> classes() {
        return lookup("#classes").queryTableView();
    }

    private TableView<StudentRow> students() {
        return lookup("#students").queryTableView();
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitForClass(String name) throws Exception {
        int expected = journal.services.students().ofClass(journal.schoolClass(name).id()).size();
        waitFor(() -> classes().getSelectionModel().getSelectedItem() != null
                && classes().getSelectionModel().getSelectedItem().name().equals(name)
                && students().getItems().size() == expected);
    }

    @Test
    void listsTheYearsClassesAndSelectingOneListsItsStudents() throws Exception {
        showAs("admin", null);
        int classCount = journal.services.classRepository().classes(journal.services.year().id()).size();
        waitFor(() -> classes().getItems().size() == classCount);

        ClassRow sevenA = classes().getItems().stream().filter(c -> c.name().equals("7.a")).findFirst().orElseThrow();
        interact(() -> classes().getSelectionModel().select(sevenA));

        waitForClass("7.a");
        assertThat(students().getItems()).hasSize(sevenA.students()).allMatch(r -> r.className().equals("7.a"));
        assertThat(sevenA.tutor()).isEqualTo(journal.login("audzinataja").fullName());
    }

    @Test
    void subjectTeacherSeesNoPersonalCodes() throws Exception {
        StaffMember teacher = journal.login("skolotajs");
        SchoolClass sevenA = journal.schoolClass("7.a");
        assertThat(teacher.roles()).doesNotContain(RoleGrant.tutorOf(sevenA.id()));
        assertThat(teacher.holds(Role.ADMINISTRATOR)).isFalse();
        showAs("skolotajs", sevenA.id());
        waitForClass("7.a");

        assertThat(codeColumn().isVisible()).isFalse();
        assertThat(students().getItems()).allMatch(r -> r.personalCode().isEmpty() && r.birthDate().isEmpty());
        interact(() -> students().getSelectionModel().select(0));
        waitFor(() -> lookup("#personalHidden").tryQuery().isPresent());
        assertThat(lookup("#detail-personalCode").tryQuery()).isEmpty();
        assertThat(lookup("#admitStudent").tryQuery()).isEmpty();
    }

    @Test
    void tutorSeesTheirClasssPersonalCodes() throws Exception {
        StaffMember tutor = journal.login("audzinataja");
        UUID own = tutor.roles().stream().flatMap(g -> g.forClass().stream()).findFirst().orElseThrow();
        showAs("audzinataja", own);
        waitForClass("7.a");

        assertThat(codeColumn().isVisible()).isTrue();
        assertThat(students().getItems()).allMatch(r -> !r.personalCode().isEmpty());
        StudentRow first = students().getItems().getFirst();
        interact(() -> students().getSelectionModel().select(first));
        waitFor(() -> lookup("#detail-personalCode").tryQuery().isPresent());
        assertThat(lookup("#detail-personalCode").queryAs(Label.class).getText()).isEqualTo(first.personalCode());
    }

    @Test
    void admissionWithABadPersonalCodeShowsTheErrorAndAdmitsNoOne() throws Exception {
        SchoolClass sevenA = journal.schoolClass("7.a");
        int before = journal.services.students().ofClass(sevenA.id()).size();
        showAs("admin", sevenA.id());
        waitForClass("7.a");

        clickOn("#admitStudent");
        fillAdmission("Testa", "010112-12345", LocalDate.of(2012, 1, 1));
        clickOn("#saveStudent");

        waitFor(() -> !lookup("#studentsError").queryAs(Label.class).getText().isEmpty());
        assertThat(lookup("#studentsError").queryAs(Label.class).getText()).contains("010112-12345");
        assertThat(journal.services.students().ofClass(sevenA.id())).hasSize(before);
        assertThat(students().getItems()).hasSize(before);
        assertThat(lookup("#saveStudent").tryQuery()).isPresent();
    }

    @Test
    void validAdmissionAppearsInTheClassList() throws Exception {
        SchoolClass sevenA = journal.schoolClass("7.a");
        int before = journal.services.students().ofClass(sevenA.id()).size();
        LocalDate born = LocalDate.of(2012, 2, 29);
        String code = unusedCode(born);
        showAs("admin", sevenA.id());
        waitForClass("7.a");

        clickOn("#admitStudent");
        fillAdmission("Jaunuzņemtā", code, born);
        clickOn("#saveStudent");

        waitFor(() -> students().getItems().stream().anyMatch(r -> r.lastName().equals("Jaunuzņemtā")));
        assertThat(students().getItems()).hasSize(before + 1);
        assertThat(lookup("#studentsError").queryAs(Label.class).getText()).isEmpty();
        assertThat(classes().getSelectionModel().getSelectedItem().students()).isEqualTo(before + 1);
    }

    @Test
    void searchFindsStudentsInEveryClassByName() throws Exception {
        showAs("admin", null);
        waitFor(() -> !students().getItems().isEmpty());
        var any = journal.services.students().ofClass(journal.schoolClass("7.a").id()).getFirst();

        interact(() -> lookup("#studentSearch").queryAs(TextField.class).setText(any.lastName()));

        waitFor(() -> students().getItems().stream().anyMatch(r -> r.id().equals(any.id())));
        assertThat(students().getItems()).allMatch(r -> r.lastName().equals(any.lastName()) || r.firstName().contains(any.lastName()));
    }

    private TableColumn<?, ?> codeColumn() {
        return students().getColumns().stream().filter(c -> "personalCodeColumn".equals(c.getId())).findFirst().orElseThrow();
    }

    private static String unusedCode(LocalDate born) {
        for (int serial = 900; ; serial++) {
            String code = PersonalCode.forBirthDate(born, serial).value();
            if (journal.services.students().search(code).isEmpty()) {
                return code;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void fillAdmission(String lastName, String code, LocalDate born) {
        interact(() -> {
            lookup("#firstName").queryAs(TextField.class).setText("Anna");
            lookup("#lastName").queryAs(TextField.class).setText(lastName);
            lookup("#personalCode").queryAs(TextField.class).setText(code);
            lookup("#birthDate").queryAs(DatePicker.class).setValue(born);
            lookup("#gender").queryAs(ComboBox.class).setValue(Gender.F);
            lookup("#admittedFrom").queryAs(DatePicker.class).setValue(LocalDate.of(2025, 10, 15));
            lookup("#admitOrderNumber").queryAs(TextField.class).setText("1-12/45");
            lookup("#admitOrderDate").queryAs(DatePicker.class).setValue(LocalDate.of(2025, 10, 14));
            lookup("#guardianFirstName").queryAs(TextField.class).setText("Ilze");
            lookup("#guardianLastName").queryAs(TextField.class).setText(lastName);
            lookup("#guardianPhone").queryAs(TextField.class).setText("+371 29123456");
        });
    }
}
