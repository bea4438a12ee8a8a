package lv.klade.statistics.ui;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import lv.klade.i18n.Messages;
import lv.klade.statistics.AbsenceRate;
import lv.klade.statistics.Decimals;
import lv.klade.ui.Tables;

/** The absences tab: each group's share of lessons missed, justified and unjustified stacked, over the table. */
final class AbsenceCharts {
    private final StatisticsViewModel model;
    private final Messages text;
    private final StackedBarChart<String, Number> chart;

    AbsenceCharts(StatisticsViewModel model, Messages text) {
        this.model = model;
        this.text = text;
        NumberAxis percent = new NumberAxis();
        percent.setLabel(text.get("statistics.missedPercent"));
        chart = new StackedBarChart<>(new CategoryAxis(), percent);
        chart.setId("absenceChart");
        chart.setAnimated(false);
        chart.setMinHeight(260);
        chart.setTitle(text.get("statistics.missedPercent"));
    }

    Node root() {
        TableView<AbsenceRate> table = Tables.table("absenceTable", model.absences(), text.get("statistics.noData"));
        table.getColumns().add(Tables.column(text.get("statistics.group"), AbsenceRate::label));
        table.getColumns().add(Tables.column(text.get("statistics.lessons"), a -> String.valueOf(a.lessons())));
        table.getColumns().add(Tables.column(text.get("statistics.justified"), a -> String.valueOf(a.justified())));
        table.getColumns().add(Tables.column(text.get("statistics.unjustified"), a -> String.valueOf(a.unjustified())));
        table.getColumns().add(Tables.column(text.get("statistics.missedPercent"), a -> Decimals.shown(a.missedPercent(), text.locale())));
        table.getColumns().add(Tables.column(text.get("statistics.unjustifiedPercent"),
                a -> Decimals.shown(a.unjustifiedPercent(), text.locale())));
        table.setMinHeight(160);
        model.absences().addListener((ListChangeListener<AbsenceRate>) change -> redraw());
        VBox root = new VBox(8, StatisticsView.note(text.get("statistics.absencesNote")), chart, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setStyle("-fx-padding: 8");
        redraw();
        return root;
    }

    private void redraw() {
        XYChart.Series<String, Number> unjustified = new XYChart.Series<>();
        unjustified.setName(text.get("statistics.unjustified"));
        XYChart.Series<String, Number> justified = new XYChart.Series<>();
        justified.setName(text.get("statistics.justified"));
        for (AbsenceRate a : model.absences()) {
            unjustified.getData().add(new XYChart.Data<>(a.label(), a.unjustifiedPercent()));
            justified.getData().add(new XYChart.Data<>(a.label(), a.missedPercent().subtract(a.unjustifiedPercent())));
        }
        chart.getData().clear();
        // A stacked chart keeps its categories apart from its data: name them before the bars.
        ((CategoryAxis) chart.getXAxis()).setCategories(javafx.collections.FXCollections.observableArrayList(
                model.absences().stream().map(AbsenceRate::label).toList()));
        chart.getData().setAll(List.of(unjustified, justified));
    }
}
