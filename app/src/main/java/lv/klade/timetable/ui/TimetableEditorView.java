package lv.klade.timetable.ui;

import java.time.DayOfWeek;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import lv.klade.i18n.Messages;
import lv.klade.ui.Dates;
import lv.klade.ui.Notices;
import lv.klade.ui.Tables;

/** The timetable editor: the class and day on top, the week grid, and beside it adding, removing, a new version. */
public final class TimetableEditorView {
    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    private final TimetableEditorViewModel model;
    private final Messages text;

    public TimetableEditorView(TimetableEditorViewModel model, Messages text) {
        this.model = model;
        this.text = text;
    }

    public Node root() {
        Label title = new Label(text.get("timetableEditor.title"));
        title.getStyleClass().add("view-title");
        ComboBox<Choice> schoolClass = new ComboBox<>(model.classes());
        schoolClass.setId("timetableClass");
        schoolClass.setPromptText(text.get("timetableEditor.class"));
        schoolClass.valueProperty().bindBidirectional(model.schoolClassProperty());
        DatePicker day = Dates.picker("timetableDay", text);
        day.valueProperty().bindBidirectional(model.dayProperty());
        Label version = new Label();
        version.setId("timetableVersion");
        version.getStyleClass().add("text-bold");
        version.textProperty().bind(model.versionProperty());
        Label dayLabel = new Label(text.get("timetableEditor.day"));
        // The version line can be long (a new school has no version yet): it wraps in the room left,
        // and the title, the class and the day keep their width.
        version.setWrapText(true);
        version.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(version, Priority.ALWAYS);
        for (Region fixed : List.of(title, schoolClass, dayLabel, day)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(12, title, schoolClass, dayLabel, day, version);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label error = Notices.line("timetableError");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(model.errorProperty());
        Label status = Notices.line("timetableStatus");
        status.textProperty().bind(model.statusProperty());
        TableView<WeekRow> grid = grid();
        VBox side = new VBox(10, addForm(), entries(), newVersion());
        side.setMinWidth(330);
        side.setPrefWidth(330);
        HBox body = new HBox(12, grid, side);
        HBox.setHgrow(grid, Priority.ALWAYS);
        VBox root = new VBox(10, bar, error, status, body);
        VBox.setVgrow(body, Priority.ALWAYS);
        model.load();
        return root;
    }

    private TableView<WeekRow> grid() {
        TableView<WeekRow> table = Tables.table("timetableWeek", model.grid(), text.get("timetableEditor.noPeriods"));
        table.getStyleClass().add("timetable-week");
        TableColumn<WeekRow, String> period = Tables.column(text.get("timetableEditor.period"),
                row -> row.period() + ".\n" + row.time());
        period.setCellFactory(c -> new WrappingCell());
        period.setMinWidth(105);
        period.setMaxWidth(105);
        table.getColumns().add(period);
        for (DayOfWeek weekday : WEEKDAYS) {
            TableColumn<WeekRow, String> column = new TableColumn<>(weekday(weekday));
            column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().day(weekday.getValue())));
            column.setCellFactory(c -> new WrappingCell());
            column.setSortable(false);
            table.getColumns().add(column);
        }
        period.setSortable(false);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        return table;
    }

    /**
     * A cell that shows every line of its slot (a lesson's journal, teacher and room, or two group
     * lessons): a wrapped Text as its graphic, so the row grows to fit instead of cutting the text.
     */
    private static final class WrappingCell extends TableCell<WeekRow, String> {
        private final Text shown = new Text();

        WrappingCell() {
            shown.wrappingWidthProperty().bind(widthProperty().subtract(10));
            setAlignment(Pos.TOP_LEFT);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            shown.setText(empty || item == null ? "" : item);
            setGraphic(empty ? null : shown);
            setText(null);
        }
    }

    private Node addForm() {
        Label heading = new Label(text.get("timetableEditor.addTitle"));
        heading.getStyleClass().add("text-bold");
        ComboBox<DayOfWeek> weekday = new ComboBox<>();
        weekday.getItems().setAll(WEEKDAYS);
        weekday.setId("entryWeekday");
        weekday.setConverter(new StringConverter<>() {
            @Override
            public String toString(DayOfWeek day) {
                return day == null ? "" : weekday(day);
            }

            @Override
            public DayOfWeek fromString(String s) {
                return null;
            }
        });
        weekday.valueProperty().bindBidirectional(model.weekdayProperty());
        ComboBox<Integer> period = new ComboBox<>(model.periods());
        period.setId("entryPeriod");
        period.valueProperty().bindBidirectional(model.periodProperty());
        ComboBox<Choice> journal = new ComboBox<>(model.journals());
        journal.setId("entryJournal");
        journal.valueProperty().bindBidirectional(model.journalProperty());
        ComboBox<Choice> teacher = new ComboBox<>(model.teachers());
        teacher.setId("entryTeacher");
        teacher.valueProperty().bindBidirectional(model.teacherProperty());
        TextField room = new TextField();
        room.setId("entryRoom");
        room.textProperty().bindBidirectional(model.roomProperty());
        Button add = new Button(text.get("timetableEditor.add"));
        add.setId("addEntry");
        add.setDefaultButton(true);
        add.setOnAction(e -> model.add());
        GridPane form = new GridPane(8, 6);
        form.addRow(0, new Label(text.get("timetableEditor.weekday")), weekday);
        form.addRow(1, new Label(text.get("timetableEditor.period")), period);
        form.addRow(2, new Label(text.get("timetableEditor.journal")), journal);
        form.addRow(3, new Label(text.get("timetableEditor.teacher")), teacher);
        form.addRow(4, new Label(text.get("timetableEditor.roomLabel")), room);
        for (var box : List.of(weekday, period, journal, teacher)) {
            box.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(box, Priority.ALWAYS);
        }
        return new VBox(6, heading, form, add);
    }

    private Node entries() {
        Label heading = new Label(text.get("timetableEditor.entries"));
        heading.getStyleClass().add("text-bold");
        ListView<EntryRow> list = new ListView<>(model.entries());
        list.setId("timetableEntries");
        list.setPlaceholder(new Label(text.get("timetableEditor.noEntries")));
        list.setCellFactory(l -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(EntryRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : text.get("timetableEditor.entryLine", weekday(row.weekday()),
                        row.period(), row.journal(), row.teacher())
                        + (row.room().isEmpty() ? "" : ", " + text.get("timetableEditor.room", row.room())));
            }
        });
        list.setPrefHeight(150);
        Button remove = new Button(text.get("timetableEditor.remove"));
        remove.setId("removeEntry");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.remove(list.getSelectionModel().getSelectedItem()));
        VBox box = new VBox(6, heading, list, remove);
        VBox.setVgrow(list, Priority.ALWAYS);
        return box;
    }

    private Node newVersion() {
        Label heading = new Label(text.get("timetableEditor.newVersionTitle"));
        heading.getStyleClass().add("text-bold");
        TextField name = new TextField();
        name.setId("versionName");
        name.setPromptText(text.get("timetableEditor.versionNamePrompt"));
        name.textProperty().bindBidirectional(model.versionNameProperty());
        DatePicker from = Dates.picker("versionFrom", text);
        from.valueProperty().bindBidirectional(model.versionFromProperty());
        Button start = new Button(text.get("timetableEditor.startVersion"));
        start.setId("startVersion");
        start.setOnAction(e -> model.startVersion());
        Label hint = new Label(text.get("timetableEditor.newVersionHint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add("text-muted");
        GridPane form = new GridPane(8, 6);
        form.addRow(0, new Label(text.get("timetableEditor.versionName")), name);
        form.addRow(1, new Label(text.get("timetableEditor.versionFrom")), from);
        VBox box = new VBox(6, heading, hint, form, start);
        box.setId("newVersionBox");
        box.visibleProperty().bind(model.administratorProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private String weekday(DayOfWeek day) {
        String name = text.get("weekday." + day.getValue());
        return name.substring(0, 1).toUpperCase(text.locale()) + name.substring(1);
    }
}
