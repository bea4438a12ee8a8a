package lv.klade.grades.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import lv.klade.grades.ui.PeriodGradesViewModel.PeriodRow;
import lv.klade.i18n.Messages;
import lv.klade.ui.Tables;

/** A journal's semester or year grades: average, suggestion, the grade set; confirm or override. */
final class PeriodGradesView {
    private final PeriodGradesViewModel model;
    private final Messages text;

    PeriodGradesView(PeriodGradesViewModel model, Messages text) {
        this.model = model;
        this.text = text;
    }

    Node root() {
        ComboBox<PeriodGradesViewModel.Period> period = new ComboBox<>(model.periods());
        period.setId("period");
        period.valueProperty().bindBidirectional(model.periodProperty());
        Button confirm = new Button(text.get("gradesView.periods.confirmSuggested"));
        confirm.setId("confirmSuggested");
        confirm.setOnAction(e -> model.confirmSuggested());
        TableView<PeriodRow> table = Tables.table("periodGrades", model.rows(), text.get("gradesView.noStudents"));
        table.getColumns().add(sized(Tables.column(text.get("gradesView.number"), r -> String.valueOf(r.number())), 40));
        table.getColumns().add(sized(Tables.column(text.get("gradesView.student"), PeriodRow::name), 220));
        table.getColumns().add(sized(Tables.column(text.get("gradesView.periods.average"), PeriodRow::average), 90));
        table.getColumns().add(sized(Tables.column(text.get("gradesView.periods.suggested"), PeriodRow::suggestedText), 90));
        table.getColumns().add(Tables.column(text.get("gradesView.periods.grade"), r -> r.gradeText()
                + (r.overridden() ? " " + text.get("gradesView.periods.overridden") : "")));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PeriodRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("student-left");
                if (!empty && item != null && !item.current()) {
                    getStyleClass().add("student-left");
                }
            }
        });
        TextField value = new TextField();
        value.setId("periodValue");
        value.setPromptText(text.get("gradesView.periods.valuePrompt"));
        value.setPrefWidth(90);
        Button set = new Button(text.get("gradesView.periods.set"));
        set.setId("setPeriodGrade");
        set.setDefaultButton(false);
        Runnable apply = () -> {
            model.set(table.getSelectionModel().getSelectedItem(), value.getText());
            value.clear();
        };
        set.setOnAction(e -> apply.run());
        value.setOnAction(e -> apply.run());
        Label error = new Label();
        error.setId("periodError");
        error.setWrapText(true);
        error.getStyleClass().add("error-text");
        error.textProperty().bind(model.errorProperty());
        HBox bar = new HBox(8, new Label(text.get("gradesView.periods.period")), period, confirm,
                new Label(text.get("gradesView.periods.override")), value, set);
        bar.setAlignment(Pos.CENTER_LEFT);
        BorderPane root = new BorderPane(table);
        root.setTop(new VBox(6, bar, error));
        root.setPadding(new Insets(6, 0, 0, 0));
        return root;
    }

    private static <T> javafx.scene.control.TableColumn<T, String> sized(javafx.scene.control.TableColumn<T, String> c,
                                                                       double width) {
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
