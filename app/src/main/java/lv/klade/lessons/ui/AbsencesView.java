package lv.klade.lessons.ui;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import lv.klade.i18n.Messages;
import lv.klade.lessons.AbsenceSummary;
import lv.klade.lessons.AbsenceToJustify;
import lv.klade.lessons.JustificationReason;
import lv.klade.ui.Dates;
import lv.klade.ui.Tables;

/** The class tutor's absences: the list to justify with the justification fields, and the month's summary. */
public final class AbsencesView {
    private final AbsencesViewModel model;
    private final Messages text;

    public AbsencesView(AbsencesViewModel model, Messages text) {
        this.model = model;
        this.text = text;
    }

    public Node root() {
        Label title = new Label();
        title.getStyleClass().add("view-title");
        title.textProperty().bind(model.titleProperty());
        ComboBox<ClassOption> schoolClass = new ComboBox<>(model.classes());
        schoolClass.setId("absencesClass");
        schoolClass.valueProperty().bindBidirectional(model.schoolClassProperty());
        // One class is the usual case; the chooser shows only for a tutor of several.
        schoolClass.visibleProperty().bind(javafx.beans.binding.Bindings.size(model.classes()).greaterThan(1));
        schoolClass.managedProperty().bind(schoolClass.visibleProperty());
        HBox top = new HBox(12, title, schoolClass);
        top.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.setId("absencesError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        Label status = new Label();
        status.setId("absencesStatus");
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(model.statusProperty());
        Node left = toJustifyPane();
        Node right = summaryPane();
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox body = new HBox(16, left, right);
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox root = new VBox(10, top, new HBox(12, error, status), body);
        root.setId("absences");
        model.load();
        return root;
    }

    private Node toJustifyPane() {
        TableView<AbsenceToJustify> table = Tables.table("toJustify", model.toJustify(), text.get("absences.none"));
        // Widths that fit the half of a 1366×768 screen with every header whole.
        table.getColumns().add(Shown.width(Tables.column(text.get("absences.student"), AbsenceToJustify::studentName), 140));
        table.getColumns().add(Shown.width(Tables.column(text.get("absences.date"), a -> Messages.date(a.date())), 92));
        table.getColumns().add(Shown.width(Tables.column(text.get("absences.period"),
                a -> a.period() == null ? "" : a.period().toString()), 74));
        // A subject's name can be long ("Latvijas un pasaules vēsture"): it wraps instead of ending in "…".
        table.getColumns().add(Shown.width(Tables.wrapping(Tables.column(text.get("absences.lesson"),
                AbsenceToJustify::journalName)), 120));
        table.getColumns().add(Shown.width(Tables.column(text.get("absences.code"), AbsenceToJustify::code), 50));
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> model.choose(now));

        ComboBox<JustificationReason> reason = new ComboBox<>();
        reason.setId("justifyReason");
        reason.getItems().setAll(JustificationReason.values());
        reason.setConverter(Shown.converter(r -> text.get("justification." + r.name())));
        reason.valueProperty().bindBidirectional(model.reasonProperty());
        DatePicker noteDate = Dates.picker("noteDate", text);
        noteDate.valueProperty().bindBidirectional(model.noteDateProperty());
        Button justify = new Button(text.get("absences.justifySelected"));
        justify.setId("justifySelected");
        justify.getStyleClass().add("accent");
        justify.setOnAction(e -> model.justify(table.getSelectionModel().getSelectedItem()));
        FlowPane how = new FlowPane(8, 8, labelled("absences.reason", reason), labelled("absences.noteDate", noteDate),
                justify);
        how.setAlignment(Pos.BOTTOM_LEFT);

        ComboBox<PersonOption> student = new ComboBox<>(model.students());
        student.setId("justifyStudent");
        student.valueProperty().bindBidirectional(model.studentProperty());
        DatePicker from = Dates.picker("justifyFrom", text);
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = Dates.picker("justifyTo", text);
        to.valueProperty().bindBidirectional(model.toProperty());
        from.setPrefWidth(145);
        to.setPrefWidth(145);
        Button range = new Button(text.get("absences.justifyRange"));
        range.setId("justifyRange");
        range.setOnAction(e -> model.justifyRange());
        FlowPane days = new FlowPane(8, 8, labelled("absences.rangeStudent", student),
                labelled("absences.from", from), labelled("absences.to", to), range);
        days.setAlignment(Pos.BOTTOM_LEFT);
        Label rangeTitle = new Label(text.get("absences.range"));
        rangeTitle.getStyleClass().add("text-bold");

        VBox box = new VBox(8, table, how, rangeTitle, days);
        VBox.setVgrow(table, Priority.ALWAYS);
        return pane("absences.toJustify", box);
    }

    private Node summaryPane() {
        ComboBox<YearMonth> month = new ComboBox<>(model.months());
        month.setId("summaryMonth");
        month.setConverter(Shown.converter(m -> m.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, text.locale())
                + " " + m.getYear()));
        month.valueProperty().bindBidirectional(model.monthProperty());
        TableView<AbsenceSummary> table = Tables.table("absenceSummary", model.summary(),
                text.get("absences.summaryNone"));
        // Half the window is narrow for a long name beside four counts: it wraps rather than ending in "…".
        table.getColumns().add(Shown.width(Tables.wrapping(Tables.column(text.get("absences.student"),
                AbsenceSummary::studentName)), 140));
        table.getColumns().add(number("absences.summaryJustified", AbsenceSummary::justified, 76));
        table.getColumns().add(number("absences.summaryUnjustified", AbsenceSummary::unjustified, 92));
        table.getColumns().add(number("absences.summarySemester", AbsenceSummary::unjustifiedInSemester, 136));
        TableColumn<AbsenceSummary, String> flag = Tables.column(text.get("absences.summaryFlag"),
                s -> s.flagged() ? "⚑" : "");
        flag.setPrefWidth(40);
        flag.setMaxWidth(60);
        table.getColumns().add(flag);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(AbsenceSummary row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("absence-flagged");
                setTooltip(null);
                if (!empty && row != null && row.flagged()) {
                    getStyleClass().add("absence-flagged");
                    setTooltip(new javafx.scene.control.Tooltip(text.get("absences.flag")));
                }
            }
        });
        Label flagNote = new Label("⚑ " + text.get("absences.flag"));
        flagNote.getStyleClass().add("flag");
        flagNote.setWrapText(true);
        // The legend shows only when some student is flagged.
        flagNote.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.summary().stream().anyMatch(AbsenceSummary::flagged), model.summary()));
        flagNote.managedProperty().bind(flagNote.visibleProperty());
        VBox box = new VBox(8, labelled("absences.month", month), table, flagNote);
        VBox.setVgrow(table, Priority.ALWAYS);
        return pane("absences.summary", box);
    }

    private TableColumn<AbsenceSummary, String> number(String key, Function<AbsenceSummary, Integer> value,
                                                        double width) {
        TableColumn<AbsenceSummary, String> column = Tables.column(text.get(key), s -> value.apply(s).toString());
        column.setPrefWidth(width);
        column.getStyleClass().add("number-column");
        return column;
    }

    private Node labelled(String key, Node field) {
        Label label = new Label(text.get(key));
        label.getStyleClass().add("text-muted");
        return new VBox(2, label, field);
    }

    private TitledPane pane(String key, Node content) {
        TitledPane pane = new TitledPane(text.get(key), content);
        pane.setPrefWidth(500);
        pane.setCollapsible(false);
        pane.setMaxHeight(Double.MAX_VALUE);
        return pane;
    }
}
