package lv.klade.school.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.TextStyle;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import lv.klade.i18n.Messages;
import lv.klade.school.BellPeriod;
import lv.klade.school.DayOff;
import lv.klade.school.ExtraHoliday;
import lv.klade.school.MovedWorkingDay;
import lv.klade.school.PublicHoliday;
import lv.klade.school.SchoolBreak;
import lv.klade.school.SchoolCalendar;
import lv.klade.ui.Dates;
import lv.klade.ui.Tables;

/** The school year at a glance, with the lists of breaks and days off beside it. */
public final class CalendarView {
    /** Wide enough for "01.09.2026" and its cell's padding. */
    private static final double DATE_WIDTH = 100;
    /** Wide enough for the header "Darba diena (sestdiena)". */
    private static final double WORK_DATE_WIDTH = 220;
    /** The first lesson's start, shown as an example of how to type a time. */
    private static final LocalTime EXAMPLE_START = LocalTime.of(8, 30);
    private final CalendarViewModel model;
    private final Messages text;
    private final FlowPane months = new FlowPane(16, 16);

    public CalendarView(CalendarViewModel model, Messages text) {
        this.model = model;
        this.text = text;
    }

    public Node root() {
        Label title = new Label();
        title.getStyleClass().add("view-title");
        title.textProperty().bind(model.titleProperty());
        Label error = new Label();
        error.setId("calendarError");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(model.errorProperty());
        months.setId("months");
        months.setPadding(new Insets(4));
        model.calendarProperty().addListener((o, old, calendar) -> drawMonths(calendar));
        ScrollPane left = new ScrollPane(months);
        left.setFitToWidth(true);
        // The bell schedule first: a new school sets it up before its timetable, and rarely changes it after.
        VBox right = new VBox(8, bellsPane(), formDaysPane(), breaksPane(), extraPane(), movedPane(), publicPane());
        ScrollPane side = new ScrollPane(right);
        side.setFitToWidth(true);
        side.setPrefWidth(430);
        BorderPane root = new BorderPane(left);
        root.setTop(new VBox(4, title, legend(), error));
        root.setRight(side);
        model.load();
        return root;
    }

    private HBox legend() {
        HBox legend = new HBox(12);
        for (String kind : new String[] {"school", "weekend", "holiday", "break", "extra", "moved"}) {
            Label label = new Label(text.get("calendar.legend." + kind));
            label.getStyleClass().addAll("cal-day", "cal-" + kind, "cal-legend");
            legend.getChildren().add(label);
        }
        return legend;
    }

    private void drawMonths(SchoolCalendar calendar) {
        months.getChildren().clear();
        YearMonth last = YearMonth.from(calendar.year().ends());
        for (YearMonth month = YearMonth.from(calendar.year().starts()); !month.isAfter(last); month = month.plusMonths(1)) {
            months.getChildren().add(month(month));
        }
    }

    private VBox month(YearMonth month) {
        GridPane grid = new GridPane(2, 2);
        for (DayOfWeek day : DayOfWeek.values()) {
            Label head = new Label(day.getDisplayName(TextStyle.SHORT_STANDALONE, text.locale()));
            head.getStyleClass().add("cal-head");
            grid.add(head, day.getValue() - 1, 0);
        }
        int row = 1;
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate date = month.atDay(d);
            grid.add(day(date), date.getDayOfWeek().getValue() - 1, row);
            if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                row++;
            }
        }
        String name = month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, text.locale());
        Label title = new Label(name + " " + month.getYear());
        title.getStyleClass().add("text-bold");
        VBox box = new VBox(4, title, grid);
        box.getStyleClass().add("cal-month");
        return box;
    }

    private Label day(LocalDate date) {
        Label label = new Label(String.valueOf(date.getDayOfMonth()));
        label.setId("day-" + date);
        label.getStyleClass().addAll("cal-day", "cal-" + model.dayOffKind(date).map(CalendarView::kind).orElse("school"));
        model.dayOff(date).ifPresent(reason -> Tooltip.install(label, new Tooltip(Messages.date(date) + ": " + reason)));
        return label;
    }

    private static String kind(DayOff off) {
        return switch (off) {
            case DayOff.Weekend w -> "weekend";
            case DayOff.Holiday h -> "holiday";
            case DayOff.Break b -> "break";
            case DayOff.Extra e -> "extra";
            case DayOff.Replaced r -> "extra";
            case DayOff.OutsideYear o -> "outside";
            case DayOff.LessonsOver l -> "outside";
        };
    }

    /** Each form's last lesson day: forms 9 and 12 learn into June, the others end in May. */
    private TitledPane formDaysPane() {
        TableView<CalendarViewModel.FormDay> table = table("formDays", model.formDays());
        table.getColumns().add(Tables.column(text.get("formEnds.form"), d -> String.valueOf(d.form())));
        table.getColumns().add(Tables.column(text.get("formEnds.lastDay"), d -> Messages.date(d.lastDay())));
        VBox box = new VBox(6, table);
        if (model.canEdit()) {
            TextField form = field("formDayForm", 5);
            DatePicker day = Dates.picker("formDayDate", text);
            Button set = new Button(text.get("formEnds.set"));
            set.setId("setFormDay");
            set.setOnAction(e -> model.setLastLessonDay(form.getText(), day.getValue()));
            GridPane fields = form();
            line(fields, "formEnds.form", form);
            line(fields, "formEnds.lastDay", day);
            box.getChildren().addAll(fields, set);
        }
        TitledPane pane = pane("formEnds.title", box);
        pane.setExpanded(false);
        return pane;
    }

    private TitledPane breaksPane() {
        TableView<SchoolBreak> table = table("breaks", model.breaks());
        table.getColumns().add(Tables.column(text.get("calendar.name"), SchoolBreak::name));
        table.getColumns().add(dates(Tables.column(text.get("calendar.from"), b -> Messages.date(b.starts()))));
        table.getColumns().add(dates(Tables.column(text.get("calendar.to"), b -> Messages.date(b.ends()))));
        VBox box = new VBox(6, table);
        if (model.canEdit()) {
            TextField name = field("breakName", 20);
            DatePicker from = Dates.picker("breakFrom", text);
            DatePicker to = Dates.picker("breakTo", text);
            Button add = new Button(text.get("calendar.add"));
            add.setId("addBreak");
            add.setOnAction(e -> model.addBreak(name.getText(), from.getValue(), to.getValue()));
            GridPane fields = form();
            line(fields, "calendar.name", name);
            line(fields, "calendar.from", from);
            line(fields, "calendar.to", to);
            box.getChildren().addAll(fields, new HBox(6, add,
                    removeButton("removeBreak", () -> table.getSelectionModel().getSelectedItem(), model::removeBreak)));
        }
        return pane("calendar.breaks", box);
    }

    private TitledPane extraPane() {
        TableView<ExtraHoliday> table = table("extraHolidays", model.extraHolidays());
        table.getColumns().add(dates(Tables.column(text.get("calendar.date"), h -> Messages.date(h.date()))));
        table.getColumns().add(Tables.column(text.get("calendar.name"), ExtraHoliday::name));
        VBox box = new VBox(6, table);
        if (model.canEdit()) {
            DatePicker date = Dates.picker("extraDate", text);
            TextField name = field("extraName", 20);
            Button add = new Button(text.get("calendar.add"));
            add.setId("addExtra");
            add.setOnAction(e -> model.addExtraHoliday(date.getValue(), name.getText()));
            GridPane fields = form();
            line(fields, "calendar.date", date);
            line(fields, "calendar.name", name);
            box.getChildren().addAll(fields, new HBox(6, add,
                    removeButton("removeExtra", () -> table.getSelectionModel().getSelectedItem(),
                            model::removeExtraHoliday)));
        }
        return pane("calendar.extraHolidays", box);
    }

    private TitledPane movedPane() {
        TableView<MovedWorkingDay> table = table("movedDays", model.movedDays());
        TableColumn<MovedWorkingDay, String> work = Tables.column(text.get("calendar.workDate"),
                m -> Messages.date(m.workDate()));
        // Its header is the longest: "Darba diena (sestdiena)" reads whole, the other column takes the rest.
        work.setMinWidth(WORK_DATE_WIDTH);
        work.setPrefWidth(WORK_DATE_WIDTH);
        table.getColumns().add(work);
        table.getColumns().add(Tables.column(text.get("calendar.replacesDate"), m -> Messages.date(m.replacesDate())));
        VBox box = new VBox(6, table);
        if (model.canEdit()) {
            DatePicker workDate = Dates.picker("movedWork", text);
            DatePicker replaces = Dates.picker("movedReplaces", text);
            Button add = new Button(text.get("calendar.add"));
            add.setId("addMoved");
            add.setOnAction(e -> model.addMovedDay(workDate.getValue(), replaces.getValue()));
            GridPane fields = form();
            line(fields, "calendar.workDate", workDate);
            line(fields, "calendar.replacesDate", replaces);
            box.getChildren().addAll(fields, new HBox(6, add,
                    removeButton("removeMoved", () -> table.getSelectionModel().getSelectedItem(),
                            model::removeMovedDay)));
        }
        return pane("calendar.movedDays", box);
    }

    /** The bell schedule; open while the school has none, since the timetable needs its periods. */
    private TitledPane bellsPane() {
        TableView<BellPeriod> table = table("bellPeriods", model.bellPeriods());
        table.getColumns().add(Tables.column(text.get("calendar.period"), b -> String.valueOf(b.number())));
        table.getColumns().add(Tables.column(text.get("calendar.from"), b -> Messages.lessonTime(b.starts())));
        table.getColumns().add(Tables.column(text.get("calendar.to"), b -> Messages.lessonTime(b.ends())));
        VBox box = new VBox(6, table);
        if (model.canEdit()) {
            TextField number = field("bellNumber", 3);
            // Examples, not words: a time reads the same in both languages.
            TextField starts = field("bellStarts", 5);
            starts.setPromptText(Messages.lessonTime(EXAMPLE_START));
            TextField ends = field("bellEnds", 5);
            ends.setPromptText(Messages.lessonTime(EXAMPLE_START.plusMinutes(40)));
            Button add = new Button(text.get("calendar.add"));
            add.setId("addBell");
            add.setOnAction(e -> model.addBellPeriod(number.getText(), starts.getText(), ends.getText()));
            HBox fields = new HBox(6, caption("calendar.period", number), number, caption("calendar.from", starts),
                    starts, caption("calendar.to", ends), ends);
            fields.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().addAll(fields, new HBox(6, add,
                    removeButton("removeBell", () -> table.getSelectionModel().getSelectedItem(),
                            model::removeBellPeriod)));
        }
        TitledPane pane = pane("calendar.bells", box);
        pane.setId("bellsPane");
        pane.expandedProperty().bindBidirectional(model.bellsOpenProperty());
        return pane;
    }

    private static TextField field(String id, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        return field;
    }

    /** A column of dates, as wide as a date, so that a name beside it gets the rest of the pane. */
    private static <T> TableColumn<T, String> dates(TableColumn<T, String> column) {
        column.setMinWidth(DATE_WIDTH);
        column.setPrefWidth(DATE_WIDTH);
        column.setMaxWidth(DATE_WIDTH);
        return column;
    }

    /** A pane's fields, one a line, each after its label: a filled form still says which is which. */
    private static GridPane form() {
        GridPane form = new GridPane(8, 6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        return form;
    }

    private void line(GridPane form, String key, Region field) {
        field.setMaxWidth(Double.MAX_VALUE);
        form.addRow(form.getRowCount(), caption(key, field), field);
    }

    private Label caption(String key, Node field) {
        Label label = new Label(text.get(key));
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private TitledPane publicPane() {
        TableView<PublicHoliday> table = table("publicHolidays", model.publicHolidays());
        table.getColumns().add(dates(Tables.column(text.get("calendar.date"), h -> Messages.date(h.date()))));
        // "Latvijas Republikas proklamēšanas diena" is longer than the pane is wide: it wraps.
        table.getColumns().add(Tables.wrapping(Tables.column(text.get("calendar.name"), h -> h.name(text))));
        TitledPane pane = pane("calendar.publicHolidays", table);
        pane.setExpanded(false);
        return pane;
    }

    private <T> Button removeButton(String id, java.util.function.Supplier<T> selected,
                                    java.util.function.Consumer<T> remove) {
        Button button = new Button(text.get("calendar.remove"));
        button.setId(id);
        button.setOnAction(e -> {
            T item = selected.get();
            if (item != null) {
                remove.accept(item);
            }
        });
        return button;
    }

    private <T> TableView<T> table(String id, ObservableList<T> items) {
        TableView<T> table = Tables.table(id, items, text.get("calendar.none"));
        table.setPrefHeight(150);
        return table;
    }

    private TitledPane pane(String key, Node content) {
        TitledPane pane = new TitledPane(text.get(key), content);
        pane.setAnimated(false);
        return pane;
    }


}
