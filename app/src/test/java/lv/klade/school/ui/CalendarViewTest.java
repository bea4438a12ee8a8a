package lv.klade.school.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TitledPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import lv.klade.db.Actor;
import lv.klade.i18n.Messages;
import lv.klade.people.Credentials;
import lv.klade.setup.NewSchool;
import lv.klade.setup.SchoolSetup;
import lv.klade.shell.Services;
import lv.klade.testing.FxWaits;
import lv.klade.testing.MainWindowFrame;
import lv.klade.ui.Background;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** The calendar as the administrator of a new school first opens it, in the window at 1366×768. */
@ExtendWith(ApplicationExtension.class)
class CalendarViewTest extends FxRobot {
    /** 20 August 2026, before the year starts. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-08-20T08:00:00Z"), ZoneOffset.UTC);
    private static final Messages TEXT = Messages.latvian();
    private static final String PASSWORD = "Skola-2026-parole";

    @TempDir
    Path dir;
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private MainWindowFrame window;
    private Services services;

    @Start
    void start(Stage stage) {
        window = MainWindowFrame.show(stage);
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
    void aNewSchoolWithoutBellPeriodsFindsItsBellScheduleOpen() throws TimeoutException {
        openNewSchool();
        window.shoot(this, "calendar-new-school");

        assertThat(lookup("#bellsPane").queryAs(TitledPane.class).isExpanded()).isTrue();
        assertThat(errors).isEmpty();
    }

    @Test
    void theBreaksTheirDatesAndEveryHeaderReadWhole() throws TimeoutException {
        CalendarViewModel model = openNewSchool();

        assertThat(model.breaks()).extracting(b -> b.name()).contains("Pavasara brīvlaiks");
        assertThat(lookup(".table-view .label").queryAllAs(Label.class)).filteredOn(label -> label.isVisible())
                .isNotEmpty().noneMatch(Label::isTextTruncated);
        assertThat(lookup(".table-view .table-cell").queryAllAs(TableCell.class))
                .filteredOn(cell -> cell.getText() != null && !cell.getText().isEmpty())
                .noneMatch(TableCell::isTextTruncated);
    }

    @Test
    void everyDatePickerShowsItsWholeHint() throws TimeoutException {
        openNewSchool();

        assertThat(lookup(".date-picker").queryAllAs(DatePicker.class)).isNotEmpty().allSatisfy(picker -> {
            Text hint = new Text(picker.getPromptText());
            hint.setFont(picker.getEditor().getFont());
            Insets padding = picker.getEditor().getInsets();
            assertThat(picker.getEditor().getWidth() - padding.getLeft() - padding.getRight()).as(picker.getId())
                    .isGreaterThanOrEqualTo(hint.getLayoutBounds().getWidth());
        });
    }

    private CalendarViewModel openNewSchool() throws TimeoutException {
        Path file = SchoolSetup.create(dir, new NewSchool("Jaunā skola", 2026, "Ilze", "Ozola", "admin",
                PASSWORD.toCharArray(), PASSWORD.toCharArray()), CLOCK);
        services = Services.open(file, Credentials.of("admin", PASSWORD), CLOCK);
        CalendarViewModel model = new CalendarViewModel(services.schoolRepository(), services.school(),
                Actor.user(services.user().id()), true, new Background(worker, Platform::runLater, TEXT, errors::add));
        window.open(this, () -> new CalendarView(model, TEXT).root());
        FxWaits.until(() -> !model.breaks().isEmpty());
        return model;
    }
}
