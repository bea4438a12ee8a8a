package lv.klade.grades.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lv.klade.db.Actor;
import lv.klade.grades.TestPlan;
import lv.klade.grades.TestScope;
import lv.klade.school.Journal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The planner's view-model on one thread: the limit warning goes through the confirm callback. */
class TestPlannerViewModelTest {
    private static final LocalDate FULL_DAY = LocalDate.of(2026, 11, 10);
    @TempDir
    static Path folder;
    private static GradesDemo demo;
    private static Journal journal;

    @BeforeAll
    static void createDemo() {
        demo = GradesDemo.create(folder);
        journal = demo.classJournalOf("skolotajs");
        for (String topic : List.of("Pirmais", "Otrais")) {
            demo.services.testPlanner().plan(Actor.SYSTEM,
                    new TestPlan(journal.classId(), journal.id(), FULL_DAY, 1, TestScope.PART_OF_TOPIC, topic), true);
        }
    }

    @AfterAll
    static void closeDemo() {
        demo.close();
    }

    private TestPlannerViewModel model(List<String> asked, boolean answer) {
        TestPlannerViewModel model = new TestPlannerViewModel(demo.services.testPlanner(),
                demo.services.classRepository(), demo.services.schoolRepository(), demo.login("skolotajs"),
                demo.sameThread(), message -> {
                    asked.add(message);
                    return answer;
                });
        model.openAt(journal.classId());
        model.load();
        return model;
    }

    private long plannedOnFullDay() {
        return demo.services.testPlanner().ofJournal(journal.id()).stream()
                .filter(t -> t.plan().date().equals(FULL_DAY)).count();
    }

    private JournalChoice choice(TestPlannerViewModel model) {
        return model.journals().stream().filter(j -> j.id().equals(journal.id())).findFirst().orElseThrow();
    }

    @Test
    void aClassTutorsPlannerOpensAtTheirOwnClass() {
        var tutor = demo.login("audzinataja");
        java.util.UUID own = tutor.roles().stream().filter(g -> g.role() == lv.klade.people.Role.CLASS_TUTOR)
                .findFirst().orElseThrow().classId();
        TestPlannerViewModel model = new TestPlannerViewModel(demo.services.testPlanner(),
                demo.services.classRepository(), demo.services.schoolRepository(), tutor, demo.sameThread(),
                message -> false);
        model.load();

        assertThat(model.classChoices()).hasSizeGreaterThan(1);
        assertThat(model.classProperty().get().id()).isEqualTo(own);
    }

    @Test
    void overTheDayLimitTheUserIsAskedAndANoWritesNothing() {
        List<String> asked = new ArrayList<>();
        TestPlannerViewModel model = model(asked, false);

        model.add(FULL_DAY, choice(model), 1, TestScope.END_OF_TOPIC, "Trešais");

        assertThat(asked).singleElement().asString().contains(demo.messages.get("grades.test.dayLimit", FULL_DAY, 2));
        assertThat(plannedOnFullDay()).isEqualTo(2);
        assertThat(model.errorProperty().get()).isEmpty();
    }

    @Test
    void overTheDayLimitAYesPlansTheTestAnyway() {
        List<String> asked = new ArrayList<>();
        TestPlannerViewModel model = model(asked, true);

        model.add(FULL_DAY, choice(model), 2, TestScope.END_OF_TOPIC, "Ceturtais");

        assertThat(asked).hasSize(1);
        assertThat(model.tests()).anySatisfy(r -> assertThat(r.topic()).isEqualTo("Ceturtais"));
        demo.services.testPlanner().ofJournal(journal.id()).stream().filter(t -> t.plan().topic().equals("Ceturtais"))
                .forEach(t -> demo.services.testPlanner().remove(Actor.SYSTEM, t.id()));
    }

    @Test
    void aTeacherSeesOnlyTheirOwnJournalsOfTheClassInTheForm() {
        TestPlannerViewModel model = model(new ArrayList<>(), true);
        var own = demo.services.classRepository().journalsOfTeacher(demo.services.year().id(),
                demo.login("skolotajs").id()).stream().map(Journal::id).toList();

        assertThat(model.journals()).isNotEmpty().allSatisfy(j -> assertThat(own).contains(j.id()));
        assertThat(model.classProperty().get().id()).isEqualTo(journal.classId());
    }
}
