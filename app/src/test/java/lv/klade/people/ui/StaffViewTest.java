package lv.klade.people.ui;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import lv.klade.people.Role;
import lv.klade.people.ui.StaffViewModel.StaffRow;
import lv.klade.testing.ContentArea;
import lv.klade.testing.CutText;
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
class StaffViewTest extends FxRobot {
    @TempDir
    static Path folder;
    private static DemoJournal journal;

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
        var services = journal.services;
        StaffViewModel model = new StaffViewModel(services.staff(), services.accounts(), services.schoolRepository(),
                services.classRepository(), journal.login("admin"), journal.background());
        stage.setScene(new Scene((Parent) new StaffView(model, journal.messages).root(), 1110, 700));
        // The headless screen is small: keep the whole window on it, so clicks land.
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    private TableView<StaffRow> staff() {
        return lookup("#staff").queryTableView();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private StaffRow row(String login) throws Exception {
        waitFor(() -> staff().getItems().stream().anyMatch(r -> r.login().equals(login)));
        return staff().getItems().stream().filter(r -> r.login().equals(login)).findFirst().orElseThrow();
    }

    private String error() {
        return lookup("#staffError").queryAs(Label.class).getText();
    }

    @Test
    void listsTheStaffWithTheirRolesInLatvian() throws Exception {
        StaffRow tutor = row("audzinataja");

        assertThat(staff().getItems()).hasSize(journal.services.staff().all().size());
        assertThat(tutor.roles()).contains("klases audzinātājs (7.a)", "mācību priekšmeta skolotājs");
        assertThat(tutor.tutorOf()).isEqualTo("7.a");
        assertThat(tutor.revoked()).isEqualTo("nē");
    }

    @Test
    @SuppressWarnings("unchecked")
    void administratorGrantsARole() throws Exception {
        StaffRow teacher = row("skolotajs");
        assertThat(teacher.member().holds(Role.ACCOMPANIST)).isFalse();

        interact(() -> staff().getSelectionModel().select(teacher));
        interact(() -> lookup("#roleChoice").queryAs(ComboBox.class).setValue(Role.ACCOMPANIST));
        clickOn("#grantRole");

        waitFor(() -> row("skolotajs").member().holds(Role.ACCOMPANIST));
        assertThat(row("skolotajs").roles()).contains("koncertmeistars");
        assertThat(journal.login("skolotajs").holds(Role.ACCOMPANIST)).isTrue();
        assertThat(error()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void tutorRoleWithoutAClassIsRefused() throws Exception {
        StaffRow teacher = row("koncertmeistars");
        interact(() -> staff().getSelectionModel().select(teacher));
        interact(() -> lookup("#roleChoice").queryAs(ComboBox.class).setValue(Role.CLASS_TUTOR));
        clickOn("#grantRole");

        waitFor(() -> !error().isEmpty());
        assertThat(journal.login("koncertmeistars").holds(Role.CLASS_TUTOR)).isFalse();
    }

    @Test
    void newStaffMemberWithAShortPasswordIsNotAdded() throws Exception {
        int before = journal.services.staff().all().size();
        row("admin");
        clickOn("#addStaff");
        fillNewStaff("ozols", "short");
        clickOn("#saveStaff");

        waitFor(() -> !error().isEmpty());
        assertThat(journal.services.staff().all()).hasSize(before);
        assertThat(journal.services.staff().byLogin("ozols")).isEmpty();
    }

    @Test
    void administratorAddsAStaffMember() throws Exception {
        row("admin");
        clickOn("#addStaff");
        fillNewStaff("kalnins", "drosa-parole-1");
        clickOn("#saveStaff");

        StaffRow added = row("kalnins");
        assertThat(added.name()).isEqualTo("Jānis Kalniņš");
        assertThat(added.member().holds(Role.SUBJECT_TEACHER)).isTrue();
        assertThat(error()).isEmpty();
        assertThat(lookup("#saveStaff").tryQuery()).isEmpty();
    }

    @Test
    void everyRoleInTheNewStaffFormReadsWhole() throws Exception {
        row("admin");
        clickOn("#addStaff");
        waitFor(() -> lookup("#saveStaff").tryQuery().isPresent());

        for (Role role : Role.values()) {
            assertThat(lookup("#role-" + role.name()).queryAs(CheckBox.class).isTextTruncated()).as(role.name()).isFalse();
        }
    }

    private void fillNewStaff(String login, String password) {
        interact(() -> {
            lookup("#staffFirstName").queryAs(TextField.class).setText("Jānis");
            lookup("#staffLastName").queryAs(TextField.class).setText("Kalniņš");
            lookup("#staffLogin").queryAs(TextField.class).setText(login);
            lookup("#staffPassword").queryAs(PasswordField.class).setText(password);
            lookup("#role-SUBJECT_TEACHER").queryAs(CheckBox.class).setSelected(true);
        });
    }

    @Test
    void theStaffListsHeadersAndCellsReadWholeAt1366() throws Exception {
        row("audzinataja");
        Stage stage = (Stage) staff().getScene().getWindow();
        StaffViewModel model = new StaffViewModel(journal.services.staff(), journal.services.accounts(),
                journal.services.schoolRepository(), journal.services.classRepository(), journal.login("admin"),
                journal.background());
        interact(() -> ContentArea.show(stage).getChildren().setAll(new StaffView(model, journal.messages).root()));
        row("audzinataja");
        ContentArea.picture(this, staff(), "staff-1366");

        assertThat(CutText.inTables(staff().getScene().getRoot())).isEmpty();
    }
}
