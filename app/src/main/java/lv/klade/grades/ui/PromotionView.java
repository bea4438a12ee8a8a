package lv.klade.grades.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import lv.klade.grades.Decision;
import lv.klade.grades.Verdict;
import lv.klade.grades.ui.PromotionViewModel.PromotionRow;
import lv.klade.i18n.Messages;
import lv.klade.ui.Dates;
import lv.klade.ui.Tables;

/**
 * Promotion: each student of a class with the outcome of the year's grades and the reason, the
 * council's decision as recorded, and a bar to record the selected student's decision by an order.
 */
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
        table.getColumns().add(Tables.wrapping(Tables.column(text.get("gradesView.promotion.decided"),
                PromotionRow::decided)));
        model.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
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
        root.setBottom(decisionBar());
        model.load();
        return root;
    }

    /** The council's decision for the selected student: the decision, the order's number and date. */
    private Node decisionBar() {
        ComboBox<Decision> decision = new ComboBox<>(model.decisionChoices());
        decision.setId("promotionDecision");
        decision.setConverter(new StringConverter<>() {
            @Override
            public String toString(Decision d) {
                return d == null ? "" : text.get(d.messageKey());
            }

            @Override
            public Decision fromString(String s) {
                return null;
            }
        });
        decision.valueProperty().bindBidirectional(model.decisionProperty());
        TextField order = new TextField();
        order.setId("promotionOrder");
        order.setPrefColumnCount(8);
        order.textProperty().bindBidirectional(model.orderNumberProperty());
        DatePicker date = Dates.picker("promotionOrderDate", text);
        date.valueProperty().bindBidirectional(model.orderDateProperty());
        Button record = new Button(text.get("gradesView.promotion.record"));
        record.setId("promotionRecord");
        record.setOnAction(e -> model.record());
        Label notice = new Label();
        notice.setId("promotionNotice");
        notice.textProperty().bind(model.noticeProperty());
        decision.setPrefWidth(300);
        HBox bar = new HBox(8, whole(new Label(text.get("gradesView.promotion.decision"))), decision,
                whole(new Label(text.get("gradesView.promotion.orderNo"))), order,
                whole(new Label(text.get("gradesView.promotion.orderDate"))), date, whole(record), notice);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new javafx.geometry.Insets(8, 0, 0, 0));
        return bar;
    }

    /** A label or button that keeps its whole text; the notice at the end gives way instead. */
    private static <T extends javafx.scene.control.Control> T whole(T control) {
        control.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return control;
    }

    private static String style(Verdict verdict) {
        return switch (verdict) {
            case PROMOTED, CERTIFICATE -> "promotion-ok";
            case GRADES_MISSING -> "promotion-missing";
            default -> "promotion-short";
        };
    }
}
