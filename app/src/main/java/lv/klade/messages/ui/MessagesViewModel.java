package lv.klade.messages.ui;

import java.nio.file.Path;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lv.klade.db.Actor;
import lv.klade.i18n.Messages;
import lv.klade.messages.Message;
import lv.klade.messages.MessageAudience;
import lv.klade.messages.MessageRights;
import lv.klade.messages.MessageService;
import lv.klade.messages.NewMessage;
import lv.klade.messages.ParentsLetterService;
import lv.klade.people.Role;
import lv.klade.tutor.TutorJournalRights;
import lv.klade.people.StaffMember;
import lv.klade.people.StaffService;
import lv.klade.school.ClassRepository;
import lv.klade.school.SchoolRepository;
import lv.klade.ui.Background;

/**
 * Messages and news: what the person received and sent, the school's news, and a form to write a
 * message to a staff member, a class's tutor, all teachers or (for the office) everyone as news.
 * The home screen uses the same model for its news and unread count.
 */
public final class MessagesViewModel {
    /** A staff member or a class to choose; it shows as its name. */
    public record Choice(UUID id, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final MessageService messages;
    private final ParentsLetterService letters;
    private final StaffService staff;
    private final ClassRepository classes;
    private final SchoolRepository school;
    private final StaffMember viewer;
    private final Background background;
    private final ObservableList<Message> inbox = FXCollections.observableArrayList();
    private final ObservableList<Message> sent = FXCollections.observableArrayList();
    private final ObservableList<Message> news = FXCollections.observableArrayList();
    private final ObservableList<Choice> people = FXCollections.observableArrayList();
    private final ObservableList<Choice> classChoices = FXCollections.observableArrayList();
    private final ObjectProperty<MessageAudience> audience = new SimpleObjectProperty<>(MessageAudience.PERSON);
    private final ObjectProperty<Choice> recipient = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> schoolClass = new SimpleObjectProperty<>();
    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyLongWrapper unread = new ReadOnlyLongWrapper();
    private final LocalDate today;

    public MessagesViewModel(MessageService messages, ParentsLetterService letters, StaffService staff,
                             ClassRepository classes, SchoolRepository school, StaffMember viewer, LocalDate today,
                             Background background) {
        this.messages = messages;
        this.letters = letters;
        this.today = today;
        this.staff = staff;
        this.classes = classes;
        this.school = school;
        this.viewer = viewer;
        this.background = background;
    }

    /** Everything the screen shows, read off the FX thread. */
    private record Loaded(List<Message> inbox, List<Message> sent, List<Message> news, long unread,
                          List<Choice> people, List<Choice> classes) {
    }

    /** Reads the messages, the news and whom a message may go to. */
    public void load() {
        background.run(this::read, loaded -> {
            inbox.setAll(loaded.inbox());
            sent.setAll(loaded.sent());
            news.setAll(loaded.news());
            unread.set(loaded.unread());
            if (people.isEmpty()) {
                people.setAll(loaded.people());
                classChoices.setAll(loaded.classes());
            }
        }, error::set);
    }

    private Loaded read() {
        Collator latvian = Collator.getInstance(Messages.LATVIAN);
        List<Choice> staffChoices = staff.all().stream().filter(m -> !m.revoked() && !m.id().equals(viewer.id()))
                .map(m -> new Choice(m.id(), m.lastName() + " " + m.firstName()))
                .sorted(Comparator.comparing(Choice::name, latvian)).toList();
        List<Choice> classList = school.currentYear().map(y -> classes.classes(y.id()).stream()
                .filter(c -> c.tutorId() != null).map(c -> new Choice(c.id(), c.name())).toList()).orElse(List.of());
        return new Loaded(messages.inbox(viewer.id()), messages.sent(viewer.id()), messages.news(viewer.id()),
                messages.unread(viewer.id()), staffChoices, classList);
    }

    /** Whom this person may write to: news only for the office. */
    public List<MessageAudience> audiences() {
        List<MessageAudience> list = new ArrayList<>(List.of(MessageAudience.PERSON, MessageAudience.CLASS_TUTOR,
                MessageAudience.ALL_TEACHERS));
        if (MessageRights.mayPostNews(viewer.roles())) {
            list.add(MessageAudience.NEWS);
        }
        return list;
    }

    /** Sends what the form holds; on success the form is emptied and the lists are read again. */
    public void send() {
        MessageAudience to = audience.get();
        NewMessage message = new NewMessage(to, to == MessageAudience.PERSON && recipient.get() != null
                ? recipient.get().id() : null, to == MessageAudience.CLASS_TUTOR && schoolClass.get() != null
                ? schoolClass.get().id() : null, subject.get(), body.get());
        background.run(() -> messages.send(Actor.user(viewer.id()), message), id -> {
            error.set("");
            status.set(background.messages().get(to == MessageAudience.NEWS ? "messages.newsOk" : "messages.sentOk"));
            subject.set("");
            body.set("");
            load();
        }, problem -> {
            status.set("");
            error.set(problem);
        });
    }

    /** Whether this person prepares letters to parents: a class tutor or the office. */
    public boolean writesLetters() {
        return viewer.holds(Role.CLASS_TUTOR) || TutorJournalRights.office(viewer.roles());
    }

    /**
     * Prints the form's subject and text as a letter to the parents of the chosen class into
     * {@code target}: one page for the class, or one for each family.
     */
    public void writeLetter(Path target, boolean perFamily) {
        Choice of = schoolClass.get();
        if (of == null) {
            error.set(background.messages().get("messages.noClass"));
            return;
        }
        String title = subject.get();
        String text = body.get();
        background.run(() -> {
            letters.save(letters.letter(viewer, of.id(), title, text, today, perFamily, background.messages()), target);
            return target;
        }, saved -> {
            error.set("");
            status.set(background.messages().get("messages.letterSaved", saved.getFileName()));
        }, problem -> {
            status.set("");
            error.set(problem);
        });
    }

    /** Marks a received message or a news item read. */
    public void markRead(Message message) {
        if (message == null || message.read()) {
            return;
        }
        background.run(() -> {
            messages.markRead(Actor.user(viewer.id()), message.id());
            return message.id();
        }, id -> load(), error::set);
    }

    public ObservableList<Message> inbox() {
        return inbox;
    }

    public ObservableList<Message> sent() {
        return sent;
    }

    public ObservableList<Message> news() {
        return news;
    }

    public ObservableList<Choice> people() {
        return people;
    }

    public ObservableList<Choice> classChoices() {
        return classChoices;
    }

    public ObjectProperty<MessageAudience> audienceProperty() {
        return audience;
    }

    public ObjectProperty<Choice> recipientProperty() {
        return recipient;
    }

    public ObjectProperty<Choice> classProperty() {
        return schoolClass;
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty unreadProperty() {
        return unread.getReadOnlyProperty();
    }
}
