package lv.klade.statistics.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import lv.klade.i18n.Messages;
import lv.klade.people.StaffMember;
import lv.klade.printing.PrintPeriod;
import lv.klade.reports.Pdf;
import lv.klade.shell.Services;
import lv.klade.statistics.GradeFigures;
import lv.klade.statistics.Grouping;
import lv.klade.statistics.StatisticsQuery;
import lv.klade.statistics.StatisticsService;
import lv.klade.testing.MainWindowFrame;
import lv.klade.testing.TestLogins;
import lv.klade.testing.YearEndDemo;
import lv.klade.ui.Background;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The deputy director's statistics over the demo school's year, as the window shows them. */
@ExtendWith(ApplicationExtension.class)
class StatisticsViewTest extends FxRobot {
    private static final Messages LATVIAN = Messages.latvian();
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor();
    private static final List<Path> OPENED = new CopyOnWriteArrayList<>();
    @TempDir
    static Path folder;
    private static Services services;
    private static StaffMember deputy;
    private StatisticsViewModel model;
    private MainWindowFrame window;

    @BeforeAll
    static void openDemo() {
        Path file = folder.resolve("demo");
        YearEndDemo.unfinished(file);
        services = TestLogins.open(file, YearEndDemo.CLOCK);
        deputy = services.staff().byLogin("vietnieks").orElseThrow();
    }

    @AfterAll
    static void close() {
        WORKER.shutdownNow();
        services.close();
    }

    @Start
    void start(Stage stage) {
        Background background = new Background(WORKER, Platform::runLater, LATVIAN, error -> {
            throw new AssertionError("Unexpected error: " + error);
        });
        model = new StatisticsViewModel(services.statistics(LATVIAN), services.statisticsPrint(LATVIAN),
                services.schoolRepository(), deputy, OPENED::add, background);
        window = MainWindowFrame.show(stage);
    }

    @BeforeEach
    void openView() {
        window.open(this, () -> new StatisticsView(model, LATVIAN).root());
    }

    @SuppressWarnings("unchecked")
    private TableView<GradeFigures> gradeTable() {
        return lookup("#gradeTable").queryAs(TableView.class);
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void showTab(int index) {
        interact(() -> lookup("#statisticsTabs").queryAs(TabPane.class).getSelectionModel().select(index));
    }

    @Test
    void theDeputySeesEveryClassesAverageAsTheServiceCountsIt() throws Exception {
        waitFor(() -> !gradeTable().getItems().isEmpty());
        StatisticsService service = services.statistics(LATVIAN);
        java.util.UUID yearId = services.year().id();
        List<GradeFigures> expected = service.grades(deputy, new StatisticsQuery(yearId,
                service.days(yearId, new PrintPeriod.Year()), Grouping.CLASS, null, null));
        assertThat(gradeTable().getItems()).containsExactlyElementsOf(expected);
        assertThat(expected).hasSize(12);
        BarChart<?, ?> averages = lookup("#gradeAverages").queryAs(BarChart.class);
        // Forms 1–3 have levels only, so no average bar.
        assertThat(averages.getData().getFirst().getData()).hasSize(9);
        window.shoot(this, "statistics-grades");
        showTab(1);
        waitFor(() -> !lookup("#absenceTable").queryAs(TableView.class).getItems().isEmpty());
        window.shoot(this, "statistics-absences");
    }

    @Test
    void aStudentsYearDrawsALinePerSubject() throws Exception {
        waitFor(() -> !gradeTable().getItems().isEmpty());
        interact(() -> model.classProperty().set(model.classes().stream()
                .filter(c -> "7.a".equals(c.name())).findFirst().orElseThrow()));
        waitFor(() -> !model.students().isEmpty());
        interact(() -> model.studentProperty().set(model.students().get(1)));
        showTab(2);
        waitFor(() -> model.pupilProperty().get() != null);
        LineChart<?, ?> chart = lookup("#pupilPoints").queryAs(LineChart.class);
        assertThat(chart.getData()).hasSize((int) model.pupilProperty().get().subjects().stream()
                .filter(s -> !s.points().isEmpty()).count()).hasSizeGreaterThan(3);
        window.shoot(this, "statistics-pupil-all");
        interact(() -> model.subjectProperty().set(model.subjects().stream()
                .filter(c -> "Matemātika".equals(c.name())).findFirst().orElseThrow()));
        waitFor(() -> model.pupilProperty().get() != null && model.pupilProperty().get().subjects().size() == 1);
        assertThat(chart.getData()).singleElement().satisfies(line -> assertThat(line.getName()).isEqualTo("Matemātika"));
        window.shoot(this, "statistics-pupil");
    }

    @Test
    void printingOpensAPdfOfTheFiguresShown() throws Exception {
        waitFor(() -> !gradeTable().getItems().isEmpty());
        int before = OPENED.size();
        clickOn("#statisticsPrint");
        waitFor(() -> OPENED.size() > before);
        Path pdf = OPENED.getLast();
        String text = String.join("\n", Pdf.read(Files.readAllBytes(pdf)).pageTexts());
        assertThat(text).contains("Statistika", "Grupēts pēc: klases", "7.a");
        Files.copy(pdf, Files.createDirectories(Path.of("target", "pdf")).resolve("statistics-demo.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
