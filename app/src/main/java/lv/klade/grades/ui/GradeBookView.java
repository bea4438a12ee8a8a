package lv.klade.grades.ui;

import java.time.YearMonth;
import java.time.format.TextStyle;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import lv.klade.grades.GradeKind;
import lv.klade.grades.PlannedTest;
import lv.klade.i18n.Messages;
import lv.klade.ui.Dates;

/** The grade book: a journal's grid with its averages, and its semester and year grades on a second tab. */
public final class GradeBookView {
    private final GradeBookViewModel model;
    private final PeriodGradesViewModel periods;
    private final Messages text;

    public GradeBookView(GradeBookViewModel model, PeriodGradesViewModel periods, Messages text) {
        this.model = model;
        this.periods = periods;
        this.text = text;
    }

    public Node root() {
        Label title = new Label(text.get("gradesView.title"));
        title.getStyleClass().add("view-title");
        Label error = new Label();
        error.setId("gradeError");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.getStyleClass().add("error-text");
        error.textProperty().bind(model.errorProperty());
        Tab book = new Tab(text.get("gradesView.tab.book"), bookPane());
        book.setId("bookTab");
        Tab periodTab = new Tab(text.get("gradesView.tab.periods"), new PeriodGradesView(periods, text).root());
        periodTab.setId("periodTab");
        TabPane tabs = new TabPane(book, periodTab);
        tabs.setId("gradeTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        model.journalProperty().addListener((o, old, journal) -> periods.setJournal(journal));
        BorderPane root = new BorderPane(tabs);
        HBox bar = new HBox(12, title, journalChoice(), monthChoice());
        bar.setAlignment(Pos.CENTER_LEFT);
        root.setTop(new VBox(8, bar, columnForm(), error));
        model.load();
        return root;
    }

    private ComboBox<JournalChoice> journalChoice() {
        ComboBox<JournalChoice> journals = new ComboBox<>(model.journals());
        journals.setId("gradeJournal");
        journals.setPromptText(text.get("gradesView.journal"));
        journals.setPrefWidth(280);
        journals.valueProperty().bindBidirectional(model.journalProperty());
        return journals;
    }

    private HBox monthChoice() {
        ComboBox<YearMonth> months = new ComboBox<>(model.months());
        months.setId("gradeMonth");
        months.setPromptText(text.get("gradesView.wholeYear"));
        months.setConverter(new StringConverter<>() {
            @Override
            public String toString(YearMonth m) {
                return m == null ? text.get("gradesView.wholeYear")
                        : m.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, text.locale()) + " " + m.getYear();
            }

            @Override
            public YearMonth fromString(String s) {
                return null;
            }
        });
        months.valueProperty().bindBidirectional(model.monthProperty());
        Button whole = new Button(text.get("gradesView.showWholeYear"));
        whole.setId("wholeYear");
        whole.disableProperty().bind(model.monthProperty().isNull());
        whole.setOnAction(e -> model.monthProperty().set(null));
        months.setPrefWidth(160);
        return new HBox(4, months, whole);
    }

    private HBox columnForm() {
        DatePicker date = Dates.picker("columnDate", text);
        date.setPrefWidth(150);
        ComboBox<GradeKind> kind = new ComboBox<>();
        kind.getItems().setAll(GradeBookViewModel.WORK_KINDS);
        kind.setId("columnKind");
        kind.setValue(GradeKind.SUMMATIVE);
        kind.setConverter(converter(k -> text.get(k.messageKey())));
        ComboBox<PlannedTest> test = new ComboBox<>(model.tests());
        test.setId("columnTest");
        test.setPromptText(text.get("gradesView.columnTest"));
        test.setConverter(converter(t -> Messages.date(t.plan().date()) + " " + t.plan().topic()));
        test.setPrefWidth(200);
        Button add = new Button(text.get("gradesView.addColumn"));
        add.setId("addColumn");
        add.setOnAction(e -> {
            model.addColumn(date.getValue(), kind.getValue(), test.getValue());
            test.setValue(null);
        });
        Label label = new Label(text.get("gradesView.newColumn"));
        HBox form = new HBox(6, label, date, kind, test, add);
        form.setAlignment(Pos.CENTER_LEFT);
        return form;
    }

    private BorderPane bookPane() {
        var table = new GradeTable(model, text).build();
        Label explanation = new Label();
        explanation.setId("averageExplanation");
        explanation.setWrapText(true);
        explanation.getStyleClass().add("average-explanation");
        explanation.textProperty().bind(model.explanationProperty());
        Button showHistory = new Button(text.get("gradesView.showHistory"));
        showHistory.setId("showHistory");
        showHistory.setOnAction(e -> model.showHistory());
        ListView<String> history = new ListView<>(model.history());
        history.setId("gradeHistory");
        Label historyHint = new Label(text.get("gradesView.historyHint"));
        historyHint.setWrapText(true);
        history.setPlaceholder(historyHint);
        history.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
            }
        });
        history.setPrefHeight(160);
        Label hint = new Label(text.get("gradesView.keys"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint-text");
        hint.setMinHeight(Region.USE_PREF_SIZE);
        // A long explanation (a year of grades) scrolls instead of being cut off.
        ScrollPane explained = new ScrollPane(explanation);
        explained.setId("averageExplanationScroll");
        explained.setFitToWidth(true);
        explained.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        explained.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(explained, Priority.ALWAYS);
        VBox side = new VBox(8, explained, showHistory, history, hint);
        side.setPadding(new Insets(0, 0, 0, 8));
        side.setPrefWidth(270);
        side.setMinWidth(240);
        BorderPane pane = new BorderPane(new FrozenNames(model, text, table).beside());
        pane.setRight(side);
        pane.setPadding(new Insets(6, 0, 0, 0));
        return pane;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : show.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
