package lv.klade.checks.ui;

import java.time.YearMonth;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import lv.klade.i18n.Messages;

/**
 * The checks: the period (the year so far or a month), a teacher and a class to choose, a table of
 * findings (double-click or Enter opens one) and a button that prints them as a PDF.
 */
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
        ComboBox<ChecksViewModel.Option<YearMonth>> month = choice("checksMonth", model.months(), model.monthProperty());
        ComboBox<ChecksViewModel.Option<UUID>> teacher = choice("checksTeacher", model.teachers(),
                model.teacherProperty());
        ComboBox<ChecksViewModel.Option<UUID>> schoolClass = choice("checksClass", model.classes(),
                model.classProperty());
        Button print = new Button(text.get("checks.print"));
        print.setId("checksPrint");
        print.setOnAction(e -> model.print());
        Label summary = new Label();
        summary.setId("checksSummary");
        summary.textProperty().bind(model.summaryProperty());
        Label error = new Label();
        error.setId("checksError");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(model.errorProperty());
        HBox bar = new HBox(12, title, label("checks.month"), month, label("checks.teacher"), teacher,
                label("checks.class"), schoolClass, print);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox status = new HBox(12, summary, error);
        TableView<ChecksViewModel.Row> table = new TableView<>(model.rows());
        table.setId("checksTable");
        table.getColumns().add(column("checks.column.day", ChecksViewModel.Row::day, 90));
        table.getColumns().add(column("checks.column.kind", ChecksViewModel.Row::kind, 300));
        table.getColumns().add(column("checks.column.names", ChecksViewModel.Row::names, 280));
        table.getColumns().add(column("checks.column.teacher", ChecksViewModel.Row::teacher, 200));
        table.getColumns().add(column("checks.column.detail", ChecksViewModel.Row::detail, 360));
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
        root.setTop(new VBox(8, bar, status, hint));
        model.load();
        return root;
    }

    private <T> ComboBox<ChecksViewModel.Option<T>> choice(String id, ObservableList<ChecksViewModel.Option<T>> items,
                                                          ObjectProperty<ChecksViewModel.Option<T>> value) {
        ComboBox<ChecksViewModel.Option<T>> box = new ComboBox<>(items);
        box.setId(id);
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    /** A filter's label, never cut short by the boxes beside it. */
    private Label label(String key) {
        Label label = new Label(text.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private TableColumn<ChecksViewModel.Row, String> column(String key, Function<ChecksViewModel.Row, String> value,
                                                            double width) {
        TableColumn<ChecksViewModel.Row, String> column = new TableColumn<>(text.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
