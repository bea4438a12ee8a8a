package lv.klade.grades.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import lv.klade.grades.Decision;
import javafx.stage.Stage;
import lv.klade.db.Actor;
import lv.klade.grades.Grade;
import lv.klade.grades.GradeKind;
import lv.klade.grades.PeriodGrade;
import lv.klade.grades.Verdict;
import lv.klade.grades.ui.PromotionViewModel.PromotionRow;
import lv.klade.i18n.UserError;
import lv.klade.people.Student;
import lv.klade.school.Journal;
import lv.klade.school.SchoolClass;
import lv.klade.testing.Snapshots;
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
class PromotionViewTest extends FxRobot {
    @TempDir
    static Path folder;
    private static GradesDemo demo;
    private static SchoolClass seventh;
    private static Student passes;
    private static Student fallsShort;
    private static String shortSubject;

    /** Two 7.a students get a year grade of 7 in each of their journals, one of them a 3 in the first. */
    @BeforeAll
    static void createDemo() {
        demo = GradesDemo.create(folder);
        var s = demo.services;
        seventh = s.classRepository().classes(s.year().id()).stream().filter(c -> c.name().equals("7.a"))
                .findFirst().orElseThrow();
        List<Student> students = s.students().ofClass(seventh.id());
        passes = students.get(0);
        fallsShort = students.get(1);
        List<Journal> journals = s.classRepository().journals(s.year().id());
        Journal first = journals.stream().filter(j -> seventh.id().equals(j.classId())).findFirst().orElseThrow();
        shortSubject = s.classRepository().subjects().stream()
                .filter(sub -> sub.id().equals(first.subjectId())).findFirst().orElseThrow().name();
        for (Journal j : journals) {
            for (Student student : List.of(passes, fallsShort)) {
                int points = student == fallsShort && j == first ? 3 : 7;
                try {
                    s.grades().setPeriodGrade(Actor.SYSTEM, new PeriodGrade(student.id(), j.id(), GradeKind.YEAR,
                            s.year().ends(), new Grade.Points(points), null));
                } catch (UserError notTheirs) {
                    // The student does not learn in this journal (another class's, or another group's).
                }
            }
        }
    }

    @AfterAll
    static void closeDemo() {
        demo.close();
    }

    @Start
    void start(Stage stage) {
        PromotionViewModel model = new PromotionViewModel(demo.services.yearResults(),
                demo.services.promotionDecisions(), demo.services.classRepository(), demo.services.schoolRepository(),
                demo.login("audzinataja"), demo.services.year().ends(), demo.background(Platform::runLater));
        stage.setScene(new Scene((Parent) new PromotionView(model, demo.messages).root(), 1366, 768));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private TableView<PromotionRow> promotion() {
        return lookup("#promotion").queryAs(TableView.class);
    }

    private PromotionRow row(Student student) {
        return promotion().getItems().stream().filter(r -> r.studentId().equals(student.id())).findFirst()
                .orElseThrow();
    }

    @Test
    void theTutorSeesEachStudentsOutcomeWithTheSubjectsThatFallShort() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !promotion().getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(promotion().getItems()).hasSize(demo.services.students().ofClass(seventh.id()).size());
        assertThat(row(passes).verdict()).isEqualTo(Verdict.PROMOTED);
        assertThat(row(fallsShort).verdict()).isEqualTo(Verdict.RE_EXAMINATION_NEEDED);
        assertThat(row(fallsShort).reason()).isEqualTo(demo.messages.get("grades.verdict.RE_EXAMINATION_NEEDED",
                shortSubject));
        assertThat(promotion().getItems()).filteredOn(r -> !r.studentId().equals(passes.id())
                && !r.studentId().equals(fallsShort.id())).allSatisfy(r -> assertThat(r.verdict()).isEqualTo(Verdict.GRADES_MISSING));
        Snapshots.shoot(this, promotion().getScene(), "grades-promotion");
    }

    @Test
    void theTutorRecordsTheCouncilsDecisionByTheOrderAndADateOutsideTheYearIsRefused() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !promotion().getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<Decision> decision = lookup("#promotionDecision").queryComboBox();
        TextField order = lookup("#promotionOrder").queryAs(TextField.class);
        DatePicker date = lookup("#promotionOrderDate").queryAs(DatePicker.class);
        interact(() -> {
            promotion().getSelectionModel().select(row(fallsShort));
            decision.setValue(Decision.RE_EXAMINATION);
            order.setText("1-12/51");
            date.setValue(demo.services.year().ends().plusYears(1));
        });
        clickOn("#promotionRecord");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !lookup("#promotionError").queryAs(Label.class).getText().isEmpty());
        assertThat(lookup("#promotionError").queryAs(Label.class).getText()).contains("nav šajā mācību gadā");

        interact(() -> date.setValue(demo.services.year().ends()));
        clickOn("#promotionRecord");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !row(fallsShort).decided().isEmpty());
        assertThat(row(fallsShort).decided()).isEqualTo("Jākārto pēcpārbaudījums (rīkojums Nr. 1-12/51, "
                + lv.klade.i18n.Messages.date(demo.services.year().ends()) + ")");
        assertThat(lookup("#promotionError").queryAs(Label.class).getText()).isEmpty();
        Snapshots.shoot(this, promotion().getScene(), "grades-promotion-decision");
    }
}
