package lv.klade.school.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import lv.klade.i18n.Messages;
import lv.klade.school.MasterItem;
import lv.klade.school.ui.MasterDataViewModel.Row;
import lv.klade.ui.Dates;
import lv.klade.ui.Tables;

/** "Skolas uzbūve": one tab each for programmes, subjects, classes, groups and journals. */
public final class MasterDataView {
    private final MasterDataViewModel model;
    private final Messages text;

    public MasterDataView(MasterDataViewModel model, Messages text) {
        this.model = model;
        this.text = text;
    }

    public Node root() {
        Label title = new Label();
        title.getStyleClass().add("view-title");
        title.textProperty().bind(model.titleProperty());
        Label error = new Label();
        error.setId("masterDataError");
        error.setWrapText(true);
        error.getStyleClass().add("error-text");
        error.textProperty().bind(model.errorProperty());
        MasterDataGroupTabs more = new MasterDataGroupTabs(model, text, this);
        TabPane tabs = new TabPane(tab("tabProgrammes", "masterData.programmes", programmes()),
                tab("tabSubjects", "masterData.subjects", subjects()),
                tab("tabClasses", "masterData.classes", classes()),
                tab("tabGroups", "masterData.groups", more.groups()),
                tab("tabJournals", "masterData.journals", more.journals()));
        tabs.setId("masterDataTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        BorderPane root = new BorderPane(tabs);
        root.setTop(new VBox(4, title, error));
        model.load();
        return root;
    }

    private Tab tab(String id, String key, Node content) {
        Tab tab = new Tab(text.get(key), content);
        tab.setId(id);
        return tab;
    }

    private Node programmes() {
        TableView<Row> table = table("programmes", MasterItem.PROGRAMME, "masterData.code", "masterData.name",
                "masterData.ends");
        TextField code = field("programmeCode", 10);
        TextField name = field("programmeName", 30);
        fillOnSelect(table, row -> {
            code.setText(row.cells().get(0));
            name.setText(row.cells().get(1));
        });
        return page(table, form(captioned("masterData.code", code), captioned("masterData.name", name),
                button("addProgramme", "masterData.add",
                        () -> model.addProgramme(code.getText(), name.getText(), () -> clear(code, name))),
                button("renameProgramme", "masterData.rename",
                        () -> model.renameProgramme(selected(table), code.getText(), name.getText()))),
                endOrDelete("programme", table));
    }

    private Node subjects() {
        TableView<Row> table = table("subjects", MasterItem.SUBJECT, "masterData.name", "masterData.shortName",
                "masterData.ends");
        TextField name = field("subjectName", 24);
        TextField shortName = field("subjectShortName", 8);
        fillOnSelect(table, row -> {
            name.setText(row.cells().get(0));
            shortName.setText(row.cells().get(1));
        });
        return page(table, form(captioned("masterData.name", name), captioned("masterData.shortName", shortName),
                button("addSubject", "masterData.add",
                        () -> model.addSubject(name.getText(), shortName.getText(), () -> clear(name, shortName))),
                button("renameSubject", "masterData.rename",
                        () -> model.renameSubject(selected(table), name.getText(), shortName.getText()))),
                endOrDelete("subject", table));
    }

    private Node classes() {
        TableView<Row> table = table("schoolClasses", MasterItem.CLASS, "masterData.className", "masterData.form",
                "masterData.tutor", "masterData.programme", "masterData.ends");
        TextField name = field("className", 6);
        TextField form = field("classForm", 4);
        ComboBox<Choice> tutor = combo("classTutor", model.teacherChoices());
        ComboBox<Choice> programme = combo("classProgramme", model.programmeChoices());
        fillOnSelect(table, row -> {
            name.setText(row.cells().get(0));
            form.setText(row.cells().get(1));
        });
        // After an added class the programme stays chosen, for the next class of it; a tutor has one class.
        return page(table, form(captioned("masterData.className", name), captioned("masterData.form", form),
                captioned("masterData.tutor", tutor), captioned("masterData.programme", programme),
                button("addClass", "masterData.add",
                        () -> model.addClass(name.getText(), form.getText(), programme.getValue(), tutor.getValue(),
                                () -> {
                                    clear(name, form);
                                    tutor.setValue(null);
                                })),
                button("changeClass", "masterData.save", () -> model.changeClass(selected(table), name.getText(),
                        form.getText(), programme.getValue(), tutor.getValue()))),
                endOrDelete("class", table));
    }

    // --- parts every tab uses ---

    TableView<Row> table(String id, MasterItem item, String... columnKeys) {
        TableView<Row> table = Tables.table(id, model.rows(item), text.get("masterData.none"));
        for (int i = 0; i < columnKeys.length; i++) {
            int index = i;
            TableColumn<Row, String> column = Tables.column(text.get(columnKeys[i]), r -> r.cells().get(index));
            table.getColumns().add(Tables.wrapping(column));
        }
        // Ended items stay listed, greyed, so their history can still be found.
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                setOpacity(!empty && row != null && row.ended() ? 0.5 : 1);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    /** The list above, then its form and the end-or-delete line. */
    Node page(TableView<Row> table, Node... below) {
        VBox page = new VBox(8, table);
        page.getChildren().addAll(below);
        page.setStyle("-fx-padding: 8;");
        return page;
    }

    /** A line of fields and buttons; the buttons sit level with the fields, below the fields' captions. */
    FlowPane form(Node... nodes) {
        FlowPane form = new FlowPane(8, 8, nodes);
        form.setRowValignment(VPos.BOTTOM);
        return form;
    }

    /** A field with its caption above it, so that a filled form still says which field is which. */
    Node captioned(String key, Control field) {
        Label caption = new Label(text.get(key));
        caption.setLabelFor(field);
        caption.getStyleClass().add("text-muted");
        return new VBox(2, caption, field);
    }

    /** Empties the fields once what was typed in them is added. */
    static void clear(TextField... fields) {
        for (TextField field : fields) {
            field.clear();
        }
    }

    /** End the selected item from a day (empty: back in use), or delete it while nothing refers to it. */
    FlowPane endOrDelete(String prefix, TableView<Row> table) {
        DatePicker ends = Dates.picker(prefix + "Ends", text);
        ends.setPromptText(text.get("masterData.endsPrompt"));
        FlowPane line = form(new Label(text.get("masterData.selected")), ends,
                button(prefix + "End", "masterData.end", () -> model.end(selected(table), ends.getValue())),
                button(prefix + "Delete", "masterData.delete", () -> model.delete(selected(table))));
        // No captions here: the label sits level with the field it introduces.
        line.setRowValignment(VPos.CENTER);
        return line;
    }

    static Row selected(TableView<Row> table) {
        return table.getSelectionModel().getSelectedItem();
    }

    static void fillOnSelect(TableView<Row> table, Consumer<Row> fill) {
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
            if (row != null) {
                fill.accept(row);
            }
        });
    }

    static TextField field(String id, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        return field;
    }

    static <T> ComboBox<T> combo(String id, ObservableList<T> items) {
        ComboBox<T> combo = new ComboBox<>(items);
        combo.setId(id);
        return combo;
    }

    /** A combo of an enum's values, each read from {@code prefix + value}. */
    <E extends Enum<E>> ComboBox<E> enumCombo(String id, String prefix, List<E> values) {
        ComboBox<E> combo = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(values));
        combo.setId(id);
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : text.get(prefix + value.name());
            }

            @Override
            public E fromString(String typed) {
                return null;
            }
        });
        combo.setValue(values.getFirst());
        return combo;
    }

    Button button(String id, String key, Runnable action) {
        Button button = new Button(text.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }
}
