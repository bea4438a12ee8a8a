package lv.klade.tutor.ui;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import lv.klade.i18n.Messages;
import lv.klade.tutor.RemarkPeriod;
import lv.klade.ui.Tables;

/**
 * Report card remarks: a class and a report card to choose, and a table of the class's students,
 * each with a field for the remark that saves when the tutor presses Enter or leaves the field.
 */
public final class RemarksView {
    private final RemarksViewModel model;
    private final Messages text;

    public RemarksView(RemarksViewModel model, Messages text) {
        this.model = model;
        this.text = text;
    }

    public Node root() {
        Label title = new Label(text.get("remarks.title"));
        title.getStyleClass().add("view-title");
        ComboBox<RemarksViewModel.ClassChoice> classes = new ComboBox<>(model.classChoices());
        classes.setId("remarksClass");
        classes.valueProperty().bindBidirectional(model.classProperty());
        ComboBox<RemarkPeriod> periods = new ComboBox<>();
        periods.getItems().setAll(model.periods());
        periods.setId("remarksPeriod");
        periods.setConverter(new StringConverter<>() {
            @Override
            public String toString(RemarkPeriod period) {
                return period == null ? "" : text.get(period.messageKey());
            }

            @Override
            public RemarkPeriod fromString(String shown) {
                return null;
            }
        });
        periods.valueProperty().bindBidirectional(model.periodProperty());
        HBox bar = new HBox(12, title, new Label(text.get("remarks.class")), classes,
                new Label(text.get("remarks.period")), periods);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(text.get("remarks.hint", model.maxLength()));
        hint.getStyleClass().add("hint-text");
        hint.setWrapText(true);
        Label error = new Label();
        error.setId("remarksError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        BorderPane root = new BorderPane(table());
        root.setTop(new VBox(6, bar, hint, error));
        root.setId("remarks");
        model.load();
        return root;
    }

    private TableView<RemarkRow> table() {
        TableView<RemarkRow> table = Tables.table("remarksTable", model.rows(), text.get("remarks.noStudents"));
        TableColumn<RemarkRow, String> number = Tables.column(text.get("remarks.number"), r -> r.number() + ".");
        number.setPrefWidth(40);
        number.setMaxWidth(50);
        TableColumn<RemarkRow, String> name = Tables.column(text.get("remarks.student"), RemarkRow::name);
        name.setPrefWidth(200);
        name.setMaxWidth(280);
        TableColumn<RemarkRow, String> state = new TableColumn<>(text.get("remarks.state"));
        state.setCellValueFactory(cell -> cell.getValue().stateProperty());
        state.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String shown, boolean empty) {
                super.updateItem(shown, empty);
                setText(empty ? null : shown);
                RemarkRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                getStyleClass().remove("remark-state-failed");
                if (row != null && row.failedProperty().get()) {
                    getStyleClass().add("remark-state-failed");
                }
            }
        });
        state.setPrefWidth(110);
        state.setMaxWidth(140);
        TableColumn<RemarkRow, RemarkRow> remark = new TableColumn<>(text.get("remarks.remark"));
        remark.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        remark.setCellFactory(column -> new RemarkCell());
        remark.setSortable(false);
        table.getColumns().add(number);
        table.getColumns().add(name);
        table.getColumns().add(state);
        table.getColumns().add(remark);
        return table;
    }

    /**
     * A field always open for typing; Enter or leaving the field saves what it holds. Its item is
     * the row itself, so the field never depends on when the table row learns its item.
     */
    private final class RemarkCell extends TableCell<RemarkRow, RemarkRow> {
        private final TextField field = new TextField();

        RemarkCell() {
            field.getStyleClass().add("remark-field");
            field.setOnAction(e -> save());
            field.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    save();
                }
            });
        }

        private void save() {
            RemarkRow row = getItem();
            if (row != null) {
                model.save(row, field.getText());
            }
        }

        @Override
        protected void updateItem(RemarkRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                field.setId(null);
                return;
            }
            field.setId("remark-" + row.number());
            field.setText(row.saved());
            setGraphic(field);
        }
    }
}
