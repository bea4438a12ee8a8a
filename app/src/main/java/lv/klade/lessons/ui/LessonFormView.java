package lv.klade.lessons.ui;

import javafx.application.Platform;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import lv.klade.i18n.Messages;
import lv.klade.lessons.LessonKind;
import lv.klade.lessons.LessonState;
import lv.klade.ui.Dates;

/**
 * The lesson form, made for the keyboard: Tab moves through the fields in reading order, Ctrl+Enter
 * (or Enter in a text field) saves, Ctrl+R applies the SR template, Escape goes back; in the
 * attendance list the arrows move and one key marks a student.
 */
final class LessonFormView {
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination TEMPLATE = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);

    private final LessonFormViewModel model;
    private final Messages text;
    private final Runnable back;
    private final TextField topic = field("lessonTopic");

    LessonFormView(LessonFormViewModel model, Messages text, Runnable back) {
        this.model = model;
        this.text = text;
        this.back = back;
    }

    Node root() {
        BorderPane root = new BorderPane();
        root.setId("lessonForm");
        root.setTop(header());
        HBox body = new HBox(20, fields(), new AttendanceTable(model, text).root());
        body.getStyleClass().add("lesson-form-body");
        root.setCenter(body);
        root.setBottom(footer());
        root.disableProperty().bind(model.lessonProperty().isNull());
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                model.save();
                e.consume();
            } else if (TEMPLATE.match(e)) {
                model.applySrTemplate();
                e.consume();
            }
        });
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                back.run();
                e.consume();
            }
        });
        return root;
    }

    /** Puts the caret in the topic, at its end, once the form is shown. */
    void focusFirst() {
        Platform.runLater(() -> {
            topic.requestFocus();
            topic.positionCaret(topic.getLength());
        });
    }

    private Node header() {
        Button backButton = new Button(text.get("lessonForm.back"));
        backButton.setId("lessonBack");
        backButton.setOnAction(e -> back.run());
        Label title = new Label();
        title.setId("lessonTitle");
        title.getStyleClass().add("view-title");
        title.textProperty().bind(model.titleProperty());
        Label state = new Label();
        state.setId("lessonState");
        state.getStyleClass().add("lesson-state");
        state.textProperty().bind(model.stateProperty().map(s -> text.get(s.messageKey())).orElse(""));
        model.stateProperty().addListener((o, old, now) -> styleState(state, now));
        styleState(state, model.stateProperty().get());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(12, backButton, title, gap, state);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("lesson-form-header");
        return header;
    }

    private static void styleState(Label label, LessonState state) {
        label.getStyleClass().removeAll(MyLessonsView.stateClasses());
        if (state != null) {
            label.getStyleClass().add(MyLessonsView.stateClass(state));
        }
    }

    private Node fields() {
        GridPane grid = new GridPane(10, 8);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), grow());
        ComboBox<LessonKind> type = new ComboBox<>();
        type.setId("lessonType");
        type.getItems().setAll(LessonKind.values());
        type.setConverter(Shown.converter(k -> text.get("lesson.kind." + k.name())));
        type.valueProperty().bindBidirectional(model.kindProperty());
        row(grid, 0, "lessonForm.type", type);
        grid.add(typeFields(), 1, 1);
        topic.textProperty().bindBidirectional(model.topicProperty());
        row(grid, 2, "lessonForm.topic", topic);
        TextField sr = field("lessonSr");
        sr.textProperty().bindBidirectional(model.plannedResultProperty());
        Button template = new Button(text.get("lessonForm.applySr"));
        template.setId("applySrTemplate");
        template.setTooltip(new Tooltip(text.get("lessonForm.applySrTip")));
        template.setOnAction(e -> {
            model.applySrTemplate();
            topic.requestFocus();
            topic.positionCaret(topic.getLength());
        });
        HBox srBox = new HBox(6, sr, template);
        HBox.setHgrow(sr, Priority.ALWAYS);
        row(grid, 3, "lessonForm.sr", srBox, sr);
        TextField homework = field("lessonHomework");
        homework.textProperty().bindBidirectional(model.homeworkProperty());
        row(grid, 4, "lessonForm.homework", homework);
        TextField notes = field("lessonNotes");
        notes.textProperty().bindBidirectional(model.notesProperty());
        row(grid, 5, "lessonForm.notes", notes);
        grid.setMinWidth(420);
        HBox.setHgrow(grid, Priority.ALWAYS);
        return grid;
    }

    /** What a substituted, make-up or not-held lesson needs; only the chosen type's fields show. */
    private Node typeFields() {
        ComboBox<PersonOption> taughtBy = staffBox("substituteTeacher", model.taughtByProperty());
        ComboBox<PersonOption> absent = staffBox("absentTeacher", model.absentTeacherProperty());
        TextField reason = field("absenceReason");
        reason.textProperty().bindBidirectional(model.absenceReasonProperty());
        TextField orderNo = field("orderNo");
        orderNo.textProperty().bindBidirectional(model.orderNoProperty());
        DatePicker orderDate = Dates.picker("orderDate", text);
        orderDate.valueProperty().bindBidirectional(model.orderDateProperty());
        GridPane substituted = subGrid();
        row(substituted, 0, "lessonForm.taughtBy", taughtBy);
        row(substituted, 1, "lessonForm.absentTeacher", absent);
        row(substituted, 2, "lessonForm.absenceReason", reason);
        row(substituted, 3, "lessonForm.orderNo", new HBox(6, orderNo, orderDate), orderNo);
        showFor(substituted, LessonKind.SUBSTITUTED);

        DatePicker madeUp = Dates.picker("madeUpDate", text);
        madeUp.valueProperty().bindBidirectional(model.madeUpDateProperty());
        GridPane makeUp = subGrid();
        row(makeUp, 0, "lessonForm.madeUpDate", madeUp);
        showFor(makeUp, LessonKind.MAKE_UP);

        TextField notHeldReason = field("notHeldReason");
        notHeldReason.textProperty().bindBidirectional(model.notHeldReasonProperty());
        GridPane notHeld = subGrid();
        row(notHeld, 0, "lessonForm.notHeldReason", notHeldReason);
        showFor(notHeld, LessonKind.NOT_HELD);
        return new VBox(substituted, makeUp, notHeld);
    }

    private void showFor(Node pane, LessonKind kind) {
        pane.visibleProperty().bind(model.kindProperty().isEqualTo(kind));
        pane.managedProperty().bind(pane.visibleProperty());
    }

    private ComboBox<PersonOption> staffBox(String id, javafx.beans.property.ObjectProperty<PersonOption> value) {
        ComboBox<PersonOption> box = new ComboBox<>(model.staff());
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private Node footer() {
        Label error = new Label();
        error.setId("lessonError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        Label status = new Label();
        status.setId("lessonStatus");
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(model.statusProperty());
        Button save = new Button(text.get("lessonForm.save"));
        save.setId("saveLesson");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.readyProperty().not());
        save.setOnAction(e -> model.save());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox footer = new HBox(12, error, gap, status, save);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.getStyleClass().add("lesson-form-footer");
        return footer;
    }

    private void row(GridPane grid, int row, String key, Control field) {
        row(grid, row, key, field, field);
    }

    /** A label with its mnemonic (Alt+letter) for {@code target}, and the field beside it. */
    private void row(GridPane grid, int row, String key, Node field, Node target) {
        Label label = new Label(text.get(key));
        label.setMnemonicParsing(true);
        label.setLabelFor(target);
        GridPane.setHalignment(label, HPos.RIGHT);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
    }

    private static GridPane subGrid() {
        GridPane grid = new GridPane(10, 8);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), grow());
        grid.getStyleClass().add("lesson-type-fields");
        return grid;
    }

    private static ColumnConstraints grow() {
        ColumnConstraints column = new ColumnConstraints();
        column.setHgrow(Priority.ALWAYS);
        column.setFillWidth(true);
        return column;
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setMaxWidth(Double.MAX_VALUE);
        return field;
    }
}
