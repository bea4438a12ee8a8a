package lv.klade.people.ui;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import lv.klade.i18n.Messages;
import lv.klade.people.Role;
import lv.klade.people.ui.StaffViewModel.ClassChoice;
import lv.klade.people.ui.StaffViewModel.NewStaff;

import static lv.klade.people.ui.FormGrid.choice;
import static lv.klade.people.ui.FormGrid.field;

/** A new staff member (seed §14): name, optional personal code, contacts, login, first password and roles. */
final class StaffForm {
    private final StaffViewModel model;
    private final Messages text;
    private final TextField firstName = field("staffFirstName");
    private final TextField lastName = field("staffLastName");
    private final TextField personalCode = field("staffPersonalCode");
    private final TextField phone = field("staffPhone");
    private final TextField email = field("staffEmail");
    private final TextField login = field("staffLogin");
    private final PasswordField password = new PasswordField();
    private final Map<Role, CheckBox> roles = new EnumMap<>(Role.class);
    private final ComboBox<ClassChoice> tutorClass = choice("tutorClass", ClassChoice::name);

    StaffForm(StaffViewModel model, Messages text) {
        this.model = model;
        this.text = text;
        password.setId("staffPassword");
        tutorClass.setItems(model.classes());
    }

    Node root() {
        Label title = new Label(text.get("staffView.addTitle"));
        title.getStyleClass().add("text-bold");
        FormGrid form = new FormGrid(text);
        form.add("staffView.field.firstName", firstName);
        form.add("staffView.field.lastName", lastName);
        form.add("staffView.field.personalCode", personalCode);
        form.add("staffView.field.phone", phone);
        form.add("staffView.field.email", email);
        form.add("staffView.field.login", login);
        form.add("staffView.field.password", password);
        // The roles take the form's whole width, so that "mācību priekšmeta skolotājs" reads whole;
        // a name longer still wraps.
        VBox boxes = new VBox(4);
        for (Role role : Role.values()) {
            CheckBox box = new CheckBox(text.get(role.messageKey()));
            box.setId("role-" + role.name());
            box.setWrapText(true);
            roles.put(role, box);
            boxes.getChildren().add(box);
        }
        form.heading("staffView.field.roles");
        form.wide(boxes);
        form.add("staffView.field.tutorClass", tutorClass);
        tutorClass.disableProperty().bind(roles.get(Role.CLASS_TUTOR).selectedProperty().not());
        Button save = new Button(text.get("students.save"));
        save.setId("saveStaff");
        save.setDefaultButton(true);
        save.setOnAction(e -> save());
        Button cancel = new Button(text.get("students.cancel"));
        cancel.setId("cancelStaff");
        cancel.setOnAction(e -> model.adding(false));
        return FormGrid.framed(title, form.root(), new HBox(8, save, cancel));
    }

    private void save() {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        roles.forEach((role, box) -> {
            if (box.isSelected()) {
                chosen.add(role);
            }
        });
        ClassChoice tutored = tutorClass.getValue();
        char[] typed = password.getText().toCharArray();
        // The field keeps no copy once the model has the characters (it wipes them after hashing).
        password.clear();
        model.add(new NewStaff(firstName.getText(), lastName.getText(), personalCode.getText(), phone.getText(),
                email.getText(), login.getText(), typed, chosen, tutored == null ? null : tutored.id()));
    }
}
