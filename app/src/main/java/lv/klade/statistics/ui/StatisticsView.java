package lv.klade.statistics.ui;

import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import lv.klade.i18n.Messages;
import lv.klade.statistics.Grouping;

/**
 * Statistics: what to group by, the period and the filters on top; tabs for the grades (averages
 * and a distribution per scale), the absences and one student's year, each a chart over a table.
 */
public final class StatisticsView {
    private final StatisticsViewModel model;
    private final Messages text;

    public StatisticsView(StatisticsViewModel model, Messages text) {
        this.model = model;
        this.text = text;
    }

    public Node root() {
        Label title = new Label(text.get("statistics.title"));
        title.getStyleClass().add("view-title");
        ChoiceBox<Grouping> by = new ChoiceBox<>();
        by.getItems().setAll(model.groupings());
        by.setConverter(shown(g -> text.get(g.messageKey())));
        by.valueProperty().bindBidirectional(model.groupingProperty());
        by.setId("statisticsBy");
        ChoiceBox<StatisticsViewModel.PeriodChoice> period = choice("statisticsPeriod", model.periods());
        period.valueProperty().bindBidirectional(model.periodProperty());
        ChoiceBox<lv.klade.statistics.StatisticsService.Choice> schoolClass = choice("statisticsClass", model.classes());
        schoolClass.valueProperty().bindBidirectional(model.classProperty());
        ChoiceBox<lv.klade.statistics.StatisticsService.Choice> subject = choice("statisticsSubject", model.subjects());
        subject.valueProperty().bindBidirectional(model.subjectProperty());
        period.setPrefWidth(170);
        schoolClass.setPrefWidth(110);
        subject.setPrefWidth(210);
        Button print = new Button(text.get("statistics.print"));
        print.setId("statisticsPrint");
        print.setOnAction(e -> model.print());
        FlowPane bar = new FlowPane(14, 6, title, labelled("statistics.by", by), labelled("statistics.period", period),
                labelled("statistics.class", schoolClass), labelled("statistics.subject", subject), print);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.setId("statisticsError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        Label status = new Label();
        status.setId("statisticsStatus");
        status.textProperty().bind(model.statusProperty());
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        TabPane tabs = new TabPane(
                tab("statisticsGradesTab", "statistics.tab.grades", new GradeCharts(model, text).root()),
                tab("statisticsAbsencesTab", "statistics.tab.absences", new AbsenceCharts(model, text).root()),
                tab("statisticsPupilTab", "statistics.tab.pupil", new PupilCharts(model, text).root()));
        tabs.setId("statisticsTabs");
        BorderPane root = new BorderPane(tabs);
        root.setTop(new VBox(6, bar, error, status));
        root.setId("statistics");
        model.load();
        return root;
    }

    /** A choice with its label, kept on one line when the bar wraps. */
    private Node labelled(String key, Node control) {
        javafx.scene.layout.HBox pair = new javafx.scene.layout.HBox(6, new Label(text.get(key)), control);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }

    private Tab tab(String id, String key, Node content) {
        Tab tab = new Tab(text.get(key), content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }

    private static <T> ChoiceBox<T> choice(String id, javafx.collections.ObservableList<T> items) {
        ChoiceBox<T> box = new ChoiceBox<>(items);
        box.setId(id);
        return box;
    }

    static <T> StringConverter<T> shown(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String shown) {
                return null;
            }
        };
    }

    /** A count axis: whole numbers only, from zero. */
    static javafx.scene.chart.NumberAxis countAxis(String label) {
        javafx.scene.chart.NumberAxis axis = new javafx.scene.chart.NumberAxis();
        axis.setLabel(label);
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                double v = value.doubleValue();
                return v == Math.rint(v) ? String.valueOf((long) v) : "";
            }

            @Override
            public Number fromString(String shown) {
                return null;
            }
        });
        return axis;
    }

    /** A note in small type that wraps, for how figures are counted. */
    static Label note(String shown) {
        Label note = new Label(shown);
        note.getStyleClass().add("hint-text");
        note.setWrapText(true);
        // Without it a wrapping label in a box of charts is cut to one line.
        note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return note;
    }
}
