package lv.klade.grades.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import lv.klade.grades.Verdict;
import lv.klade.grades.ui.PromotionViewModel.PromotionRow;
import lv.klade.i18n.Messages;
import lv.klade.ui.Tables;

/** Promotion: each student of a class with the outcome of the year's grades and the reason. */
public final class PromotionView {
    private final PromotionViewModel model;
    private final Messages text;

    public PromotionView(PromotionViewModel model, Messages text) {
        this.model = model;
        this.text = text;
    }

    public Node root() {
        Label title = new Label(text.get("gradesView.promotion.title"));
        title.getStyleClass().add("view-title");
        ComboBox<ClassChoice> classes = new ComboBox<>(model.classChoices());
        classes.setId("promotionClass");
        classes.valueProperty().bindBidirectional(model.classProperty());
        Label error = new Label();
        error.setId("promotionError");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(model.errorProperty());
        Label note = new Label(text.get("gradesView.promotion.rule"));
        note.getStyleClass().add("hint-text");
        note.setWrapText(true);
        TableView<PromotionRow> table = Tables.table("promotion", model.rows(), text.get("gradesView.noStudents"));
        TableColumn<PromotionRow, String> number = Tables.column(text.get("gradesView.number"),
                r -> String.valueOf(r.number()));
        number.setPrefWidth(40);
        number.setMaxWidth(50);
        TableColumn<PromotionRow, String> name = Tables.column(text.get("gradesView.student"), PromotionRow::name);
        name.setPrefWidth(220);
        name.setMaxWidth(320);
        table.getColumns().add(number);
        table.getColumns().add(name);
        table.getColumns().add(Tables.wrapping(Tables.column(text.get("gradesView.promotion.outcome"), PromotionRow::reason)));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PromotionRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("promotion-ok", "promotion-short", "promotion-missing");
                if (!empty && item != null) {
                    getStyleClass().add(style(item.verdict()));
                }
            }
        });
        HBox bar = new HBox(12, title, new Label(text.get("gradesView.promotion.class")), classes);
        bar.setAlignment(Pos.CENTER_LEFT);
        BorderPane root = new BorderPane(table);
        root.setTop(new VBox(6, bar, note, error));
        model.load();
        return root;
    }

    private static String style(Verdict verdict) {
        return switch (verdict) {
            case PROMOTED, CERTIFICATE -> "promotion-ok";
            case GRADES_MISSING -> "promotion-missing";
            default -> "promotion-short";
        };
    }
}
