package lv.klade.people.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import lv.klade.i18n.Messages;
import lv.klade.people.ui.PersonalFile.EnrolmentLine;

import static lv.klade.people.ui.FormGrid.column;

/** Shows a student's personal file: labelled values, guardians with phones, and the classes they were in. */
final class StudentDetailsPane {
    private final Messages text;
    private final VBox box = new VBox(8);

    StudentDetailsPane(Messages text) {
        this.text = text;
        box.setId("studentDetails");
    }

    Node root() {
        return box;
    }

    void show(PersonalFile file) {
        box.getChildren().clear();
        if (file == null) {
            Label none = new Label(text.get("students.noneSelected"));
            none.setWrapText(true);
            none.getStyleClass().add("text-muted");
            box.getChildren().add(none);
            return;
        }
        box.getChildren().add(lines(file.lines()));
        if (!file.full()) {
            Label hidden = new Label(text.get("students.personalHidden"));
            hidden.setId("personalHidden");
            hidden.setWrapText(true);
            hidden.getStyleClass().add("text-muted");
            box.getChildren().add(hidden);
            return;
        }
        box.getChildren().addAll(heading("students.guardians"), lines(file.guardians()),
                heading("students.enrolments"), enrolments(file));
    }

    private GridPane lines(List<PersonalFile.Line> lines) {
        GridPane grid = new GridPane(10, 4);
        int row = 0;
        for (PersonalFile.Line line : lines) {
            Label label = new Label(line.label());
            label.getStyleClass().add("text-muted");
            label.setWrapText(true);
            Label value = new Label(line.value());
            value.setId("detail-" + line.id());
            value.setWrapText(true);
            grid.addRow(row++, label, value);
        }
        return grid;
    }

    private Label heading(String key) {
        Label label = new Label(text.get(key));
        label.getStyleClass().add("text-bold");
        return label;
    }

    private TableView<EnrolmentLine> enrolments(PersonalFile file) {
        TableView<EnrolmentLine> table = new TableView<>();
        table.setId("enrolments");
        table.getItems().setAll(file.enrolments());
        table.setPrefHeight(130);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(text.get("students.enrolment.class"), EnrolmentLine::className));
        table.getColumns().add(column(text.get("students.enrolment.from"), EnrolmentLine::from));
        table.getColumns().add(column(text.get("students.enrolment.to"), EnrolmentLine::to));
        table.getColumns().add(column(text.get("students.enrolment.order"), EnrolmentLine::order));
        return table;
    }
}
