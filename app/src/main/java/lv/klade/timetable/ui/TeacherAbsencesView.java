package lv.klade.timetable.ui;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.StringConverter;
import lv.klade.i18n.Messages;
import lv.klade.timetable.AbsenceKind;
import lv.klade.ui.Dates;
import lv.klade.ui.Notices;
import lv.klade.ui.Tables;

/** Teachers' absences: recording one and the list beside, the lessons the chosen one touches and their substitutes. */
public final class TeacherAbsencesView {
    private final TeacherAbsencesViewModel model;
    private final Messages text;

    public TeacherAbsencesView(TeacherAbsencesViewModel model, Messages text) {
        this.model = model;
        this.text = text;
    }

    public Node root() {
        Label title = new Label(text.get("teacherAbsences.title"));
        title.getStyleClass().add("view-title");
        Label error = Notices.line("absenceError");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(model.errorProperty());
        Label status = Notices.line("absenceStatus");
        status.textProperty().bind(model.statusProperty());
        VBox side = new VBox(10, newAbsence(), absences());
        side.setMinWidth(340);
        side.setPrefWidth(340);
        VBox.setVgrow(side.getChildren().getLast(), Priority.ALWAYS);
        Node lessons = lessons();
        HBox body = new HBox(14, side, lessons);
        HBox.setHgrow(lessons, Priority.ALWAYS);
        body.disableProperty().bind(model.mayArrangeProperty().not());
        VBox root = new VBox(10, title, error, status, body);
        VBox.setVgrow(body, Priority.ALWAYS);
        model.load();
        return root;
    }

    private static Label heading(String title) {
        Label heading = new Label(title);
        heading.getStyleClass().add("text-bold");
        return heading;
    }

    private Node newAbsence() {
        ComboBox<Choice> teacher = new ComboBox<>(model.teachers());
        teacher.setId("absenceTeacher");
        teacher.valueProperty().bindBidirectional(model.teacherProperty());
        ComboBox<AbsenceKind> kind = new ComboBox<>();
        kind.getItems().setAll(AbsenceKind.values());
        kind.setId("absenceKind");
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(AbsenceKind k) {
                return k == null ? "" : text.get("absence.kind." + k.name());
            }

            @Override
            public AbsenceKind fromString(String s) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(model.kindProperty());
        DatePicker from = Dates.picker("absenceFrom", text);
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = Dates.picker("absenceTo", text);
        to.valueProperty().bindBidirectional(model.toProperty());
        TextField reason = new TextField();
        reason.setId("absenceReason");
        reason.setPromptText(text.get("teacherAbsences.reasonPrompt"));
        reason.textProperty().bindBidirectional(model.reasonProperty());
        Button record = new Button(text.get("teacherAbsences.record"));
        record.setId("recordAbsence");
        record.setDefaultButton(true);
        record.setOnAction(e -> model.record());
        GridPane form = new GridPane(8, 6);
        form.addRow(0, new Label(text.get("teacherAbsences.teacher")), teacher);
        form.addRow(1, new Label(text.get("teacherAbsences.kind")), kind);
        form.addRow(2, new Label(text.get("teacherAbsences.from")), from);
        form.addRow(3, new Label(text.get("teacherAbsences.to")), to);
        form.addRow(4, new Label(text.get("teacherAbsences.reason")), reason);
        for (var control : List.of(teacher, kind, from, to, reason)) {
            control.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(control, Priority.ALWAYS);
        }
        return new VBox(6, heading(text.get("teacherAbsences.newTitle")), form, record);
    }

    private Node absences() {
        ListView<AbsenceRow> list = new ListView<>(model.absences());
        list.setId("absenceList");
        list.setPlaceholder(new Label(text.get("teacherAbsences.noAbsences")));
        list.setCellFactory(l -> new ListCell<>() {
            // A wrapped Text, so a long reason shows whole on more lines instead of ending in "…".
            private final Text shown = new Text();

            {
                shown.wrappingWidthProperty().bind(list.widthProperty().subtract(30));
                shown.fillProperty().bind(textFillProperty());
                shown.fontProperty().bind(fontProperty());
            }

            @Override
            protected void updateItem(AbsenceRow row, boolean empty) {
                super.updateItem(row, empty);
                shown.setText(empty || row == null ? "" : text.get("teacherAbsences.absenceLine", row.teacher(),
                        text.get("absence.kind." + row.kind().name()), row.absence().days().starts(),
                        row.absence().days().ends(), row.absence().reason()));
                setGraphic(empty || row == null ? null : shown);
                setText(null);
            }
        });
        // The list follows the model's choice, and the user's click sets it.
        model.absenceProperty().addListener((o, was, now) -> list.getSelectionModel().select(now));
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.absenceProperty().set(now);
            }
        });
        Button remove = new Button(text.get("teacherAbsences.remove"));
        remove.setId("removeAbsence");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.remove(list.getSelectionModel().getSelectedItem()));
        VBox box = new VBox(6, heading(text.get("teacherAbsences.listTitle")), list, remove);
        VBox.setVgrow(list, Priority.ALWAYS);
        return box;
    }

    private Node lessons() {
        Label heading = heading("");
        heading.setId("absenceLessonsTitle");
        heading.setWrapText(true);
        heading.textProperty().bind(model.headingProperty());
        TableView<TouchedLesson> table = Tables.table("absenceLessons", model.lessons(),
                text.get("teacherAbsences.noLessons"));
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(model.absenceProperty().isNull())
                .then(text.get("teacherAbsences.noAbsenceChosen")).otherwise(text.get("teacherAbsences.noLessons")));
        table.setPlaceholder(placeholder);
        TableColumn<TouchedLesson, String> date = Tables.column(text.get("teacherAbsences.date"),
                l -> Messages.date(l.date()));
        TableColumn<TouchedLesson, String> period = Tables.column(text.get("teacherAbsences.period"),
                l -> l.period() + ". " + l.time());
        TableColumn<TouchedLesson, String> journal = Tables.wrapping(Tables.column(text.get("teacherAbsences.journal"),
                l -> l.journal() + (l.room().isEmpty() ? "" : ", " + text.get("timetableEditor.room", l.room()))));
        TableColumn<TouchedLesson, String> who = Tables.wrapping(Tables.column(text.get("teacherAbsences.substitute"),
                l -> l.substituted() ? l.substitute() : text.get("teacherAbsences.notHeldState")));
        TableColumn<TouchedLesson, String> order = Tables.wrapping(Tables.column(text.get("teacherAbsences.order"),
                l -> l.substituted() ? text.get("teacherAbsences.orderLine", l.orderNo(), Messages.date(l.orderDate()))
                        : ""));
        date.setMinWidth(92);
        date.setMaxWidth(92);
        period.setMinWidth(118);
        period.setMaxWidth(118);
        table.getColumns().addAll(List.of(date, period, journal, who, order));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.lessonProperty().set(now));
        model.lessonProperty().addListener((o, was, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        VBox box = new VBox(6, heading, table, assignForm());
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private Node assignForm() {
        ComboBox<Choice> substitute = new ComboBox<>(model.substitutes());
        substitute.setId("substituteChoice");
        substitute.setPromptText(text.get("teacherAbsences.freeTeachers"));
        substitute.valueProperty().bindBidirectional(model.substituteProperty());
        substitute.setMaxWidth(Double.MAX_VALUE);
        TextField orderNo = new TextField();
        orderNo.setId("orderNo");
        orderNo.setPromptText(text.get("teacherAbsences.orderNoPrompt"));
        orderNo.textProperty().bindBidirectional(model.orderNoProperty());
        orderNo.setPrefColumnCount(8);
        DatePicker orderDate = Dates.picker("orderDate", text);
        orderDate.valueProperty().bindBidirectional(model.orderDateProperty());
        orderDate.setPrefWidth(140);
        orderDate.setMinWidth(140);
        Button assign = new Button(text.get("teacherAbsences.assign"));
        assign.setId("assignSubstitute");
        assign.setOnAction(e -> model.assign());
        Button notHeld = new Button(text.get("teacherAbsences.markNotHeld"));
        notHeld.setId("markNotHeld");
        notHeld.setOnAction(e -> model.markNotHeld());
        for (Button button : List.of(assign, notHeld)) {
            button.disableProperty().bind(model.lessonProperty().isNull());
        }
        GridPane form = new GridPane(8, 4);
        form.addRow(0, new Label(text.get("teacherAbsences.substitute")), new Label(text.get("teacherAbsences.orderNo")),
                new Label(text.get("teacherAbsences.orderDate")));
        form.addRow(1, substitute, orderNo, orderDate);
        GridPane.setHgrow(substitute, Priority.ALWAYS);
        HBox buttons = new HBox(8, assign, notHeld);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, heading(text.get("teacherAbsences.assignTitle")), form, buttons);
    }
}
