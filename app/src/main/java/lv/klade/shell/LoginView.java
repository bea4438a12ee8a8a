package lv.klade.shell;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import lv.klade.i18n.Messages;
import lv.klade.ui.Tables;

/** The login screen of an open journal. */
final class LoginView {
    private final LoginViewModel model;
    private final Messages text;
    private final Runnable back;

    LoginView(LoginViewModel model, Messages text, Runnable back) {
        this.model = model;
        this.text = text;
        this.back = back;
    }

    Parent root() {
        Label school = new Label(model.schoolName());
        school.setId("loginSchool");
        school.getStyleClass().add("title-3");
        TextField login = new TextField();
        login.setId("login");
        login.textProperty().bindBidirectional(model.loginProperty());
        PasswordField password = new PasswordField();
        password.setId("password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        Button enter = new Button(text.get("login.button"));
        enter.setId("loginButton");
        enter.setDefaultButton(true);
        enter.getStyleClass().add("accent");
        enter.setOnAction(e -> model.logIn());
        Label message = new Label();
        message.setId("loginMessage");
        message.getStyleClass().add("error-text");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Hyperlink start = new Hyperlink(text.get("login.back"));
        start.setId("back");
        start.setOnAction(e -> back.run());

        GridPane form = new GridPane(10, 8);
        form.addRow(0, new Label(text.get("login.login")), login);
        form.addRow(1, new Label(text.get("login.password")), password);
        form.add(enter, 1, 2);
        VBox card = new VBox(14, school, new Label(text.get("login.title")), form, message);
        card.getStyleClass().add("card");
        card.disableProperty().bind(model.busyProperty());
        if (!model.demoUsers().isEmpty()) {
            card.getChildren().add(demoUsers());
        }
        card.getChildren().add(new HBox(start));
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.setMaxWidth(640);
        card.setAlignment(Pos.TOP_LEFT);
        StackPane root = new StackPane(card);
        root.setId("loginView");
        root.setPadding(new Insets(30));
        root.getStyleClass().add("start");
        login.requestFocus();
        return root;
    }

    private VBox demoUsers() {
        TableView<DemoUser> table = Tables.table("demoUsers", FXCollections.observableArrayList(model.demoUsers()), "");
        table.getColumns().add(Tables.column(text.get("login.demo.login"), DemoUser::login));
        table.getColumns().add(Tables.column(text.get("login.demo.name"), DemoUser::name));
        table.getColumns().add(Tables.column(text.get("login.demo.roles"), DemoUser::roles));
        table.getColumns().add(Tables.column(text.get("login.demo.password"), DemoUser::password));
        table.setPrefHeight(280);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, user) -> {
            if (user != null) {
                model.fill(user);
            }
        });
        return new VBox(6, new Label(text.get("login.demo.hint")), table);
    }

}
