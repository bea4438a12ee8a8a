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
import lv.klade.people.ui.ClassesViewModel.ClassRow;
import lv.klade.ui.Dates;

import static lv.klade.people.ui.FormGrid.choice;
import static lv.klade.people.ui.FormGrid.field;

/** The forms that end a student's time in a class: a move to another class, and leaving the school. */
final class EnrolmentForms {
    private final ClassesViewModel model;
    private final Messages text;

    EnrolmentForms(ClassesViewModel model, Messages text) {
        this.model = model;
        this.text = text;
    }

    /** Another class from a date, by a director's order. */
    Node move() {
        ComboBox<ClassRow> target = choice("moveClass", ClassRow::name);
        target.getItems().setAll(model.otherClasses());
        DatePicker from = Dates.picker("moveFrom", text);
        TextField number = field("moveOrderNumber");
        DatePicker date = Dates.picker("moveOrderDate", text);
        FormGrid form = new FormGrid(text);
        form.add("students.field.moveClass", target);
        form.add("students.field.moveFrom", from);
        form.add("students.field.orderNumber", number);
        form.add("students.field.orderDate", date);
        return framed("students.moveTitle", form, "saveMove", () -> {
            StudentForm.commitDates(List.of(from, date));
            model.move(target.getValue() == null ? null : target.getValue().id(), from.getValue(),
                    new DirectorOrder(number.getText(), date.getValue()));
        });
    }

    /** The last day in the school, by a director's order. */
    Node leave() {
        DatePicker lastDay = Dates.picker("leftDate", text);
        TextField number = field("leftOrderNumber");
        DatePicker date = Dates.picker("leftOrderDate", text);
        FormGrid form = new FormGrid(text);
        form.add("students.field.lastDay", lastDay);
        form.add("students.field.orderNumber", number);
        form.add("students.field.orderDate", date);
        return framed("students.leaveTitle", form, "saveLeft", () -> {
            StudentForm.commitDates(List.of(lastDay, date));
            model.leave(lastDay.getValue(), new DirectorOrder(number.getText(), date.getValue()));
        });
    }

    private Node framed(String titleKey, FormGrid form, String saveId, Runnable save) {
        Label title = new Label(text.get(titleKey, model.editableProperty().get().fullName()));
        title.getStyleClass().add("text-bold");
        Button ok = new Button(text.get("students.save"));
        ok.setId(saveId);
        ok.setDefaultButton(true);
        ok.setOnAction(e -> save.run());
        Button cancel = new Button(text.get("students.cancel"));
        cancel.setId("cancelStudent");
        cancel.setOnAction(e -> model.open(ClassesViewModel.Panel.DETAILS));
        return FormGrid.framed(title, form.root(), new HBox(8, ok, cancel));
    }
}
