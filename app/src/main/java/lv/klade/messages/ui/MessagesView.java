package lv.klade.messages.ui;

import java.io.File;
import java.time.LocalDate;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import lv.klade.i18n.Messages;
import lv.klade.messages.Message;
import lv.klade.messages.MessageAudience;
import lv.klade.ui.Tables;

/**
 * The messages section: received, sent and news in tabs, the chosen message's text below them, and
 * a form on the right to write a new one.
 */
public final class MessagesView {
    private final MessagesViewModel model;
    private final Messages text;
    private final TextArea reading = new TextArea();

    public MessagesView(MessagesViewModel model, Messages text) {
        this.model = model;
        this.text = text;
    }

    /** "01.12.2026 12:00": a message's time as the school's clock shows it. */
    static String when(Message m) {
        return Messages.date(LocalDate.ofInstant(m.sentAt(), Messages.RIGA)) + " " + Messages.time(m.sentAt());
    }

    public Node root() {
        Label title = new Label(text.get("messages.title"));
        title.getStyleClass().add("view-title");
        TabPane tabs = new TabPane(tab("messagesInbox", "messages.inbox", model.inbox(), true),
                tab("messagesSent", "messages.sent", model.sent(), false),
                tab("messagesNews", "messages.news", model.news(), true));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        reading.setId("messageText");
        reading.setEditable(false);
        reading.setWrapText(true);
        reading.setPrefRowCount(6);
        VBox left = new VBox(8, tabs, reading);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        HBox.setHgrow(left, Priority.ALWAYS);
        Label error = new Label();
        error.setId("messagesError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        BorderPane root = new BorderPane(new HBox(16, left, form()));
        root.setTop(new VBox(6, title, error));
        root.setId("messages");
        model.load();
        return root;
    }

    private Tab tab(String id, String titleKey, ObservableList<Message> items, boolean received) {
        TableView<Message> table = Tables.table(id, items, text.get("messages.noNews"));
        TableColumn<Message, String> when = Tables.column(text.get("messages.when"), MessagesView::when);
        when.setMinWidth(130);
        when.setPrefWidth(140);
        when.setMaxWidth(160);
        TableColumn<Message, String> who = received
                ? Tables.column(text.get("messages.from"), Message::sender)
                : Tables.column(text.get("messages.recipient"), this::recipient);
        who.setPrefWidth(170);
        TableColumn<Message, String> subject = Tables.column(text.get("messages.subjectColumn"), Message::subject);
        TableColumn<Message, String> state = Tables.column(text.get("messages.state"), m -> text.get(m.read()
                ? "messages.stateRead" : "messages.stateUnread"));
        state.setPrefWidth(90);
        state.setMaxWidth(110);
        table.getColumns().add(when);
        table.getColumns().add(who);
        table.getColumns().add(subject);
        if (received) {
            table.getColumns().add(state);
        }
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            // Reading a message reloads the lists, which clears the selection: keep its text shown.
            if (now == null) {
                return;
            }
            reading.setText(now.subject() + "\n" + text.get("messages.byLine", now.sender(), when(now)) + "\n\n"
                    + now.body());
            if (received) {
                model.markRead(now);
            }
        });
        return new Tab(text.get(titleKey), table);
    }

    private String recipient(Message m) {
        return switch (m.audience()) {
            case PERSON -> m.recipient();
            case CLASS_TUTOR -> m.recipient() + " (" + m.className() + ")";
            case ALL_TEACHERS, NEWS -> text.get(m.audience().messageKey());
        };
    }

    /** Prints the form's class, subject and text as a PDF letter to the class's parents, one page a family. */
    private Button letterButton() {
        Button letter = new Button(text.get("messages.letter"));
        letter.setId("messageLetter");
        letter.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(text.get("letter.title") + ".pdf");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
            File file = chooser.showSaveDialog(letter.getScene().getWindow());
            if (file != null) {
                model.writeLetter(file.toPath(), true);
            }
        });
        return letter;
    }

    /** A form's label, never cut short by the fields beside it. */
    private Label label(String key) {
        Label label = new Label(text.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private Node form() {
        Label heading = new Label(text.get("messages.write"));
        heading.getStyleClass().add("text-bold");
        ComboBox<MessageAudience> audience = new ComboBox<>();
        audience.setId("messageAudience");
        audience.getItems().setAll(model.audiences());
        audience.setConverter(new StringConverter<>() {
            @Override
            public String toString(MessageAudience a) {
                return a == null ? "" : text.get(a.messageKey());
            }

            @Override
            public MessageAudience fromString(String shown) {
                return null;
            }
        });
        audience.valueProperty().bindBidirectional(model.audienceProperty());
        ComboBox<MessagesViewModel.Choice> person = new ComboBox<>(model.people());
        person.setId("messageRecipient");
        person.valueProperty().bindBidirectional(model.recipientProperty());
        ComboBox<MessagesViewModel.Choice> schoolClass = new ComboBox<>(model.classChoices());
        schoolClass.setId("messageClass");
        schoolClass.valueProperty().bindBidirectional(model.classProperty());
        person.disableProperty().bind(model.audienceProperty().isNotEqualTo(MessageAudience.PERSON));
        schoolClass.disableProperty().bind(model.audienceProperty().isNotEqualTo(MessageAudience.CLASS_TUTOR));
        TextField subject = new TextField();
        subject.setId("messageSubject");
        subject.textProperty().bindBidirectional(model.subjectProperty());
        TextArea body = new TextArea();
        body.setId("messageBody");
        body.setWrapText(true);
        body.setPrefRowCount(8);
        body.textProperty().bindBidirectional(model.bodyProperty());
        Button send = new Button(text.get("messages.send"));
        send.setId("messageSend");
        send.getStyleClass().add("accent");
        send.setOnAction(e -> model.send());
        Label status = new Label();
        status.setId("messageStatus");
        status.textProperty().bind(model.statusProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, label("messages.to"), audience);
        grid.addRow(1, label("messages.person"), person);
        grid.addRow(2, label("messages.class"), schoolClass);
        grid.addRow(3, label("messages.subject"), subject);
        grid.add(label("messages.body"), 0, 4);
        grid.add(body, 1, 4);
        HBox actions = new HBox(12, send, status);
        if (model.writesLetters()) {
            actions.getChildren().add(1, letterButton());
        }
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox form = new VBox(10, heading, grid, actions);
        form.setPrefWidth(460);
        form.setMinWidth(400);
        return form;
    }
}
