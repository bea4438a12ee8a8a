package lv.klade.school.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import lv.klade.i18n.Messages;
import lv.klade.school.GroupKind;
import lv.klade.school.JournalKind;
import lv.klade.school.MasterItem;
import lv.klade.school.ui.MasterDataViewModel.Row;
import lv.klade.school.ui.MasterDataViewModel.TeacherRow;
import lv.klade.ui.Dates;
import lv.klade.ui.Tables;

import static lv.klade.school.ui.MasterDataView.clear;
import static lv.klade.school.ui.MasterDataView.combo;
import static lv.klade.school.ui.MasterDataView.field;
import static lv.klade.school.ui.MasterDataView.fillOnSelect;
import static lv.klade.school.ui.MasterDataView.selected;

/** The groups tab with its member picker, and the journals tab with each journal's teachers. */
final class MasterDataGroupTabs {
    private final MasterDataViewModel model;
    private final Messages text;
    private final MasterDataView parts;

    MasterDataGroupTabs(MasterDataViewModel model, Messages text, MasterDataView parts) {
        this.model = model;
        this.text = text;
        this.parts = parts;
    }

    Node groups() {
        TableView<Row> table = parts.table("groups", MasterItem.GROUP, "masterData.groupName", "masterData.groupKind",
                "masterData.className", "masterData.ends");
        TextField name = field("groupName", 20);
        ComboBox<GroupKind> kind = parts.enumCombo("groupKind", "masterData.groupKind.", List.of(GroupKind.values()));
        ComboBox<Choice> schoolClass = combo("groupClass", model.classChoices());
        fillOnSelect(table, row -> name.setText(row.cells().get(0)));
        // The kind and the class stay chosen: a class is often split into several groups one after another.
        Node form = parts.form(parts.captioned("masterData.groupName", name),
                parts.captioned("masterData.groupKind", kind), parts.captioned("masterData.className", schoolClass),
                parts.button("addGroup", "masterData.add",
                        () -> model.addGroup(name.getText(), kind.getValue(), schoolClass.getValue(), () -> clear(name))),
                parts.button("renameGroup", "masterData.rename", () -> model.renameGroup(selected(table), name.getText())));
        Node page = parts.page(table, form, parts.endOrDelete("group", table));
        HBox.setHgrow(page, Priority.ALWAYS);
        return new HBox(8, page, members(table));
    }

    /** The selected group's members, and the students of a chosen class to add to it. */
    private Node members(TableView<Row> groups) {
        ListView<Choice> members = new ListView<>(model.members());
        members.setId("groupMembers");
        ComboBox<Choice> fromClass = combo("memberClass", model.classChoices());
        ListView<Choice> candidates = new ListView<>(model.candidates());
        candidates.setId("memberCandidates");
        candidates.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        groups.getSelectionModel().selectedItemProperty()
                .addListener((o, old, row) -> model.selectGroup(row, fromClass.getValue()));
        fromClass.valueProperty().addListener((o, old, chosen) -> model.selectGroup(selected(groups), chosen));
        VBox box = new VBox(6, new Label(text.get("masterData.members")), members,
                parts.button("removeMember", "masterData.removeMember",
                        () -> model.removeMember(selected(groups), members.getSelectionModel().getSelectedItem(),
                                fromClass.getValue())),
                parts.captioned("masterData.studentsOf", fromClass), candidates,
                parts.button("addMembers", "masterData.addMembers",
                        () -> model.addMembers(selected(groups), List.copyOf(candidates.getSelectionModel().getSelectedItems()),
                                fromClass.getValue())));
        VBox.setVgrow(members, Priority.ALWAYS);
        VBox.setVgrow(candidates, Priority.ALWAYS);
        box.setPrefWidth(300);
        box.setMinWidth(280);
        box.setStyle("-fx-padding: 8;");
        return box;
    }

    Node journals() {
        TableView<Row> table = parts.table("journals", MasterItem.JOURNAL, "masterData.journalName",
                "masterData.journalKind", "masterData.teachers", "masterData.ends");
        ComboBox<Choice> subject = combo("journalSubject", model.subjectChoices());
        ComboBox<Choice> owner = combo("journalOwner", model.ownerChoices());
        ComboBox<JournalKind> kind = parts.enumCombo("journalKind", "masterData.journalKind.",
                List.of(JournalKind.values()));
        ComboBox<Choice> teacher = combo("journalTeacher", model.teacherChoices());
        DatePicker from = Dates.picker("journalTeacherFrom", text);
        Node form = parts.form(parts.captioned("masterData.subject", subject), parts.captioned("masterData.owner", owner),
                parts.captioned("masterData.journalKind", kind), parts.captioned("masterData.teacher", teacher),
                parts.captioned("masterData.teacherFrom", from), parts.button("addJournal", "masterData.add",
                () -> model.addJournal(subject.getValue(), owner.getValue(), kind.getValue(), teacher.getValue(),
                        from.getValue())));
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> model.selectJournal(row));
        Node page = parts.page(table, form, parts.endOrDelete("journal", table));
        HBox.setHgrow(page, Priority.ALWAYS);
        return new HBox(8, page, teachers(table));
    }

    /** The selected journal's teachers: add one from a day, end one on their last day, or remove. */
    private Node teachers(TableView<Row> journals) {
        TableView<TeacherRow> table = Tables.table("journalTeachers", model.journalTeachers(), text.get("masterData.none"));
        table.getColumns().add(Tables.wrapping(Tables.column(text.get("masterData.teacher"), TeacherRow::name)));
        table.getColumns().add(Tables.column(text.get("masterData.from"), TeacherRow::starts));
        table.getColumns().add(Tables.column(text.get("masterData.to"), TeacherRow::ends));
        ComboBox<Choice> teacher = combo("newJournalTeacher", model.teacherChoices());
        DatePicker from = Dates.picker("newTeacherFrom", text);
        DatePicker lastDay = Dates.picker("teacherLastDay", text);
        VBox box = new VBox(6, new Label(text.get("masterData.journalTeachers")), table,
                parts.captioned("masterData.teacher", teacher), parts.captioned("masterData.teacherFrom", from),
                parts.button("addJournalTeacher", "masterData.addTeacher",
                        () -> model.addJournalTeacher(selected(journals), teacher.getValue(), from.getValue())),
                parts.captioned("masterData.lastDay", lastDay),
                parts.form(parts.button("endJournalTeacher", "masterData.endTeacher",
                                () -> model.endJournalTeacher(selected(journals), table.getSelectionModel().getSelectedItem(),
                                        lastDay.getValue())),
                        parts.button("removeJournalTeacher", "masterData.removeTeacher",
                                () -> model.removeJournalTeacher(selected(journals),
                                        table.getSelectionModel().getSelectedItem()))));
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPrefWidth(330);
        box.setMinWidth(300);
        box.setStyle("-fx-padding: 8;");
        return box;
    }
}
