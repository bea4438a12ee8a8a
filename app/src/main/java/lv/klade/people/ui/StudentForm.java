package lv.klade.people.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import lv.klade.i18n.Messages;
import lv.klade.people.DirectorOrder;
import lv.klade.people.Gender;
import lv.klade.people.GuardianData;
import lv.klade.people.IdDocument;
import lv.klade.people.Student;
import lv.klade.people.StudentData;
import lv.klade.school.Programme;
import lv.klade.ui.Dates;

import static lv.klade.people.ui.FormGrid.choice;
import static lv.klade.people.ui.FormGrid.field;

/**
 * A student's personal data (seed 003 §12) as a form: empty for an admission, which also asks for
 * the date, the director's order and one guardian; filled in when correcting a student's data.
 */
final class StudentForm {
    private final ClassesViewModel model;
    private final Messages text;
    private final Student existing;
    private final TextField firstName = field("firstName");
    private final TextField lastName = field("lastName");
    private final TextField personalCode = field("personalCode");
    private final DatePicker birthDate;
    private final ComboBox<Gender> gender;
    private final TextField phone = field("phone");
    private final TextField actualAddress = field("actualAddress");
    private final TextField declaredAddress = field("declaredAddress");
    private final TextField idNumber = field("idNumber");
    private final TextField idIssuer = field("idIssuer");
    private final DatePicker idIssued;
    private final ComboBox<Programme> programme = choice("programme", p -> p.code() + " " + p.name());
    private final DatePicker admittedFrom;
    private final TextField orderNumber = field("admitOrderNumber");
    private final DatePicker orderDate;
    private final TextField guardianFirstName = field("guardianFirstName");
    private final TextField guardianLastName = field("guardianLastName");
    private final TextField guardianPhone = field("guardianPhone");
    private final TextField guardianRelation = field("guardianRelation");

    /** {@code existing} is the student to correct, or null to admit a new one into the selected class. */
    StudentForm(ClassesViewModel model, Messages text, Student existing) {
        this.model = model;
        this.text = text;
        this.existing = existing;
        this.birthDate = Dates.picker("birthDate", text);
        this.idIssued = Dates.picker("idIssued", text);
        this.admittedFrom = Dates.picker("admittedFrom", text);
        this.orderDate = Dates.picker("admitOrderDate", text);
        this.gender = choice("gender", g -> text.get(g.messageKey()));
        gender.getItems().setAll(Gender.values());
        programme.setItems(model.programmes());
    }

    Node root() {
        Label title = new Label(existing == null
                ? text.get("students.admitTitle", model.selectedClassProperty().get().name())
                : text.get("students.editTitle", existing.fullName()));
        title.getStyleClass().add("text-bold");
        FormGrid form = new FormGrid(text);
        form.add("students.field.firstName", firstName);
        form.add("students.field.lastName", lastName);
        form.add("students.field.personalCode", personalCode);
        form.add("students.field.birthDate", birthDate);
        form.add("students.field.gender", gender);
        form.add("students.field.phone", phone);
        form.add("students.field.actualAddress", actualAddress);
        form.add("students.field.declaredAddress", declaredAddress);
        form.add("students.field.idNumber", idNumber);
        form.add("students.field.idIssuer", idIssuer);
        form.add("students.field.idIssued", idIssued);
        form.add("students.field.programme", programme);
        // The code of an old-format code tells the birth date: fill it in rather than make the user type it.
        personalCode.focusedProperty().addListener((o, was, now) -> {
            if (!now && birthDate.getValue() == null) {
                model.birthDateIn(personalCode.getText()).ifPresent(birthDate::setValue);
            }
        });
        if (existing == null) {
            form.heading("students.admission");
            form.add("students.field.admittedFrom", admittedFrom);
            form.add("students.field.orderNumber", orderNumber);
            form.add("students.field.orderDate", orderDate);
            form.heading("students.guardian");
            form.add("students.field.guardianFirstName", guardianFirstName);
            form.add("students.field.guardianLastName", guardianLastName);
            form.add("students.field.guardianPhone", guardianPhone);
            form.add("students.field.guardianRelation", guardianRelation);
            preselectProgramme();
        } else {
            fill(existing);
        }
        Button save = new Button(text.get("students.save"));
        save.setId("saveStudent");
        save.setDefaultButton(true);
        save.setOnAction(e -> save());
        Button cancel = new Button(text.get("students.cancel"));
        cancel.setId("cancelStudent");
        cancel.setOnAction(e -> model.open(ClassesViewModel.Panel.DETAILS));
        return FormGrid.framed(title, form.root(), new HBox(8, save, cancel));
    }

    private void preselectProgramme() {
        var id = model.selectedClassProperty().get().programmeId();
        model.programmes().stream().filter(p -> p.id().equals(id)).findFirst().ifPresent(programme::setValue);
    }

    private void fill(Student s) {
        firstName.setText(s.firstName());
        lastName.setText(s.lastName());
        personalCode.setText(s.personalCode().value());
        birthDate.setValue(s.birthDate());
        gender.setValue(s.gender());
        phone.setText(s.phone());
        actualAddress.setText(s.actualAddress());
        declaredAddress.setText(s.declaredAddress());
        IdDocument doc = s.idDocument() == null ? IdDocument.NONE : s.idDocument();
        idNumber.setText(doc.number());
        idIssuer.setText(doc.issuer());
        idIssued.setValue(doc.issued());
        model.programmes().stream().filter(p -> p.id().equals(s.programmeId())).findFirst()
                .ifPresent(programme::setValue);
    }

    private void save() {
        commitDates(List.of(birthDate, idIssued, admittedFrom, orderDate));
        StudentData data = new StudentData(firstName.getText(), lastName.getText(), personalCode.getText(),
                birthDate.getValue(), gender.getValue(), phone.getText(), actualAddress.getText(),
                declaredAddress.getText(), new IdDocument(idNumber.getText(), idIssuer.getText(), idIssued.getValue()),
                programme.getValue() == null ? null : programme.getValue().id());
        if (existing != null) {
            model.update(data);
            return;
        }
        model.admit(data, admittedFrom.getValue(), new DirectorOrder(orderNumber.getText(), orderDate.getValue()),
                guardian());
    }

    /** The guardian as typed, or none when every guardian field is blank. */
    private GuardianData guardian() {
        boolean blank = List.of(guardianFirstName, guardianLastName, guardianPhone, guardianRelation).stream()
                .allMatch(f -> f.getText() == null || f.getText().isBlank());
        return blank ? null : new GuardianData(guardianFirstName.getText(), guardianLastName.getText(),
                guardianPhone.getText(), guardianRelation.getText());
    }

    /** A date typed but not yet confirmed with Enter still counts when the user presses Save. */
    static void commitDates(List<DatePicker> pickers) {
        for (DatePicker picker : pickers) {
            String typed = picker.getEditor().getText();
            if (typed != null && !typed.isBlank()) {
                picker.setValue(picker.getConverter().fromString(typed));
            }
        }
    }
}
