package lv.klade.statistics.ui;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import lv.klade.grades.Scale;
import lv.klade.i18n.Messages;
import lv.klade.statistics.Decimals;
import lv.klade.statistics.Distribution;
import lv.klade.statistics.GradeFigures;
import lv.klade.ui.Tables;

/**
 * The grades tab: each group's average of points as bars, the chosen group's distribution on the
 * chosen scale as bars (a scale never mixed with another), and the table of all groups.
 */
final class GradeCharts {
    /** Short column titles, so the table's headers are not cut. */
    private static final java.util.Map<Scale, String> HEADERS = java.util.Map.of(Scale.TEN_POINT,
            "statistics.scale.TEN_POINT", Scale.LEVELS, "statistics.pdf.levels", Scale.PASS_FAIL,
            "statistics.pdf.passFail", Scale.PERCENT, "statistics.pdf.percent");
    private final StatisticsViewModel model;
    private final Messages text;
    private final BarChart<String, Number> averages;
    private final BarChart<String, Number> distribution;
    private final ChoiceBox<Scale> scale = new ChoiceBox<>();
    private final TableView<GradeFigures> table;

    GradeCharts(StatisticsViewModel model, Messages text) {
        this.model = model;
        this.text = text;
        NumberAxis points = new NumberAxis(0, 10, 1);
        points.setLabel(text.get("statistics.average"));
        averages = new BarChart<>(new CategoryAxis(), points);
        averages.setId("gradeAverages");
        averages.setTitle(text.get("statistics.average"));
        distribution = new BarChart<>(new CategoryAxis(), StatisticsView.countAxis(text.get("statistics.count")));
        distribution.setId("gradeDistribution");
        for (BarChart<String, Number> chart : List.of(averages, distribution)) {
            chart.setAnimated(false);
            chart.setLegendVisible(false);
            chart.setMinHeight(260);
            HBox.setHgrow(chart, Priority.ALWAYS);
        }
        table = table();
    }

    Node root() {
        scale.getItems().setAll(Scale.values());
        scale.setValue(Scale.TEN_POINT);
        scale.setConverter(StatisticsView.shown(s -> text.get("statistics.scale." + s.name())));
        scale.setId("statisticsScale");
        scale.valueProperty().addListener((o, was, now) -> drawDistribution());
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> chooseScale(now));
        model.grades().addListener((ListChangeListener<GradeFigures>) change -> redraw());
        HBox scaleBar = new HBox(8, new Label(text.get("statistics.scale")), scale);
        scaleBar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox right = new VBox(4, scaleBar, distribution);
        VBox.setVgrow(distribution, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox charts = new HBox(12, averages, right);
        VBox root = new VBox(8, StatisticsView.note(text.get("statistics.scalesNote")), charts, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setStyle("-fx-padding: 8");
        redraw();
        return root;
    }

    private TableView<GradeFigures> table() {
        TableView<GradeFigures> t = Tables.table("gradeTable", model.grades(), text.get("statistics.noData"));
        TableColumn<GradeFigures, String> group = Tables.column(text.get("statistics.group"), GradeFigures::label);
        group.setPrefWidth(220);
        t.getColumns().add(group);
        t.getColumns().add(Tables.column(text.get("statistics.average"),
                g -> g.pointsAverage().map(a -> Decimals.shown(a, text.locale())).orElse("")));
        for (Scale s : Scale.values()) {
            t.getColumns().add(Tables.wrapping(Tables.column(text.get(HEADERS.get(s)), g -> counts(g.of(s)))));
        }
        t.setMinHeight(160);
        return t;
    }

    private static String counts(Distribution d) {
        return d.summary((mark, count) -> mark + ": " + count, " · ");
    }

    private void redraw() {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        model.grades().forEach(g -> g.pointsAverage().ifPresent(a -> series.getData().add(new XYChart.Data<>(g.label(), a))));
        averages.getData().setAll(List.of(series));
        if (!model.grades().isEmpty() && table.getSelectionModel().getSelectedItem() == null) {
            table.getSelectionModel().selectFirst();
        }
        chooseScale(table.getSelectionModel().getSelectedItem());
    }

    /** A group without grades on the scale shown switches to the scale it has most grades on. */
    private void chooseScale(GradeFigures chosen) {
        if (chosen != null && scale.getValue() != null && chosen.of(scale.getValue()).total() == 0) {
            chosen.distributions().stream().max(java.util.Comparator.comparingInt(Distribution::total))
                    .filter(d -> d.total() > 0).ifPresent(d -> scale.setValue(d.scale()));
        }
        drawDistribution();
    }

    private void drawDistribution() {
        GradeFigures chosen = table.getSelectionModel().getSelectedItem();
        Scale on = scale.getValue();
        distribution.getData().clear();
        if (chosen == null || on == null) {
            distribution.setTitle(text.get("statistics.noData"));
            return;
        }
        Distribution d = chosen.of(on);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (int i = 0; i < d.marks().size(); i++) {
            series.getData().add(new XYChart.Data<>(d.marks().get(i), d.counts().get(i)));
        }
        distribution.getData().setAll(List.of(series));
        distribution.setTitle(chosen.label() + " — " + text.get("statistics.scale." + on.name())
                + " (" + d.total() + ")");
    }
}
