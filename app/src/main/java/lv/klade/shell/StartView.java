package lv.klade.shell;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Accordion;
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
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import lv.klade.i18n.Messages;
import lv.klade.people.Credentials;
import lv.klade.setup.NewSchool;

/** The start screen: demo school, new school wizard, join a school as a PC, open a file; and the language. */
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
        TitledPane join = new TitledPane(text.get("start.join"), joinForm());
        join.setId("joinPane");
        join.setExpanded(false);
        // One form open at a time keeps the card within a small screen.
        Accordion forms = new Accordion(join, setup);

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
            again.setText(text.get("start.openLast", model.lastJournalName()));
            again.setOnAction(e -> model.openFile(last));
            demo.getStyleClass().remove("accent");
        });
        VBox card = new VBox(14, title, subtitle, again, demo, file, forms, new HBox(10, progress, status), error,
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

    private VBox joinForm() {
        Label hint = new Label(text.get("start.join.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        TextField enrolment = field("enrolmentFile");
        Button chooseFile = new Button(text.get("start.join.chooseFile"));
        chooseFile.setId("chooseEnrolmentFile");
        chooseFile.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(text.get("start.join.file"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("start.join.files"), "*.zip"));
            Optional.ofNullable(chooser.showOpenDialog(chooseFile.getScene().getWindow()))
                    .ifPresent(chosen -> enrolment.setText(chosen.getPath()));
        });
        TextField folder = field("joinFolder");
        folder.setText(model.joinFolder().toString());
        Button chooseFolder = new Button(text.get("start.join.chooseFolder"));
        chooseFolder.setId("chooseJoinFolder");
        chooseFolder.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(text.get("start.join.folder"));
            Optional.ofNullable(chooser.showDialog(chooseFolder.getScene().getWindow()))
                    .ifPresent(chosen -> folder.setText(chosen.getPath()));
        });
        TextField login = field("joinLogin");
        PasswordField password = new PasswordField();
        password.setId("joinPassword");
        GridPane account = new GridPane(10, 8);
        account.addRow(0, new Label(text.get("login.login")), login);
        account.addRow(1, new Label(text.get("login.password")), password);
        Button joinSchool = new Button(text.get("start.join.button"));
        joinSchool.setId("joinSchool");
        joinSchool.getStyleClass().add("accent");
        joinSchool.setOnAction(e -> {
            Credentials who = new Credentials(login.getText(), password.getText().toCharArray());
            password.clear();
            model.join(pathOrNull(enrolment.getText()), pathOrNull(folder.getText()), who);
        });
        Label accountHint = new Label(text.get("start.join.account"));
        accountHint.setWrapText(true);
        accountHint.setMinHeight(Region.USE_PREF_SIZE);
        return new VBox(8, hint, new Label(text.get("start.join.file")), fieldWithButton(enrolment, chooseFile),
                new Label(text.get("start.join.folder")), fieldWithButton(folder, chooseFolder), accountHint, account,
                joinSchool);
    }

    private static HBox fieldWithButton(TextField field, Button button) {
        button.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(field, javafx.scene.layout.Priority.ALWAYS);
        return new HBox(8, field, button);
    }

    private static Path pathOrNull(String typed) {
        return typed == null || typed.isBlank() ? null : Path.of(typed.strip());
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
