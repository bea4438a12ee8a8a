package lv.klade.demo;

import java.nio.file.Path;
import java.util.List;
import lv.klade.db.Actor;
import lv.klade.grades.Decision;
import lv.klade.grades.PromotionDecision;
import lv.klade.grades.StudentYear;
import lv.klade.grades.Verdict;
import lv.klade.school.SchoolClass;
import lv.klade.shell.Services;
import lv.klade.testing.TestLogins;
import lv.klade.testing.YearEndDemo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A demo whose today is past the year's end has the year's grades and decisions, so the year's papers can be seen. */
class DemoYearEndTest {
    @TempDir
    static Path dir;
    private static Services services;

    @BeforeAll
    static void create() {
        DemoSchool.create(dir.resolve("demo"), 240, DemoSchool.DEFAULT_SEED, YearEndDemo.CLOCK, YearEndDemo.AFTER);
        services = TestLogins.open(dir.resolve("demo"), YearEndDemo.CLOCK);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private List<SchoolClass> classes() {
        return services.classRepository().classes(services.year().id());
    }

    @Test
    void everyStudentHasTheYearsGradesAndTheYearMayClose() {
        for (SchoolClass c : classes()) {
            assertThat(services.yearResults().ofClass(c.id())).as(c.name()).isNotEmpty()
                    .allSatisfy(y -> assertThat(y.missing()).isEmpty());
        }
        assertThat(services.yearEnd().check(Actor.user(services.user().id())).canClose()).isTrue();
    }

    @Test
    void theCouncilPromotesFormsOneToEightAndTenToElevenByTheDirectorsOrder() {
        for (SchoolClass c : classes()) {
            for (StudentYear y : services.yearResults().ofClass(c.id())) {
                if (c.form() == 9 || c.form() == 12) {
                    assertThat(y.decision()).isEmpty();
                    assertThat(y.outcome().verdict()).isEqualTo(Verdict.CERTIFICATE);
                } else {
                    assertThat(y.decision()).as(c.name()).map(PromotionDecision::decision).contains(Decision.PROMOTED);
                    assertThat(y.decision().orElseThrow().order().number()).isEqualTo(DemoYearEnd.ORDER);
                }
            }
        }
    }
}
