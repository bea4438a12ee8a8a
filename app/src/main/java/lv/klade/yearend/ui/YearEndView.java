package lv.klade.yearend.ui;

import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import java.util.List;
import lv.klade.i18n.Messages;
import lv.klade.ui.Dates;

/** Closing the year: the director's order, what still stops it, and what closing does. */
public final class YearEndView {
    private final YearEndViewModel model;
    private final YearFilesViewModel files;
    private final Messages text;

    public YearEndView(YearEndViewModel model, Messages text) {
        this(model, null, text);
    }

    /** The view with a bar for the year's archive and the final-grade export ({@code files} may be null). */
    public YearEndView(YearEndViewModel model, YearFilesViewModel files, Messages text) {
        this.model = model;
        this.files = files;
        this.text = text;
    }

    public Node root() {
        Label title = new Label();
        title.getStyleClass().add("view-title");
        title.textProperty().bind(model.titleProperty());
        Label rule = new Label(text.get("yearEnd.rule"));
        rule.getStyleClass().add("hint-text");
        rule.setWrapText(true);
        TextField order = new TextField();
        order.setId("yearEndOrder");
        order.setPromptText(text.get("yearEnd.orderNo"));
        order.textProperty().bindBidirectional(model.orderNumberProperty());
        DatePicker date = Dates.picker("yearEndOrderDate", text);
        date.valueProperty().bindBidirectional(model.orderDateProperty());
        Button check = new Button(text.get("yearEnd.check"));
        check.setId("yearEndCheck");
        check.setOnAction(e -> model.check());
        check.disableProperty().bind(model.busyProperty());
        Button close = new Button(text.get("yearEnd.close"));
        close.setId("yearEndClose");
        close.getStyleClass().add("accent");
        close.setOnAction(e -> model.close());
        close.disableProperty().bind(model.closableProperty().not().or(model.busyProperty()));
        HBox bar = new HBox(8, new Label(text.get("yearEnd.orderNo")), order, new Label(text.get("yearEnd.orderDate")),
                date, check, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.setId("yearEndError");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(model.errorProperty());
        HBox lists = new HBox(12, column("yearEndProblems", "yearEnd.problems", model.problems()),
                column("yearEndPlan", "yearEnd.plan", model.plan()));
        BorderPane root = new BorderPane(lists);
        root.setTop(new VBox(6, title, rule, bar, error));
        if (files != null) {
            root.setBottom(filesBar(root));
        }
        model.check();
        return root;
    }

    /** The archive and the final grades of forms 9 and 12, each into a file the system's chooser asks for. */
    private Node filesBar(Node owner) {
        Button archive = new Button(text.get("yearFiles.archive"));
        archive.setId("yearFilesArchive");
        archive.setOnAction(e -> choose(owner, files.archiveName(), "ZIP", "*.zip").ifPresent(files::archive));
        Button form9 = new Button(text.get("yearFiles.finalGrades", 9));
        form9.setId("yearFilesForm9");
        form9.setOnAction(e -> choose(owner, files.finalGradesName(9), "CSV", "*.csv")
                .ifPresent(p -> files.exportFinalGrades(9, p)));
        Button form12 = new Button(text.get("yearFiles.finalGrades", 12));
        form12.setId("yearFilesForm12");
        form12.setOnAction(e -> choose(owner, files.finalGradesName(12), "CSV", "*.csv")
                .ifPresent(p -> files.exportFinalGrades(12, p)));
        for (Button b : List.of(archive, form9, form12)) {
            b.disableProperty().bind(files.busyProperty());
        }
        Label done = new Label();
        done.setId("yearFilesDone");
        done.textProperty().bind(files.doneProperty());
        done.setWrapText(true);
        Label error = new Label();
        error.setId("yearFilesError");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(files.errorProperty());
        error.setWrapText(true);
        HBox buttons = new HBox(8, new Label(text.get("yearFiles.title")), archive, form9, form12);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(4, buttons, done, error);
        bar.setPadding(new javafx.geometry.Insets(8, 0, 0, 0));
        return bar;
    }

    private static java.util.Optional<java.nio.file.Path> choose(Node owner, String name, String kind, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        java.io.File file = chooser.showSaveDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
        return java.util.Optional.ofNullable(file).map(java.io.File::toPath);
    }

    private VBox column(String id, String titleKey, ObservableList<String> lines) {
        ListView<String> list = new ListView<>(lines);
        list.setId(id);
        list.setCellFactory(view -> new ListCell<>() {
            {
                // A cell no wider than the list wraps its line instead of scrolling sideways.
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty ? null : line);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Label heading = new Label(text.get(titleKey));
        heading.getStyleClass().add("text-bold");
        VBox column = new VBox(4, heading, list);
        HBox.setHgrow(column, Priority.ALWAYS);
        column.setPrefWidth(0);
        return column;
    }
}
