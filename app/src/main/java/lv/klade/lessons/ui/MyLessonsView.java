package lv.klade.lessons.ui;

import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import lv.klade.i18n.Messages;
import lv.klade.lessons.LessonState;
import lv.klade.ui.Dates;
import lv.klade.ui.Tables;

/** My lessons: today's and the week's lists; Enter or a double click opens a lesson in the form. */
public final class MyLessonsView {
    private final MyLessonsViewModel model;
    private final Messages text;

    public MyLessonsView(MyLessonsViewModel model, Messages text) {
        this.model = model;
        this.text = text;
    }

    public Node root() {
        TableView<LessonRow> todayTable = todayTable();
        TableView<LessonRow> weekTable = weekTable();
        Node lists = lists(todayTable, weekTable);
        LessonFormView form = new LessonFormView(model.form(), text, model::close);
        Node formRoot = form.root();
        StackPane root = new StackPane(lists);
        model.openedProperty().addListener((o, old, row) -> {
            if (row == null) {
                root.getChildren().setAll(lists);
                (weekTable.getSelectionModel().getSelectedItem() != null && weekTable.isVisible()
                        ? weekTable : todayTable).requestFocus();
            } else {
                root.getChildren().setAll(formRoot);
                form.focusFirst();
            }
        });
        // Keyboard first: today's first lesson is chosen and focused as soon as the list arrives.
        model.today().addListener((ListChangeListener<LessonRow>) change -> {
            if (!model.today().isEmpty() && todayTable.getSelectionModel().isEmpty()) {
                todayTable.getSelectionModel().selectFirst();
                todayTable.getFocusModel().focus(0);
                todayTable.requestFocus();
            }
        });
        model.load();
        return root;
    }

    private Node lists(TableView<LessonRow> todayTable, TableView<LessonRow> weekTable) {
        Label todayTitle = new Label();
        todayTitle.getStyleClass().add("view-title");
        todayTitle.textProperty().bind(model.todayTitleProperty());
        Label dayOff = new Label();
        dayOff.getStyleClass().add("day-off");
        dayOff.textProperty().bind(model.dayOffProperty());
        dayOff.managedProperty().bind(dayOff.textProperty().isNotEmpty());
        VBox todayBox = new VBox(8, todayTitle, dayOff, todayTable);
        VBox.setVgrow(todayTable, Priority.ALWAYS);
        todayBox.getStyleClass().add("tab-body");

        Button prev = new Button(text.get("myLessons.prevWeek"));
        prev.setId("prevWeek");
        prev.setOnAction(e -> model.previousWeek());
        Button next = new Button(text.get("myLessons.nextWeek"));
        next.setId("nextWeek");
        next.setOnAction(e -> model.nextWeek());
        Label weekTitle = new Label();
        weekTitle.setId("weekTitle");
        weekTitle.getStyleClass().add("view-title");
        weekTitle.textProperty().bind(model.weekTitleProperty());
        HBox weekBar = new HBox(12, prev, weekTitle, next);
        weekBar.setAlignment(Pos.CENTER_LEFT);
        VBox weekBox = new VBox(8, weekBar, weekTable);
        VBox.setVgrow(weekTable, Priority.ALWAYS);
        weekBox.getStyleClass().add("tab-body");

        Tab todayTab = new Tab(text.get("myLessons.today"), todayBox);
        todayTab.setId("todayTab");
        Tab weekTab = new Tab(text.get("myLessons.week"), weekBox);
        weekTab.setId("weekTab");
        TabPane tabs = new TabPane(todayTab, weekTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Label hint = new Label(text.get("myLessons.hint"));
        hint.getStyleClass().add("text-muted");
        VBox box = new VBox(6, tabs, hint, extraBar());
        VBox.setVgrow(tabs, Priority.ALWAYS);
        return box;
    }

    /** An extra lesson (papildu stunda) the timetable does not plan: my journal, a day, a period, then the form. */
    private Node extraBar() {
        Label title = new Label(text.get("extraLesson.title"));
        title.getStyleClass().add("text-bold");
        ComboBox<JournalOption> journal = new ComboBox<>(model.journals());
        journal.setId("extraJournal");
        journal.setPromptText(text.get("extraLesson.journal"));
        journal.setPrefWidth(240);
        journal.valueProperty().bindBidirectional(model.extraJournalProperty());
        DatePicker date = Dates.picker("extraDate", text);
        date.valueProperty().bindBidirectional(model.extraDateProperty());
        date.setPrefWidth(140);
        ComboBox<Integer> period = new ComboBox<>(model.periods());
        period.setId("extraPeriod");
        period.setPromptText(text.get("extraLesson.period"));
        period.valueProperty().bindBidirectional(model.extraPeriodProperty());
        Button open = new Button(text.get("extraLesson.open"));
        open.setId("openExtra");
        open.setOnAction(e -> model.openExtra());
        HBox bar = new HBox(8, title, journal, date, period, open);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.setId("extraError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(model.extraErrorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        return new VBox(4, bar, error);
    }

    private TableView<LessonRow> todayTable() {
        TableView<LessonRow> table = table("todayLessons", model.today(), "myLessons.none");
        table.getColumns().add(Shown.width(Tables.column(text.get("myLessons.period"), MyLessonsView::period), 70));
        table.getColumns().add(Shown.width(Tables.column(text.get("myLessons.time"), LessonRow::time), 90));
        addCommonColumns(table);
        return table;
    }


    private TableView<LessonRow> weekTable() {
        TableView<LessonRow> table = table("weekLessons", model.week(), "myLessons.noneWeek");
        Locale locale = text.locale();
        table.getColumns().add(Tables.column(text.get("myLessons.date"), r ->
                r.date().getDayOfWeek().getDisplayName(TextStyle.SHORT_STANDALONE, locale) + " "
                        + Messages.date(r.date())));
        table.getColumns().add(Shown.width(Tables.column(text.get("myLessons.period"), MyLessonsView::period), 70));
        table.getColumns().add(Shown.width(Tables.column(text.get("myLessons.time"), LessonRow::time), 90));
        addCommonColumns(table);
        return table;
    }

    private void addCommonColumns(TableView<LessonRow> table) {
        table.getColumns().add(Tables.column(text.get("myLessons.owner"), LessonRow::owner));
        table.getColumns().add(Tables.column(text.get("myLessons.subject"), r -> r.entry().subject()));
        table.getColumns().add(Tables.column(text.get("myLessons.room"), r -> Shown.orEmpty(r.entry().room())));
        table.getColumns().add(Tables.column(text.get("myLessons.state"), r -> stateText(r)));
        table.getColumns().add(Tables.column(text.get("myLessons.topic"), r -> Shown.orEmpty(r.entry().topic())));
    }

    private String stateText(LessonRow row) {
        String state = text.get(row.entry().state().messageKey());
        return row.entry().notHeldReason() == null ? state : state + ": " + row.entry().notHeldReason();
    }

    private TableView<LessonRow> table(String id, javafx.collections.ObservableList<LessonRow> items, String empty) {
        TableView<LessonRow> table = Tables.table(id, items, text.get(empty));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(LessonRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll(STATE_CLASSES);
                if (row != null && !empty) {
                    getStyleClass().add(stateClass(row.entry().state()));
                }
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.open(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                model.open(table.getSelectionModel().getSelectedItem());
            }
        });
        return table;
    }

    private static final List<String> STATE_CLASSES = java.util.Arrays.stream(LessonState.values())
            .map(MyLessonsView::stateClass).toList();

    /** The style class of a lesson's state: "lesson-overdue" and so on (klade.css). */
    static String stateClass(LessonState state) {
        return "lesson-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static List<String> stateClasses() {
        return STATE_CLASSES;
    }

    private static String period(LessonRow row) {
        return row.entry().period() == null ? "" : row.entry().period().toString();
    }
}
