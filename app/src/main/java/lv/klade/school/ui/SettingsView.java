package lv.klade.school.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import lv.klade.i18n.Messages;
import lv.klade.school.CodeList;
import lv.klade.school.SchoolSetting;
import lv.klade.school.SettingForm;
import lv.klade.school.SettingOption;
import lv.klade.ui.Notices;

/**
 * The school's settings, by group in two columns: each with its editor, the message of a bad value
 * under it, and a button that puts its default back; one Save for all.
 */
public final class SettingsView {
    private static final double LABEL_WIDTH = 150;
    private final SettingsViewModel model;
    private final Messages text;
    private final HBox columns = new HBox(24);

    public SettingsView(SettingsViewModel model, Messages text) {
        this.model = model;
        this.text = text;
    }

    public Node root() {
        Label title = new Label(text.get("settings.title"));
        title.getStyleClass().add("view-title");
        Label hint = new Label(text.get("settings.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        Label error = Notices.line("settingsError");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(model.errorProperty());
        Label status = Notices.line("settingsStatus");
        status.textProperty().bind(model.statusProperty());
        Button save = new Button(text.get("settings.save"));
        save.setId("saveSettings");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.busyProperty().or(model.changedProperty().not()));
        save.setOnAction(e -> model.save());
        Button reload = new Button(text.get("settings.undo"));
        reload.setId("undoSettings");
        reload.disableProperty().bind(save.disableProperty());
        reload.setOnAction(e -> model.load());
        HBox bar = new HBox(10, save, reload, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setFitToWidth(true);
        VBox root = new VBox(8, title, hint, error, scroll, bar);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        model.rows().addListener((ListChangeListener<SettingRow>) c -> draw());
        model.load();
        return root;
    }

    /** Groups in the order they first appear, each to the column with fewer settings so far. */
    private void draw() {
        Map<String, List<SettingRow>> groups = model.rows().stream().collect(Collectors.groupingBy(
                r -> r.setting().groupKey(), LinkedHashMap::new, Collectors.toList()));
        List<VBox> boxes = List.of(new VBox(18), new VBox(18));
        int[] sizes = new int[2];
        groups.forEach((key, rows) -> {
            int column = sizes[0] <= sizes[1] ? 0 : 1;
            boxes.get(column).getChildren().add(group(key, rows));
            sizes[column] += rows.stream().mapToInt(r -> r.setting().form() == SettingForm.CODES ? 4 : 1).sum();
        });
        boxes.forEach(b -> HBox.setHgrow(b, Priority.ALWAYS));
        columns.getChildren().setAll(boxes);
    }

    private Node group(String key, List<SettingRow> rows) {
        Label heading = new Label(text.get(key));
        heading.getStyleClass().add("title-4");
        GridPane grid = new GridPane(10, 4);
        ColumnConstraints label = new ColumnConstraints(LABEL_WIDTH);
        ColumnConstraints editor = new ColumnConstraints();
        editor.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(label, editor, new ColumnConstraints());
        int line = 0;
        for (SettingRow row : rows) {
            Label name = new Label(text.get(row.setting().labelKey()));
            name.setWrapText(true);
            grid.add(name, 0, line);
            grid.add(editor(row), 1, line);
            if (row.setting().form() != SettingForm.CODES) {
                grid.add(restore(row), 2, line);
            }
            GridPane.setValignment(name, javafx.geometry.VPos.TOP);
            Label error = Notices.line("error-" + id(row));
            error.getStyleClass().add("error-text");
            error.textProperty().bind(row.errorProperty());
            grid.add(error, 1, line + 1, 2, 1);
            line += 2;
        }
        return new VBox(8, heading, grid);
    }

    private Node editor(SettingRow row) {
        SchoolSetting setting = row.setting();
        if (setting.form() == SettingForm.CODES) {
            return codes(row);
        }
        TextField field = new TextField();
        field.setId("setting-" + id(row));
        field.setPrefColumnCount(setting.form() == SettingForm.TIME ? 4 : 3);
        field.textProperty().bindBidirectional(row.typedProperty());
        HBox line = new HBox(6, field);
        line.setAlignment(Pos.CENTER_LEFT);
        if (!setting.unitKey().isEmpty()) {
            line.getChildren().add(whole(new Label(text.get(setting.unitKey()))));
        }
        if (row.option().isEmpty()) {
            return line;
        }
        CheckBox option = whole(new CheckBox(text.get(row.option().get().labelKey())));
        option.setId("option-" + id(row));
        option.selectedProperty().bindBidirectional(row.optionChosenProperty());
        field.disableProperty().bind(option.selectedProperty());
        return new VBox(4, line, option);
    }

    private Node codes(SettingRow row) {
        GridPane grid = new GridPane(8, 4);
        Runnable redraw = () -> {
            grid.getChildren().clear();
            grid.add(whole(new Label(text.get("settings.code"))), 0, 0);
            List<SettingOption> flags = row.setting().options();
            for (int f = 0; f < flags.size(); f++) {
                grid.add(whole(new Label(text.get(flags.get(f).labelKey()))), f + 1, 0);
            }
            for (int i = 0; i < row.codes().size(); i++) {
                CodeLine line = row.codes().get(i);
                TextField code = new TextField();
                code.setId("code-" + i);
                code.setPrefColumnCount(3);
                code.textProperty().bindBidirectional(line.codeProperty());
                grid.add(code, 0, i + 1);
                for (int f = 0; f < flags.size(); f++) {
                    CheckBox flag = new CheckBox();
                    flag.setId("flag-" + i + "-" + flags.get(f).value());
                    flag.selectedProperty().bindBidirectional(line.flagProperty(f));
                    grid.add(flag, f + 1, i + 1);
                    GridPane.setHalignment(flag, javafx.geometry.HPos.CENTER);
                }
                Button remove = new Button("×");
                remove.setId("removeCode-" + i);
                remove.getStyleClass().add("small");
                remove.setTooltip(new Tooltip(text.get("settings.removeCode")));
                remove.setOnAction(e -> row.removeCode(line));
                grid.add(remove, flags.size() + 1, i + 1);
            }
        };
        row.codes().addListener((ListChangeListener<CodeLine>) c -> redraw.run());
        redraw.run();
        Button add = new Button(text.get("settings.addCode"));
        add.setId("addCode");
        add.getStyleClass().add("small");
        add.setOnAction(e -> row.addCode());
        return new VBox(6, grid, add, restore(row));
    }

    private Node restore(SettingRow row) {
        Button restore = whole(new Button(text.get("settings.restore", shown(row.setting(),
                row.setting().defaultValue()))));
        restore.setId("restore-" + id(row));
        restore.getStyleClass().add("small");
        restore.setTooltip(new Tooltip(text.get("settings.restoreHint")));
        restore.disableProperty().bind(row.atDefaultProperty());
        restore.setOnAction(e -> row.restoreDefault());
        GridPane.setValignment(restore, javafx.geometry.VPos.TOP);
        return restore;
    }

    /** Never narrower than its text, so a cramped column cannot cut it with "…". */
    private static <T extends javafx.scene.layout.Region> T whole(T node) {
        node.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return node;
    }

    /** A value as the user reads it: a code list by its codes, an option by its name. */
    private String shown(SchoolSetting setting, String value) {
        if (setting.form() == SettingForm.CODES) {
            return CodeList.parse(value).codes().stream().map(CodeList.Code::code).collect(Collectors.joining(", "));
        }
        return setting.options().stream().filter(o -> o.value().equals(value)).findFirst()
                .map(o -> text.get(o.labelKey())).orElse(value);
    }

    /** A setting's key as a node id: "grades.deadline.TEST" becomes "grades-deadline-TEST". */
    static String id(SettingRow row) {
        return row.setting().key().replace('.', '-');
    }
}
