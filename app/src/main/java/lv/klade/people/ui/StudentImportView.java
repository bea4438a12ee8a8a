package lv.klade.people.ui;

import java.io.File;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.NumberBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import lv.klade.i18n.Messages;
import lv.klade.people.StudentImportField;
import lv.klade.people.StudentImportReport;
import lv.klade.people.ui.StudentImportViewModel.ColumnRow;
import lv.klade.ui.Dates;
import lv.klade.ui.WrappedLines;

import static lv.klade.people.ui.FormGrid.choice;
import static lv.klade.people.ui.FormGrid.field;

/**
 * The student list import: the file and the order for all on top; the columns with their fields on
 * the left; the first rows and the check's report on the right; the import below.
 */
public final class StudentImportView {
    /** A preview row where the stylesheet does not fix their height. */
    private static final double ROW_HEIGHT = 30;
    /** The preview's header and horizontal scroll bar, above and below its rows. */
    private static final double TABLE_FRAME = 56;
    /** A report line, wrapped to two lines at most at this width. */
    private static final double LINE_HEIGHT = 40;
    /** How many report lines the list is sized for before it scrolls. */
    private static final int MOST_LINES = 8;
    private final StudentImportViewModel model;
    private final Messages text;
    private final GridPane columnGrid = new GridPane();
    private final TableView<List<String>> preview = new TableView<>();
    private Supplier<Optional<File>> chooser;

    public StudentImportView(StudentImportViewModel model, Messages text) {
        this.model = model;
        this.text = text;
    }

    public Node root() {
        BorderPane root = new BorderPane();
        root.setId("studentImportView");
        chooser = () -> Optional.ofNullable(fileChooser().showOpenDialog(root.getScene().getWindow()));
        root.setTop(top());
        root.setCenter(body());
        root.setBottom(bottom());
        model.columns().addListener((javafx.collections.ListChangeListener<ColumnRow>) change -> showColumns());
        model.headersProperty().addListener((o, was, now) -> showPreviewColumns(now));
        return root;
    }

    private FileChooser fileChooser() {
        FileChooser files = new FileChooser();
        files.setTitle(text.get("people.import.fileChooser"));
        files.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("people.import.fileTypes"),
                "*.xlsx", "*.XLSX", "*.csv", "*.CSV"));
        return files;
    }

    private Node top() {
        Label title = new Label(text.get("people.import.title"));
        title.getStyleClass().add("view-title");
        Label intro = new Label(text.get("people.import.intro"));
        intro.setWrapText(true);
        Button choose = new Button(text.get("people.import.choose"));
        choose.setId("importChoose");
        choose.disableProperty().bind(model.busyProperty());
        choose.setOnAction(e -> chooser.get().map(File::toPath).ifPresent(model::open));
        Label file = bound("importFile", model.fileProperty());
        file.getStyleClass().add("text-bold");
        HBox fileRow = new HBox(10, choose, file);
        fileRow.setAlignment(Pos.CENTER_LEFT);

        TextField orderNumber = field("importOrderNumber");
        orderNumber.setPrefColumnCount(8);
        orderNumber.textProperty().bindBidirectional(model.orderNumberProperty());
        DatePicker orderDate = Dates.picker("importOrderDate", text);
        orderDate.valueProperty().bindBidirectional(model.orderDateProperty());
        DatePicker from = Dates.picker("importFrom", text);
        from.valueProperty().bindBidirectional(model.fromProperty());
        from.setPromptText(text.get("people.import.defaults.fromPrompt"));
        for (DatePicker picker : new DatePicker[] {orderDate, from}) {
            picker.setPrefWidth(150);
        }
        HBox defaults = new HBox(8, new Label(text.get("people.import.defaults")),
                new Label(text.get("people.import.defaults.orderNumber")), orderNumber,
                new Label(text.get("people.import.defaults.orderDate")), orderDate,
                new Label(text.get("people.import.defaults.from")), from);
        defaults.setAlignment(Pos.CENTER_LEFT);

        Label error = bound("importError", model.errorProperty());
        error.getStyleClass().add("error-text");
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        VBox top = new VBox(8, title, intro, fileRow, defaults, error);
        top.setPadding(new Insets(0, 0, 10, 0));
        return top;
    }

    private Node body() {
        columnGrid.setId("importColumns");
        columnGrid.setHgap(8);
        columnGrid.setVgap(4);
        ColumnConstraints header = new ColumnConstraints(120, 150, 190);
        ColumnConstraints sample = new ColumnConstraints(70, 100, 130);
        ColumnConstraints choice = new ColumnConstraints(200, 210, Double.MAX_VALUE, Priority.ALWAYS, null, true);
        columnGrid.getColumnConstraints().addAll(header, sample, choice);
        ScrollPane scroll = new ScrollPane(columnGrid);
        scroll.setFitToWidth(true);
        scroll.setPadding(new Insets(4));
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox columns = new VBox(6, heading("people.import.columns"), scroll);
        columns.setPrefWidth(500);
        columns.setMinWidth(460);

        preview.setId("importPreview");
        preview.setItems(model.preview());
        preview.setPlaceholder(new Label(text.get("people.import.noFile")));
        // Tall enough for its rows (the stylesheet fixes their height), its header and scroll bar; when the
        // report needs the room, the two share it, the preview keeping four rows.
        NumberBinding row = Bindings.max(ROW_HEIGHT, preview.fixedCellSizeProperty());
        NumberBinding rows = Bindings.max(1, Bindings.size(model.preview()));
        preview.prefHeightProperty().bind(Bindings.min(StudentImportViewModel.PREVIEW_ROWS, rows).multiply(row)
                .add(TABLE_FRAME));
        preview.minHeightProperty().bind(Bindings.min(4, rows).multiply(row).add(TABLE_FRAME));
        ListView<String> problems = WrappedLines.list("importProblems", model.problems());
        // As tall as its lines, so that "Problēmu nav." leaves the height to the preview; the space left over is its.
        problems.prefHeightProperty().bind(Bindings.min(MOST_LINES, Bindings.size(model.problems()))
                .multiply(LINE_HEIGHT).add(8));
        problems.setMinHeight(LINE_HEIGHT + 8);
        VBox.setVgrow(problems, Priority.ALWAYS);
        Label counts = bound("importCounts", model.countsProperty());
        counts.getStyleClass().add("text-bold");
        Label policy = bound("importPolicy", model.policyProperty());
        policy.setMinHeight(Region.USE_PREF_SIZE);
        VBox right = new VBox(6, heading("people.import.preview"), preview, heading("people.import.report"), counts,
                problems, policy);
        HBox.setHgrow(right, Priority.ALWAYS);
        right.setMinWidth(300);
        HBox body = new HBox(16, columns, right);
        return body;
    }

    private Node bottom() {
        CheckBox validOnly = new CheckBox(text.get("people.import.validOnly"));
        validOnly.setId("importValidOnly");
        validOnly.selectedProperty().bindBidirectional(model.validOnlyProperty());
        Button run = new Button(text.get("people.import.run"));
        run.setId("importRun");
        run.setDefaultButton(true);
        run.disableProperty().bind(model.canImportProperty().not());
        run.setOnAction(e -> model.importStudents());
        Label status = bound("importStatus", model.statusProperty());
        Label result = bound("importResult", model.resultProperty());
        result.getStyleClass().add("text-bold");
        HBox bottom = new HBox(12, validOnly, run, status, result);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(10, 0, 0, 0));
        return bottom;
    }

    /** One line per column: its header, a value from it, and the field to import it as. */
    private void showColumns() {
        columnGrid.getChildren().clear();
        if (!model.columns().isEmpty()) {
            columnGrid.addRow(0, heading("people.import.column.header"), heading("people.import.column.sample"),
                    heading("people.import.column.field"));
        }
        for (ColumnRow row : model.columns()) {
            Label header = new Label(row.header());
            header.getStyleClass().add("text-bold");
            Label sample = new Label(row.sample());
            sample.getStyleClass().add("text-muted");
            ComboBox<StudentImportField> field = choice("importField-" + row.index(),
                    f -> StudentImportReport.name(f, text));
            field.getItems().setAll(model.fields());
            field.setValue(row.field());
            field.valueProperty().addListener((o, was, now) -> {
                if (now != null) {
                    model.setField(row.index(), now);
                }
            });
            columnGrid.addRow(row.index() + 1, header, sample, field);
        }
    }

    private void showPreviewColumns(List<String> headers) {
        preview.getColumns().clear();
        preview.getColumns().add(cell(text.get("people.import.previewRow"), 0));
        for (int i = 0; i < headers.size(); i++) {
            preview.getColumns().add(cell(headers.get(i), i + 1));
        }
    }

    /** A preview column; left at the default width, the table sizes it to its header and first rows, so both read whole. */
    private static TableColumn<List<String>, String> cell(String title, int index) {
        TableColumn<List<String>, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(index < c.getValue().size() ? c.getValue().get(index) : ""));
        column.setSortable(false);
        return column;
    }

    private Label heading(String key) {
        Label label = new Label(text.get(key));
        label.getStyleClass().add("text-bold");
        return label;
    }

    private static Label bound(String id, javafx.beans.value.ObservableValue<String> value) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(value);
        return label;
    }
}
