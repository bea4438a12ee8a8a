package lv.klade.checks.ui;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import lv.klade.checks.CheckLine;
import lv.klade.i18n.Messages;
import lv.klade.ui.Tables;

/**
 * The "Pārbaudes" section: the month and teacher at the top, the lines below. A line of a journal
 * opens that journal's grade book in place (double-click or Enter); "Atpakaļ" comes back to the lines.
 */
public final class ChecksView {
    private final ChecksViewModel model;
    private final Messages text;
    private final Function<UUID, Node> journalView;
    private final BorderPane root = new BorderPane();
    private final VBox checks;

    /** {@code journalView} makes the grade book of a journal, opened at it. */
    public ChecksView(ChecksViewModel model, Messages text, Function<UUID, Node> journalView) {
        this.model = model;
        this.text = text;
        this.journalView = journalView;
        ComboBox<YearMonth> month = new ComboBox<>(model.months());
        month.setId("checksMonth");
        DateTimeFormatter monthName = DateTimeFormatter.ofPattern("LLLL yyyy", text.locale());
        month.setConverter(new StringConverter<>() {
            @Override
            public String toString(YearMonth m) {
                return m == null ? "" : monthName.format(m);
            }

            @Override
            public YearMonth fromString(String s) {
                return null;
            }
        });
        month.valueProperty().bindBidirectional(model.monthProperty());
        ComboBox<ChecksViewModel.TeacherChoice> teacher = new ComboBox<>(model.teachers());
        teacher.setId("checksTeacher");
        teacher.valueProperty().bindBidirectional(model.teacherProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(18, 18);
        busy.visibleProperty().bind(model.loadingProperty());
        Label status = new Label();
        status.setId("checksStatus");
        status.textProperty().bind(model.statusProperty());
        HBox bar = new HBox(8, new Label(text.get("checks.view.month")), month, new Label(text.get("checks.view.teacher")),
                teacher, busy, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        TableView<CheckLine> table = Tables.table("checksTable", model.lines(), text.get("checks.view.empty"));
        var date = Tables.column(text.get("checks.view.date"), (CheckLine l) -> Messages.date(l.date()));
        date.setPrefWidth(100);
        date.setMinWidth(100);
        var kind = Tables.wrapping(Tables.column(text.get("checks.view.kind"),
                (CheckLine l) -> text.get(l.kind().messageKey())));
        kind.setPrefWidth(210);
        var journal = Tables.wrapping(Tables.column(text.get("checks.view.journal"), CheckLine::journal));
        journal.setPrefWidth(260);
        var teacherColumn = Tables.column(text.get("checks.view.teacherColumn"), CheckLine::teacher);
        teacherColumn.setPrefWidth(180);
        table.getColumns().add(date);
        table.getColumns().add(kind);
        table.getColumns().add(journal);
        table.getColumns().add(teacherColumn);
        table.getColumns().add(Tables.wrapping(Tables.column(text.get("checks.view.detail"), CheckLine::detail)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> {
            TableRow<CheckLine> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open(table.getSelectionModel().getSelectedItem());
            }
        });
        Label hint = new Label(text.get("checks.view.hint"));
        hint.getStyleClass().add("text-muted");
        VBox.setVgrow(table, Priority.ALWAYS);
        checks = new VBox(10, bar, hint, table);
        checks.setPadding(new Insets(12));
        root.setCenter(checks);
        model.load();
    }

    /** Opens the line's journal in place of the lines; a class's line has none to open. */
    void open(CheckLine line) {
        if (line.journalId() == null) {
            return;
        }
        Button back = new Button(text.get("checks.view.back"));
        back.setId("checksBack");
        back.setOnAction(e -> root.setCenter(checks));
        Label title = new Label(line.journal() + " — " + text.get(line.kind().messageKey()) + ", "
                + Messages.date(line.date()));
        title.getStyleClass().add("h2");
        HBox top = new HBox(10, back, title);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(8, 12, 0, 12));
        Node journal = journalView.apply(line.journalId());
        VBox.setVgrow(journal, Priority.ALWAYS);
        VBox opened = new VBox(6, top, journal);
        opened.setId("checksJournal");
        root.setCenter(opened);
    }

    public Node root() {
        return root;
    }
}
