package lv.klade.sync.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import lv.klade.i18n.Messages;
import lv.klade.ui.Tables;
import lv.klade.ui.WrappedLines;

/**
 * The sync section: status and actions on top, then the preview or the report of an import, then the
 * package history and, at the central copy, the school's PCs, each on a tab of the section's whole
 * width so their columns read whole on a 1366×768 screen.
 */
public final class SyncView {
    private final SyncViewModel model;
    private final Messages text;
    private final BorderPane root = new BorderPane();
    private SyncChoices choices = new SystemChoices();

    public SyncView(SyncViewModel model, Messages text) {
        this.model = model;
        this.text = text;
        root.setId("syncView");
        root.setPadding(new Insets(8));
        root.setTop(top());
        root.setCenter(body());
        model.load();
    }

    public Node root() {
        return root;
    }

    /** Replaces the system's choosers and confirmation (which cannot be driven headless) with other answers. */
    public void useChoices(SyncChoices replacement) {
        this.choices = replacement;
    }

    private Node top() {
        Label title = new Label(text.get("sync.view.title"));
        title.getStyleClass().add("view-title");
        Label status = label("syncStatus", "");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        Button export = button("syncExport", "sync.view.export", () -> choices.folder().ifPresent(model::export));
        Button load = button("syncImport", "sync.view.import", () -> model.preview(choices.packages()));
        export.disableProperty().bind(model.busyProperty());
        load.disableProperty().bind(model.busyProperty().or(model.hasPreviewProperty()));
        HBox actions = new HBox(8, export, load);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label notice = label("syncNotice", "");
        notice.textProperty().bind(model.noticeProperty());
        notice.setWrapText(true);
        Label error = label("syncError", "");
        error.textProperty().bind(model.errorProperty());
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        showWhen(notice, notice.textProperty().isNotEmpty());
        showWhen(error, error.textProperty().isNotEmpty());
        VBox top = new VBox(6, title, status, actions, notice, error);
        top.setPadding(new Insets(0, 0, 8, 0));
        return top;
    }

    private Node body() {
        Tab history = new Tab(text.get("sync.view.historyTitle"), history());
        Tab pcs = new Tab(text.get("sync.view.peersTitle"), pcs());
        TabPane tabs = new TabPane(history);
        tabs.setId("syncTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Runnable showPcs = () -> {
            if (model.administersPcsProperty().get() && !tabs.getTabs().contains(pcs)) {
                tabs.getTabs().add(pcs);
            } else if (!model.administersPcsProperty().get()) {
                tabs.getTabs().remove(pcs);
            }
        };
        model.administersPcsProperty().addListener((o, was, now) -> showPcs.run());
        showPcs.run();
        VBox.setVgrow(tabs, Priority.ALWAYS);
        return new VBox(8, previewAndReport(), tabs);
    }

    private Node previewAndReport() {
        ListView<String> preview = lines("syncPreview", model.preview());
        Button apply = button("syncApply", "sync.view.apply", model::apply);
        Button cancel = button("syncCancel", "sync.view.cancel", model::cancel);
        apply.setDefaultButton(true);
        apply.disableProperty().bind(model.busyProperty());
        cancel.disableProperty().bind(model.busyProperty());
        HBox buttons = new HBox(8, apply, cancel);
        VBox previewBox = new VBox(6, heading("sync.view.previewTitle"), preview, buttons);
        showWhen(previewBox, model.hasPreviewProperty());

        ListView<String> report = lines("syncReport", model.report());
        VBox reportBox = new VBox(6, heading("sync.view.reportTitle"), report);
        showWhen(reportBox, Bindings.isNotEmpty(model.report()));
        VBox box = new VBox(8, previewBox, reportBox);
        showWhen(box, model.hasPreviewProperty().or(Bindings.isNotEmpty(model.report())));
        return box;
    }

    private Node history() {
        TableView<HistoryRow> history = Tables.table("syncHistory", model.history(), text.get("sync.view.noHistory"));
        history.getColumns().addAll(List.of(
                column("sync.view.col.when", HistoryRow::when, 150),
                column("sync.view.col.direction", HistoryRow::direction, 110),
                column("sync.view.col.peer", HistoryRow::peer, 180),
                number("sync.view.col.changes", HistoryRow::changes),
                number("sync.view.col.applied", HistoryRow::applied),
                number("sync.view.col.duplicates", HistoryRow::duplicates),
                number("sync.view.col.refused", HistoryRow::refused)));
        history.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        BorderPane.setMargin(history, new Insets(8, 0, 0, 0));
        return new BorderPane(history);
    }

    private Node pcs() {
        TableView<PeerRow> peers = Tables.table("syncPeers", model.peers(), text.get("sync.view.noPeers"));
        peers.getColumns().addAll(List.of(
                column("sync.view.col.name", PeerRow::name, 110),
                column("sync.view.col.serves", PeerRow::serves, 150),
                column("sync.view.col.enrolled", PeerRow::enrolled, 110),
                column("sync.view.col.state", PeerRow::state, 80),
                column("sync.view.col.lastReceived", PeerRow::lastReceived, 150),
                column("sync.view.col.lastSent", PeerRow::lastSent, 150)));
        peers.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        peers.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.selectedPeerProperty().set(now));
        model.selectedPeerProperty().addListener((o, was, now) -> {
            if (now != peers.getSelectionModel().getSelectedItem()) {
                peers.getSelectionModel().select(now);
            }
        });
        Button revoke = button("revokePc", "sync.view.revoke", () -> {
            String question = model.revokeQuestion();
            if (question != null && choices.confirm(question)) {
                model.revoke();
            }
        });
        revoke.disableProperty().bind(model.busyProperty().or(model.selectedPeerProperty().isNull())
                .or(Bindings.createBooleanBinding(() -> model.selectedPeerProperty().get() != null
                        && model.selectedPeerProperty().get().revoked(), model.selectedPeerProperty())));
        VBox.setVgrow(peers, Priority.ALWAYS);
        VBox list = new VBox(8, peers, revoke);
        HBox.setHgrow(list, Priority.ALWAYS);
        Node form = enrolForm();
        ((Region) form).setPrefWidth(380);
        ((Region) form).setMinWidth(300);
        HBox box = new HBox(16, list, form);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    /** A new PC's name, the staff it is for (a tick each; none, the whole school), and the button. */
    private Node enrolForm() {
        TextField name = new TextField();
        name.setId("pcName");
        name.setPromptText(text.get("sync.view.pcName"));
        name.textProperty().bindBidirectional(model.pcNameProperty());
        HBox.setHgrow(name, Priority.ALWAYS);
        Button enrol = button("enrolPc", "sync.view.enrol", () -> choices.saveAs(model.suggestedEnrolmentFile())
                .ifPresent(model::enrol));
        enrol.disableProperty().bind(model.busyProperty().or(model.pcNameProperty().isEmpty()));
        HBox nameBar = new HBox(8, name, enrol);
        nameBar.setAlignment(Pos.CENTER_LEFT);
        ListView<StaffChoice> users = new ListView<>(model.staff());
        users.setId("pcUsers");
        users.setPrefHeight(130);
        VBox.setVgrow(users, Priority.ALWAYS);
        users.setCellFactory(CheckBoxListCell.forListView(StaffChoice::chosen));
        Label hint = label("pcUsersHint", text.get("sync.view.usersHint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add("hint-text");
        VBox form = new VBox(6, heading("sync.view.newPcTitle"), nameBar, new Label(text.get("sync.view.users")), users,
                hint);
        VBox.setVgrow(form, Priority.ALWAYS);
        return form;
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> value, double width) {
        TableColumn<T, String> column = Tables.column(text.get(key), value);
        column.setPrefWidth(width);
        return column;
    }

    private <T> TableColumn<T, String> number(String key, Function<T, Integer> value) {
        TableColumn<T, String> column = column(key, row -> String.valueOf(value.apply(row)), 88);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    /** Lines of a preview or report, wrapped to the list's width so a long reason reads whole. */
    private static ListView<String> lines(String id, ObservableList<String> items) {
        ListView<String> list = WrappedLines.list(id, items);
        list.setPrefHeight(160);
        return list;
    }

    private static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    private Label heading(String key) {
        Label label = new Label(text.get(key));
        label.setStyle("-fx-font-weight: bold;");
        return label;
    }

    private static Label label(String id, String value) {
        Label label = new Label(value);
        label.setId(id);
        return label;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(text.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** The system's choosers and a confirmation alert, owned by the section's window. */
    private final class SystemChoices implements SyncChoices {
        @Override
        public Optional<Path> folder() {
            return Optional.ofNullable(new DirectoryChooser().showDialog(window())).map(File::toPath);
        }

        @Override
        public List<Path> packages() {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("sync.view.packageFiles"),
                    "*.zip", "*.klade"));
            List<File> files = chooser.showOpenMultipleDialog(window());
            return files == null ? List.of() : files.stream().map(File::toPath).toList();
        }

        @Override
        public Optional<Path> saveAs(String suggestedName) {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(suggestedName);
            return Optional.ofNullable(chooser.showSaveDialog(window())).map(File::toPath);
        }

        @Override
        public boolean confirm(String question) {
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question);
            alert.initOwner(window());
            alert.setHeaderText(null);
            alert.setTitle("Klade");
            return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
        }
    }
}
