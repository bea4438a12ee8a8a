package lv.klade.printing.ui;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import lv.klade.i18n.Messages;
import lv.klade.printing.PrintKind;

/** The print section: choices on top, the preview's pages below, batch controls at the bottom. */
public final class PrintView {
    private final PrintViewModel model;
    private final Messages text;
    private final BorderPane root = new BorderPane();
    private FileChoices choices;

    public PrintView(PrintViewModel model, Messages text) {
        this.model = model;
        this.text = text;
        this.choices = new SystemChoices();
        root.setTop(choicesBar());
        root.setCenter(preview());
        root.setBottom(batchBar());
        root.setPadding(new Insets(8));
        model.load();
    }

    public Node root() {
        return root;
    }

    /** Replaces the system's file choosers (which cannot be driven headless) with other answers. */
    public void useChoices(FileChoices replacement) {
        this.choices = replacement;
    }

    private Node choicesBar() {
        ComboBox<PrintKind> kind = new ComboBox<>(model.kinds());
        kind.setId("printKind");
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(PrintKind k) {
                return k == null ? "" : text.get(k.messageKey());
            }

            @Override
            public PrintKind fromString(String s) {
                return null;
            }
        });
        ComboBox<TargetChoice> target = new ComboBox<>(model.targets());
        target.setId("printClass");
        target.valueProperty().bindBidirectional(model.targetProperty());
        ComboBox<PeriodChoice> period = new ComboBox<>(model.periods());
        period.setId("printPeriod");
        period.valueProperty().bindBidirectional(model.periodProperty());
        // Usable while a preview is being made: another choice and Preview again start over.
        Button show = button("printPreview", "printing.preview", model::preview);
        Button save = button("saveAs", "printing.saveAs", () -> choices.saveAs(model.suggestedFileName())
                .ifPresent(model::saveAs));
        Button open = button("openViewer", "printing.openViewer", model::openInViewer);
        Button print = button("printButton", "printing.print", () -> model.pagesForPrinter(this::print));
        for (Button b : List.of(save, open, print)) {
            b.disableProperty().bind(model.hasPreviewProperty().not().or(model.busyProperty()));
        }
        // Two rows, so at 1366×768 every label, choice and button reads whole.
        kind.setPrefWidth(220);
        target.setPrefWidth(200);
        period.setPrefWidth(200);
        HBox choicesRow = new HBox(8, label("printing.kindLabel"), kind, label("printing.targetLabel"), target,
                label("printing.periodLabel"), period);
        choicesRow.setAlignment(Pos.CENTER_LEFT);
        ComboBox<TargetChoice> year = new ComboBox<>(model.years());
        year.setId("printYear");
        year.valueProperty().bindBidirectional(model.yearProperty());
        year.setMinWidth(Region.USE_PREF_SIZE);
        HBox actions = new HBox(8, label("printing.yearLabel"), year, show, save, open, print, preparing());
        actions.setAlignment(Pos.CENTER_LEFT);
        for (Region r : List.of(kind, target, period, show, save, open, print)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        VBox bar = new VBox(8, choicesRow, actions);
        Label error = new Label();
        error.setId("printError");
        error.textProperty().bind(model.errorProperty());
        error.getStyleClass().add("error");
        Label status = new Label();
        status.setId("printStatus");
        status.textProperty().bind(model.statusProperty());
        VBox top = new VBox(6, bar, error, status);
        top.setPadding(new Insets(0, 0, 8, 0));
        return top;
    }

    /** The busy sign while the preview's pages are being made. */
    private Node preparing() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(20, 20);
        Label label = new Label(text.get("printing.preparing"));
        HBox sign = new HBox(6, spinner, label);
        sign.setId("previewPreparing");
        sign.setAlignment(Pos.CENTER_LEFT);
        sign.visibleProperty().bind(model.preparingProperty());
        sign.managedProperty().bind(sign.visibleProperty());
        return sign;
    }

    private Node preview() {
        VBox pages = new VBox(12);
        pages.setId("previewPages");
        pages.setAlignment(Pos.TOP_CENTER);
        model.pages().addListener((ListChangeListener<BufferedImage>) change ->
                pages.getChildren().setAll(model.pages().stream()
                        .map(p -> (Node) new ImageView(SwingFXUtils.toFXImage(p, null))).toList()));
        ScrollPane scroll = new ScrollPane(pages);
        scroll.setFitToWidth(true);
        Label hint = new Label(text.get("printing.previewHint"));
        hint.getStyleClass().add("hint-text");
        hint.visibleProperty().bind(Bindings.isEmpty(model.pages()).and(model.preparingProperty().not()));
        return new StackPane(scroll, hint);
    }

    private Node batchBar() {
        CheckBox wholeSchool = new CheckBox(text.get("printing.wholeSchool.check"));
        wholeSchool.setId("printWholeSchool");
        CheckBox combined = new CheckBox(text.get("printing.combined"));
        combined.setId("printCombined");
        Button batch = button("printBatch", "printing.batch", () -> choices.folder()
                .ifPresent(folder -> model.batch(folder, wholeSchool.isSelected(), combined.isSelected())));
        batch.disableProperty().bind(model.batchRunningProperty()
                .or(model.kindProperty().isEqualTo(PrintKind.TEACHER_MONTH)));
        ProgressBar progress = new ProgressBar();
        progress.setId("batchProgress");
        progress.progressProperty().bind(model.progressProperty());
        progress.setPrefWidth(240);
        Button cancel = button("cancelBatch", "printing.cancel", model::cancelBatch);
        cancel.disableProperty().bind(model.batchRunningProperty().not());
        HBox bar = new HBox(8, wholeSchool, combined, batch, progress, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 0, 0, 0));
        return bar;
    }

    private Label label(String key) {
        Label label = new Label(text.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(text.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** Prints the pages' pictures through JavaFX's printer dialog, each scaled to the printable area. */
    private void print(List<BufferedImage> pictures) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            model.showProblem("printing.noPrinter");
            return;
        }
        if (!job.showPrintDialog(window())) {
            job.cancelJob();
            return;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        for (BufferedImage picture : pictures) {
            ImageView page = new ImageView(SwingFXUtils.toFXImage(picture, null));
            page.setPreserveRatio(true);
            page.setFitWidth(layout.getPrintableWidth());
            page.setFitHeight(layout.getPrintableHeight());
            if (!job.printPage(layout, page)) {
                model.showProblem("printing.printFailed");
                job.cancelJob();
                return;
            }
        }
        job.endJob();
        model.showStatus("printing.printed");
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** The system's choosers, owned by the section's window. */
    private final class SystemChoices implements FileChoices {
        @Override
        public Optional<Path> saveAs(String suggestedName) {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(suggestedName);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
            return Optional.ofNullable(chooser.showSaveDialog(window())).map(File::toPath);
        }

        @Override
        public Optional<Path> folder() {
            return Optional.ofNullable(new DirectoryChooser().showDialog(window())).map(File::toPath);
        }
    }
}
