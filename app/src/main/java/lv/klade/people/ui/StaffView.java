package lv.klade.people.ui;

import java.util.UUID;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import lv.klade.i18n.Messages;
import lv.klade.people.Role;
import lv.klade.people.ui.StaffViewModel.ClassChoice;
import lv.klade.people.ui.StaffViewModel.StaffRow;
import lv.klade.ui.Tables;

import static lv.klade.people.ui.FormGrid.choice;
import static lv.klade.people.ui.FormGrid.column;

/** Staff and roles: the staff list, and beside it the selected person's roles and account, or the form for a new one. */
public final class StaffView {
    private final StaffViewModel model;
    private final Messages text;
    private final BorderPane side = new BorderPane();

    public StaffView(StaffViewModel model, Messages text) {
        this.model = model;
        this.text = text;
    }

    public Node root() {
        Label title = new Label(text.get("staffView.title"));
        title.getStyleClass().add("view-title");
        Label error = new Label();
        error.setId("staffError");
        error.setWrapText(true);
        error.getStyleClass().add("error-text");
        error.textProperty().bind(model.errorProperty());
        Label status = new Label();
        status.setId("staffStatus");
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(model.statusProperty());
        Button add = new Button(text.get("staffView.add"));
        add.setId("addStaff");
        add.setOnAction(e -> model.adding(true));
        side.setPrefWidth(400);
        side.setMinWidth(320);
        side.setPadding(new Insets(0, 0, 0, 8));
        Node actions = actions();
        model.addingProperty().addListener((o, was, adding) ->
                side.setCenter(adding ? new StaffForm(model, text).root() : actions));
        side.setCenter(actions);
        BorderPane root = new BorderPane(table());
        root.setTop(new VBox(4, title, new HBox(12, add, status), error));
        root.setRight(side);
        model.load();
        return root;
    }

    private static <T> TableColumn<T, String> width(TableColumn<T, String> column, double width) {
        column.setPrefWidth(width);
        return column;
    }

    private TableView<StaffRow> table() {
        TableView<StaffRow> table = new TableView<>(model.staff());
        table.setId("staff");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Someone may hold several roles: their column wraps, and the rows grow to show them all.
        table.getColumns().add(width(column(text.get("staffView.column.name"), StaffRow::name), 140));
        table.getColumns().add(width(column(text.get("staffView.column.login"), StaffRow::login), 118));
        table.getColumns().add(width(Tables.wrapping(column(text.get("staffView.column.roles"), StaffRow::roles)), 215));
        table.getColumns().add(width(column(text.get("staffView.column.tutorOf"), StaffRow::tutorOf), 122));
        table.getColumns().add(column(text.get("staffView.column.revoked"), StaffRow::revoked));
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> model.select(row));
        model.selectedProperty().addListener((o, old, row) -> {
            if (row != null && !row.equals(table.getSelectionModel().getSelectedItem())) {
                table.getSelectionModel().select(row);
            }
        });
        return table;
    }

    private Node actions() {
        Label who = new Label();
        who.setId("selectedStaff");
        who.getStyleClass().add("text-bold");
        who.textProperty().bind(model.selectedProperty().map(StaffRow::name).orElse(text.get("staffView.noneSelected")));
        ComboBox<Role> role = choice("roleChoice", r -> text.get(r.messageKey()));
        role.getItems().setAll(Role.values());
        ComboBox<ClassChoice> roleClass = choice("roleClass", ClassChoice::name);
        roleClass.setItems(model.classes());
        roleClass.disableProperty().bind(role.valueProperty().map(Role::needsClass).map(needs -> !needs).orElse(true));
        Button grant = button("grantRole", "staffView.grant");
        grant.setOnAction(e -> model.grant(role.getValue(), classOf(roleClass)));
        Button withdraw = button("withdrawRole", "staffView.withdraw");
        withdraw.setOnAction(e -> model.withdraw(role.getValue(), classOf(roleClass)));
        Button revoke = button("revokeAccount", "staffView.revoke");
        revoke.setOnAction(e -> model.revoke());
        Button restore = button("restoreAccount", "staffView.restore");
        restore.setOnAction(e -> model.restore());
        PasswordField password = new PasswordField();
        password.setId("newPassword");
        password.setPromptText(text.get("staffView.field.newPassword"));
        Button setPassword = button("setPassword", "staffView.setPassword");
        setPassword.setOnAction(e -> {
            char[] typed = password.getText().toCharArray();
            password.clear();
            model.setPassword(typed);
        });
        FormGrid form = new FormGrid(text);
        form.heading("staffView.roles");
        form.add("staffView.field.role", role);
        form.add("staffView.field.tutorClass", roleClass);
        form.add(new FlowPane(6, 6, grant, withdraw));
        form.heading("staffView.account");
        form.add(new FlowPane(6, 6, revoke, restore));
        form.add("staffView.field.newPassword", password);
        form.add(setPassword);
        VBox box = new VBox(8, who, form.root());
        box.disableProperty().bind(model.selectedProperty().isNull());
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static UUID classOf(ComboBox<ClassChoice> box) {
        return box.isDisabled() || box.getValue() == null ? null : box.getValue().id();
    }

    private Button button(String id, String key) {
        Button button = new Button(text.get(key));
        button.setId(id);
        return button;
    }
}
