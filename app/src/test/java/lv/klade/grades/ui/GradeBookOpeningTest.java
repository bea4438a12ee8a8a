package lv.klade.grades.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lv.klade.people.StaffMember;
import lv.klade.ui.Background;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The grade book opens at the person's own journal, and says it is loading, never empty, until it is read. */
class GradeBookOpeningTest {
    @TempDir
    static Path folder;
    private static GradesDemo demo;

    @BeforeAll
    static void createDemo() {
        demo = GradesDemo.create(folder);
    }

    @AfterAll
    static void closeDemo() {
        demo.close();
    }

    private GradeBookViewModel model(String login, Background background) {
        var s = demo.services;
        return new GradeBookViewModel(s.gradeBooks(), s.grades(), s.testPlanner(), s.classRepository(),
                s.schoolRepository(), s.staff(), demo.login(login), background);
    }

    @Test
    void itIsLoadingUntilTheBookIsReadAndThenShowsItsStudents() {
        List<Runnable> held = new ArrayList<>();
        GradeBookViewModel model = model("skolotajs", new Background(held::add, Runnable::run, demo.messages, e -> {
            throw new AssertionError(e);
        }));

        model.load();
        assertThat(model.loadingProperty().get()).isTrue();
        assertThat(model.rows()).isEmpty();
        while (!held.isEmpty()) {
            held.removeFirst().run();
        }

        assertThat(model.rows()).isNotEmpty();
        assertThat(model.loadingProperty().get()).isFalse();
    }

    @Test
    void aTeacherAndATutorOpenAJournalOfTheirOwnAndTheDeputyOneOfTheSchools() {
        for (String login : List.of("skolotajs", "audzinataja")) {
            StaffMember member = demo.login(login);
            GradeBookViewModel model = model(login, demo.sameThread());
            model.load();
            var own = demo.services.classRepository().journalsOfTeacher(demo.services.year().id(), member.id());
            assertThat(own).as(login).extracting(j -> j.id()).contains(model.journalProperty().get().id());
        }
        GradeBookViewModel deputy = model("vietnieks", demo.sameThread());
        deputy.load();
        assertThat(deputy.journalProperty().get()).isNotNull();
    }
}
