package lv.klade.people.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import lv.klade.people.StudentImportField;
import lv.klade.people.StudentImportService;
import lv.klade.testing.Snapshots;
import lv.klade.testing.StudentLists;
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
class StudentImportViewTest extends FxRobot {
    @TempDir
    static Path folder;
    private static DemoJournal journal;
    private static long seed;
    private final AtomicReference<String> remembered = new AtomicReference<>();
    private Stage stage;
    private StudentImportViewModel model;

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

    /** The view where the main window shows it at 1366×768: right of the navigation, below the header. */
    private void showAs(String login) {
        var services = journal.services;
        StudentImportService imports = new StudentImportService(services.store(), services.students(),
                services.schoolRepository(), services.classRepository());
        interact(() -> {
            model = new StudentImportViewModel(imports, journal.login(login), StudentImportViewModel.MappingMemory.of(
                    () -> Optional.ofNullable(remembered.get()), remembered::set), journal.background());
            BorderPane window = new BorderPane(new StudentImportView(model, journal.messages).root());
            Region navigation = new Region();
            navigation.getStyleClass().add("navigation");
            Region header = new Region();
            header.setPrefHeight(49);
            header.getStyleClass().add("header");
            window.setLeft(navigation);
            window.setTop(header);
            BorderPane.setMargin(window.getCenter(), new javafx.geometry.Insets(16));
            // Dressed as the main window is (its theme and klade.css), whatever test ran before.
            javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            window.getStylesheets().add(lv.klade.shell.Shell.class.getResource("klade.css").toExternalForm());
            stage.setScene(new Scene(window, 1366, 768));
            stage.setX(0);
            stage.setY(0);
        });
    }

    /** A school's list whose class column is headed "Grupa", which no field's name is. */
    private static Path list(String name, int count, int badCodeRow) {
        List<String> headers = new ArrayList<>(StudentLists.HEADERS);
        headers.set(6, "Grupa");
        List<List<String>> rows = new ArrayList<>();
        var services = journal.services;
        List<String> taken = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        services.classRepository().classes(services.year().id()).forEach(c -> {
            classes.add(c.name());
            services.students().ofClass(c.id()).forEach(s -> taken.add(s.personalCode().value()));
        });
        for (List<String> row : StudentLists.students(count, classes.subList(0, 3), taken, ++seed)) {
            rows.add(new ArrayList<>(row));
        }
        if (badCodeRow > 0) {
            rows.get(badCodeRow - 2).set(3, "010101-11111");
        }
        return StudentLists.csv(folder.resolve(name), headers, rows);
    }

    private void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String label(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    private Button importButton() {
        return lookup("#importRun").queryButton();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<StudentImportField> field(int column) {
        return lookup("#importField-" + column).queryAs(ComboBox.class);
    }

    private ListView<String> problems() {
        return lookup("#importProblems").queryListView();
    }

    @Test
    void aListIsCheckedItsColumnsMappedAndItsValidRowsImported() throws Exception {
        showAs("lietvedis");
        Path file = list("saraksts.csv", 24, 5);
        int before = journal.services.students().count();

        interact(() -> model.open(file));
        waitFor(() -> !label("#importCounts").isEmpty());

        assertThat(field(1).getValue()).isEqualTo(StudentImportField.FIRST_NAME);
        assertThat(field(6).getValue()).isEqualTo(StudentImportField.IGNORE);
        assertThat(problems().getItems()).singleElement().asString().startsWith("Nevienai kolonnai nav izvēlēts lauks „Klase”");
        assertThat(lookup("#importPreview").queryAs(TableView.class).getItems()).hasSize(StudentImportViewModel.PREVIEW_ROWS);
        assertThat(importButton().isDisabled()).isTrue();

        interact(() -> field(6).setValue(StudentImportField.CLASS));
        waitFor(() -> label("#importCounts").equals("Rindas: 24; derīgas: 23; atteiktas: 1."));

        assertThat(problems().getItems()).singleElement().asString().startsWith("Rinda 5: Personas koda 010101-11111");
        assertThat(label("#importPolicy")).startsWith("Saraksts tiek importēts viss vai nekas");
        assertThat(importButton().isDisabled()).isTrue();
        Snapshots.shoot(this, stage.getScene(), "people-student-import");

        interact(() -> lookup("#importValidOnly").queryAs(CheckBox.class).setSelected(true));
        assertThat(importButton().isDisabled()).isFalse();
        interact(() -> importButton().fire());
        waitFor(() -> !label("#importResult").isEmpty());

        assertThat(label("#importResult")).startsWith("Importēti derīgo rindu skolēni: 23.");
        assertThat(journal.services.students().count()).isEqualTo(before + 23);
        assertThat(importButton().isDisabled()).isTrue();
        assertThat(remembered.get()).contains("\"Grupa\" : \"class\"");
    }

    @Test
    void thePreviewShowsAllItsRowsAndEveryHeaderWhole() throws Exception {
        showAs("lietvedis");

        interact(() -> model.open(list("priekšskats.csv", 24, 0)));
        waitFor(() -> !label("#importCounts").isEmpty());

        TableView<?> preview = lookup("#importPreview").queryAs(TableView.class);
        // The preview grows to its rows in a layout pass or two after they arrive (slower on a busy PC).
        java.util.function.Supplier<Long> rowsShown = () -> {
            Bounds shown = from(preview).lookup(".clipped-container").query().localToScene(
                    from(preview).lookup(".clipped-container").query().getLayoutBounds());
            return from(preview).lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                    .filter(row -> row.getItem() != null)
                    .filter(row -> row.localToScene(row.getLayoutBounds()).getMaxY() <= shown.getMaxY() + 0.5)
                    .count();
        };
        try {
            waitFor(() -> rowsShown.get() == StudentImportViewModel.PREVIEW_ROWS);
        } catch (java.util.concurrent.TimeoutException e) {
            // The assertion below says how many rows were shown.
        }
        assertThat(rowsShown.get()).isEqualTo((long) StudentImportViewModel.PREVIEW_ROWS);
        assertThat(from(preview).lookup(".column-header .label").queryAllAs(Label.class))
                .hasSize(StudentLists.HEADERS.size() + 1).noneMatch(Label::isTextTruncated);
    }

    @Test
    void theLastMappingUsedIsOfferedForTheNextFile() throws Exception {
        remembered.set("{\"Grupa\": \"class\", \"Tālrunis\": \"ignore\"}");
        showAs("admin");

        interact(() -> model.open(list("otrs.csv", 5, 0)));
        waitFor(() -> !label("#importCounts").isEmpty());

        assertThat(field(6).getValue()).isEqualTo(StudentImportField.CLASS);
        assertThat(field(7).getValue()).isEqualTo(StudentImportField.IGNORE);
        assertThat(label("#importCounts")).isEqualTo("Rindas: 5; derīgas: 5; atteiktas: 0.");
        assertThat(importButton().isDisabled()).isFalse();
    }

    @Test
    void aFileThatIsNoListSaysWhyAndShowsNoColumns() throws Exception {
        showAs("lietvedis");
        Path empty = Files.writeString(folder.resolve("tukss.csv"), "");

        interact(() -> model.open(empty));
        waitFor(() -> !label("#importError").isEmpty());

        assertThat(label("#importError")).startsWith("Fails tukss.csv ir tukšs");
        assertThat(lookup("#importField-0").tryQuery()).isEmpty();
        assertThat(importButton().isDisabled()).isTrue();
    }
}
