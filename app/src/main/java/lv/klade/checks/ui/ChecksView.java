package lv.klade.checks.ui;

import java.time.YearMonth;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import lv.klade.i18n.Messages;

/** The checks: a month to choose (or the year so far) and a table of findings; double-click or Enter opens one. */
public final class ChecksView {
    private final ChecksViewModel model;
    private final Messages text;

    public ChecksView(ChecksViewModel model, Messages text) {
        this.model = model;
        this.text = text;
    }

    public Node root() {
        Label title = new Label(text.get("checks.section"));
        title.getStyleClass().add("view-title");
        ComboBox<YearMonth> month = new ComboBox<>(model.months());
        month.setId("checksMonth");
        month.setPromptText(text.get("checks.wholeYear"));
        month.setConverter(new StringConverter<>() {
            @Override
            public String toString(YearMonth m) {
                return m == null ? text.get("checks.wholeYear") : m.toString();
            }

            @Override
            public YearMonth fromString(String shown) {
                return null;
            }
        });
        month.valueProperty().bindBidirectional(model.monthProperty());
        Label summary = new Label();
        summary.setId("checksSummary");
        summary.textProperty().bind(model.summaryProperty());
        HBox bar = new HBox(12, title, new Label(text.get("checks.month")), month, summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        TableView<ChecksViewModel.Row> table = new TableView<>(model.rows());
        table.setId("checksTable");
        table.getColumns().add(column("checks.column.day", ChecksViewModel.Row::day, 90));
        table.getColumns().add(column("checks.column.kind", ChecksViewModel.Row::kind, 300));
        table.getColumns().add(column("checks.column.names", ChecksViewModel.Row::names, 200));
        table.getColumns().add(column("checks.column.detail", ChecksViewModel.Row::detail, 260));
        table.setRowFactory(t -> {
            TableRow<ChecksViewModel.Row> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.open(table.getSelectionModel().getSelectedItem());
            }
        });
        Label hint = new Label(text.get("checks.hint"));
        hint.getStyleClass().add("hint-text");
        BorderPane root = new BorderPane(table);
        root.setTop(new VBox(8, bar, hint));
        model.load();
        return root;
    }

    private TableColumn<ChecksViewModel.Row, String> column(String key, Function<ChecksViewModel.Row, String> value,
                                                            double width) {
        TableColumn<ChecksViewModel.Row, String> column = new TableColumn<>(text.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
