package lv.klade.shell;

import java.time.LocalDate;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import lv.klade.i18n.Messages;
import lv.klade.setup.NewSchool;

/** The start screen: demo school, new school wizard, open a file; and the language. */
final class StartView {
    private final StartViewModel model;
    private final Shell shell;
    private final Messages text;

    StartView(StartViewModel model, Shell shell) {
        this.model = model;
        this.shell = shell;
        this.text = shell.messages();
    }

    Parent root() {
        Label title = new Label("Klade");
        title.getStyleClass().add("brand");
        Label subtitle = new Label(text.get("start.subtitle"));
        subtitle.getStyleClass().add("subtitle");

        Button demo = button("openDemo", text.get("start.openDemo"));
        demo.getStyleClass().add("accent");
        demo.setOnAction(e -> model.openDemo());
        Button file = button("openFile", text.get("start.openFile"));
        file.setOnAction(e -> shell.dialogs().chooseJournalToOpen().ifPresent(model::openFile));

        TitledPane setup = new TitledPane(text.get("start.setUp"), setupForm());
        setup.setId("setUpPane");
        setup.setExpanded(false);

        Label error = new Label();
        error.setId("startError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        Label status = new Label();
        status.setId("startStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(model.busyProperty());
        status.managedProperty().bind(model.busyProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("startBusy");
        progress.setMaxSize(32, 32);
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(model.busyProperty());

        Button again = button("openLast", "");
        again.getStyleClass().add("accent");
        again.visibleProperty().bind(model.lastJournalProperty().isNotNull());
        again.managedProperty().bind(again.visibleProperty());
        model.lastJournalProperty().addListener((o, old, last) -> {
            if (last == null) {
                return;
            }
            again.setText(text.get("start.openLast", last.getFileName()));
            again.setOnAction(e -> model.openFile(last));
            demo.getStyleClass().remove("accent");
        });
        VBox card = new VBox(14, title, subtitle, again, demo, file, setup, new HBox(10, progress, status), error,
                languages());
        card.getStyleClass().add("card");
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.setMaxWidth(520);
        card.setAlignment(Pos.TOP_LEFT);
        card.disableProperty().bind(model.busyProperty());
        StackPane root = new StackPane(card);
        root.setId("startView");
        root.setPadding(new Insets(40));
        root.getStyleClass().add("start");
        return root;
    }

    private GridPane setupForm() {
        TextField school = field("schoolName");
        ComboBox<Integer> year = new ComboBox<>();
        year.setId("yearStart");
        int thisYear = LocalDate.now(shell.clock()).getYear();
        int first = LocalDate.now(shell.clock()).getMonthValue() >= 6 ? thisYear : thisYear - 1;
        year.getItems().addAll(first - 1, first, first + 1);
        year.setValue(first);
        year.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer start) {
                return start == null ? "" : start + "/" + String.format("%02d", (start + 1) % 100);
            }

            @Override
            public Integer fromString(String shown) {
                return Integer.valueOf(shown.substring(0, 4));
            }
        });
        TextField firstName = field("adminFirstName");
        TextField lastName = field("adminLastName");
        TextField login = field("adminLogin");
        PasswordField password = new PasswordField();
        password.setId("adminPassword");
        PasswordField repeat = new PasswordField();
        repeat.setId("adminPasswordRepeat");
        Button create = button("createSchool", text.get("start.create"));
        create.getStyleClass().add("accent");
        create.setOnAction(e -> model.setUp(new NewSchool(school.getText(), year.getValue(), firstName.getText(),
                lastName.getText(), login.getText(), password.getText().toCharArray(),
                repeat.getText().toCharArray())));

        GridPane grid = new GridPane(10, 8);
        int row = 0;
        grid.addRow(row++, new Label(text.get("start.schoolName")), school);
        grid.addRow(row++, new Label(text.get("start.year")), year);
        grid.addRow(row++, new Label(text.get("start.adminFirstName")), firstName);
        grid.addRow(row++, new Label(text.get("start.adminLastName")), lastName);
        grid.addRow(row++, new Label(text.get("start.adminLogin")), login);
        grid.addRow(row++, new Label(text.get("start.password")), password);
        grid.addRow(row++, new Label(text.get("start.passwordRepeat")), repeat);
        grid.add(create, 1, row);
        return grid;
    }

    private HBox languages() {
        Button latvian = button("lang-lv", text.get("start.lang.lv"));
        latvian.setOnAction(e -> shell.switchLanguage("lv"));
        Button english = button("lang-en", text.get("start.lang.en"));
        english.setOnAction(e -> shell.switchLanguage("en"));
        (Messages.ENGLISH.equals(text.locale()) ? english : latvian).getStyleClass().add("selected-language");
        HBox box = new HBox(8, latvian, english);
        box.setAlignment(Pos.CENTER_RIGHT);
        return box;
    }

    private static Button button(String id, String label) {
        Button button = new Button(label);
        button.setId(id);
        button.setMaxWidth(Double.MAX_VALUE);
        return button;
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(22);
        return field;
    }
}
