package lv.klade.messages.ui;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import lv.klade.i18n.Messages;
import lv.klade.messages.Message;

/** The home screen after login: the school's news, newest first, and how many messages are unread. */
public final class HomeView {
    private final MessagesViewModel model;
    private final Messages text;
    private final VBox items = new VBox(10);

    public HomeView(MessagesViewModel model, Messages text) {
        this.model = model;
        this.text = text;
    }

    public Node root() {
        Label title = new Label(text.get("messages.newsTitle"));
        title.getStyleClass().add("view-title");
        Label unread = new Label();
        unread.setId("homeUnread");
        unread.textProperty().bind(model.unreadProperty().asString().map(n -> text.get("messages.unread", n)));
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(model.errorProperty());
        items.setId("homeNews");
        model.news().addListener((ListChangeListener<Message>) change -> show());
        show();
        ScrollPane scroll = new ScrollPane(items);
        scroll.setFitToWidth(true);
        VBox root = new VBox(10, title, unread, error, scroll);
        root.setId("home");
        model.load();
        return root;
    }

    private void show() {
        if (model.news().isEmpty()) {
            items.getChildren().setAll(new Label(text.get("messages.noNews")));
            return;
        }
        items.getChildren().setAll(model.news().stream().map(this::item).toList());
    }

    private Node item(Message news) {
        Label subject = new Label(news.subject());
        subject.getStyleClass().add("text-bold");
        Label by = new Label(text.get("messages.byLine", news.sender(), MessagesView.when(news)));
        by.getStyleClass().add("text-muted");
        Label body = new Label(news.body());
        body.setWrapText(true);
        VBox item = new VBox(4, subject, by, body);
        item.getStyleClass().add("news-item");
        return item;
    }
}
