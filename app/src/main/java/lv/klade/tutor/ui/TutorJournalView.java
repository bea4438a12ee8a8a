package lv.klade.tutor.ui;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import lv.klade.i18n.Messages;
import lv.klade.tutor.BehaviourEntry;
import lv.klade.tutor.BehaviourKind;
import lv.klade.tutor.Conversation;
import lv.klade.tutor.ConversationParty;
import lv.klade.ui.Tables;

/**
 * The tutor's journals of a class: individual conversations and the behaviour journal in two tabs,
 * each a table of entries over a form; the student and the date are shared by both forms.
 */
public final class TutorJournalView {
    private final TutorJournalViewModel model;
    private final Messages text;

    public TutorJournalView(TutorJournalViewModel model, Messages text) {
        this.model = model;
        this.text = text;
    }

    public Node root() {
        Label title = new Label(text.get("tutorJournal.title"));
        title.getStyleClass().add("view-title");
        ComboBox<TutorJournalViewModel.Choice> classes = new ComboBox<>(model.classChoices());
        classes.setId("tutorJournalClass");
        classes.valueProperty().bindBidirectional(model.classProperty());
        ComboBox<TutorJournalViewModel.Choice> student = new ComboBox<>(model.studentChoices());
        student.setId("tutorJournalStudent");
        student.valueProperty().bindBidirectional(model.studentProperty());
        DatePicker day = new DatePicker();
        day.setId("tutorJournalDate");
        day.valueProperty().bindBidirectional(model.dayProperty());
        day.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return Messages.date(date);
            }

            @Override
            public LocalDate fromString(String shown) {
                return shown == null || shown.isBlank() ? null : LocalDate.parse(shown.strip(), Messages.dateFormat());
            }
        });
        HBox bar = new HBox(12, title, new Label(text.get("tutorJournal.class")), classes,
                new Label(text.get("tutorJournal.student")), student, new Label(text.get("tutorJournal.date")), day);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(text.get("tutorJournal.conversationsHint"));
        hint.getStyleClass().add("hint-text");
        hint.setWrapText(true);
        Label error = new Label();
        error.setId("tutorJournalError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        Label status = new Label();
        status.setId("tutorJournalStatus");
        status.textProperty().bind(model.statusProperty());
        TabPane tabs = new TabPane(new Tab(text.get("tutorJournal.conversations"), conversations()),
                new Tab(text.get("tutorJournal.behaviour"), behaviour()));
        tabs.setId("tutorJournalTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        BorderPane root = new BorderPane(tabs);
        root.setTop(new VBox(6, bar, hint, error, status));
        root.setId("tutorJournal");
        model.load();
        return root;
    }

    private Node conversations() {
        TableView<Conversation> table = Tables.table("conversationsTable", model.conversations(),
                text.get("tutorJournal.conversations"));
        table.getColumns().add(narrow(Tables.column(text.get("tutorJournal.date"), c -> Messages.date(c.heldOn()))));
        table.getColumns().add(Tables.column(text.get("tutorJournal.student"), Conversation::student));
        table.getColumns().add(Tables.column(text.get("tutorJournal.with"), c -> c.party() == ConversationParty.GUARDIAN
                ? c.withWhom() : text.get(c.party().messageKey())));
        table.getColumns().add(Tables.wrapping(Tables.column(text.get("tutorJournal.topic"), Conversation::topic)));
        table.getColumns().add(Tables.wrapping(Tables.column(text.get("tutorJournal.agreed"), Conversation::agreed)));
        table.getColumns().add(narrow(Tables.column(text.get("tutorJournal.late"),
                c -> c.late() ? text.get("tutorJournal.lateMark") : "")));
        table.getColumns().add(Tables.column(text.get("tutorJournal.author"), Conversation::author));
        ComboBox<ConversationParty> party = choice("conversationParty", ConversationParty.values(),
                p -> text.get(p.messageKey()));
        party.valueProperty().bindBidirectional(model.partyProperty());
        ComboBox<TutorJournalViewModel.Choice> guardian = new ComboBox<>(model.guardianChoices());
        guardian.setId("conversationGuardian");
        guardian.valueProperty().bindBidirectional(model.guardianProperty());
        guardian.disableProperty().bind(model.partyProperty().isNotEqualTo(ConversationParty.GUARDIAN));
        TextField topic = field("conversationTopic", text.get("tutorJournal.topic"));
        topic.textProperty().bindBidirectional(model.topicProperty());
        TextField agreed = field("conversationAgreed", text.get("tutorJournal.agreed"));
        agreed.textProperty().bindBidirectional(model.agreedProperty());
        HBox.setHgrow(agreed, Priority.ALWAYS);
        Button add = new Button(text.get("tutorJournal.add"));
        add.setId("conversationAdd");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> model.recordConversation());
        HBox form = new HBox(8, party, new Label(text.get("tutorJournal.guardian")), guardian, topic, agreed, add);
        form.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, table, form);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private Node behaviour() {
        TableView<BehaviourEntry> table = Tables.table("behaviourTable", model.behaviour(),
                text.get("tutorJournal.behaviour"));
        table.getColumns().add(narrow(Tables.column(text.get("tutorJournal.date"), e -> Messages.date(e.notedOn()))));
        table.getColumns().add(Tables.column(text.get("tutorJournal.student"), BehaviourEntry::student));
        table.getColumns().add(Tables.column(text.get("tutorJournal.kind"), e -> text.get(e.kind().messageKey())));
        table.getColumns().add(Tables.wrapping(Tables.column(text.get("tutorJournal.note"), BehaviourEntry::note)));
        table.getColumns().add(Tables.column(text.get("tutorJournal.journal"), BehaviourEntry::journal));
        table.getColumns().add(Tables.column(text.get("tutorJournal.author"), BehaviourEntry::author));
        ComboBox<BehaviourKind> kind = choice("behaviourKind", BehaviourKind.values(), k -> text.get(k.messageKey()));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        TextField note = field("behaviourNote", text.get("tutorJournal.note"));
        note.textProperty().bindBidirectional(model.noteProperty());
        HBox.setHgrow(note, Priority.ALWAYS);
        Button add = new Button(text.get("tutorJournal.add"));
        add.setId("behaviourAdd");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> model.recordBehaviour());
        HBox form = new HBox(8, kind, note, add);
        form.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, table, form);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private static <T> TableColumn<T, String> narrow(TableColumn<T, String> column) {
        column.setPrefWidth(95);
        column.setMaxWidth(110);
        return column;
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    private static <T> ComboBox<T> choice(String id, T[] values, Function<T, String> name) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String shown) {
                return null;
            }
        });
        return box;
    }
}
