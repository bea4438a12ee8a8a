package lv.klade.lessons.ui;

import lv.klade.testing.TestLogins;
import lv.klade.testing.FirstDayDemo;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lv.klade.i18n.Messages;
import lv.klade.people.StaffMember;
import lv.klade.shell.Services;
import lv.klade.ui.Background;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class DiaryTestsTest {
    private static final Messages TEXT = Messages.latvian();
    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);

    @TempDir
    Path dir;

    @Test
    void theWeeksPlannedTestsAreListedInOneLine() {
        String line = DiaryViewModel.testsLine(List.of(
                new PlannedTests.Line(TUESDAY, "Matemātika", 1, "Daļskaitļi", true),
                new PlannedTests.Line(TUESDAY.plusDays(2), "Fizika", 2, "Kustība", false)), TEXT);

        assertThat(line).isEqualTo("Pārbaudes darbi šonedēļ: 24.11.2026 Matemātika (1 st.) — Daļskaitļi; "
                + "26.11.2026 Fizika (2 st., melnraksts) — Kustība");
    }

    @Test
    void aWeekWithoutTestsShowsNoLine() {
        assertThat(DiaryViewModel.testsLine(List.of(), TEXT)).isEmpty();
    }

    @Test
    void theDiaryAsksForTheShownClassAndWeekAndShowsTheirTests() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), Messages.RIGA);
        Path file = dir.resolve("demo");
        FirstDayDemo.create(file, 240, clock);
        List<String> asked = new ArrayList<>();
        try (Services services = TestLogins.open(file, clock)) {
            StaffMember tutor = services.staff().byLogin("audzinataja").orElseThrow();
            PlannedTests tests = (classId, from, to) -> {
                asked.add(services.className(classId) + " " + from + " " + to);
                return List.of(new PlannedTests.Line(TUESDAY, "Matemātika", 1, "Daļskaitļi", true));
            };
            List<String> errors = new ArrayList<>();
            DiaryViewModel model = new DiaryViewModel(services.lessonViews(TEXT),
                    new VisibleClasses(services.schoolRepository(), services.classRepository()), tutor, clock,
                    new Background(Runnable::run, Runnable::run, TEXT, errors::add), tests);
            model.load();

            assertThat(errors).isEmpty();
            assertThat(asked).containsExactly("7.a 2026-11-23 2026-11-29");
            assertThat(model.testsProperty().get()).contains("Matemātika (1 st.) — Daļskaitļi");
        }
    }
}
