package lv.klade.messages;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.db.Ids;
import lv.klade.db.JournalStore;
import lv.klade.db.Writes;
import lv.klade.i18n.UserError;
import lv.klade.messages.MessageRepository.ClassTutor;
import lv.klade.messages.MessageRepository.Person;

/**
 * Sends messages and school news, each with its sender and time, and records who has read them.
 * A message to someone who has left the school (a revoked account), or to a class without a tutor,
 * is refused and nothing is written. Messages are never edited: a correction is a new message.
 */
public final class MessageService {
    public static final int MAX_SUBJECT = 200;
    public static final int MAX_BODY = 4000;

    private final JournalStore store;
    private final MessageRepository repository;

    public MessageService(JournalStore store, MessageRepository repository) {
        this.store = store;
        this.repository = repository;
    }

    /** What was sent to the reader, newest first: to them, to their class's tutor, or to all teachers. */
    public List<Message> inbox(UUID readerId) {
        return repository.inbox(readerId, MessageRights.isTeacher(repository.roles(readerId)));
    }

    /** What the sender sent, newest first (news is listed with the news). */
    public List<Message> sent(UUID senderId) {
        return repository.sent(senderId);
    }

    /** The school's news, newest first, for everyone's home screen. */
    public List<Message> news(UUID readerId) {
        return repository.news(readerId);
    }

    /** How many of the reader's messages and news they have not read yet. */
    public long unread(UUID readerId) {
        return inbox(readerId).stream().filter(m -> !m.read()).count()
                + news(readerId).stream().filter(m -> !m.read()).count();
    }

    /** Sends a message or posts news as the actor; returns its key. */
    public UUID send(Actor actor, NewMessage message) {
        if (message.audience() == null) {
            throw UserError.of("messages.noAudience");
        }
        String subject = required(message.subject(), "messages.noSubject", MAX_SUBJECT);
        String body = required(message.body(), "messages.noBody", MAX_BODY);
        return store.write(actor, w -> {
            UUID sender = w.actor().userId();
            if (sender == null) {
                throw UserError.of("messages.noSender");
            }
            UUID recipient = switch (message.audience()) {
                case PERSON -> person(w, message.recipientId());
                case CLASS_TUTOR -> tutorOf(w, message.classId());
                case ALL_TEACHERS -> null;
                case NEWS -> {
                    if (!MessageRights.mayPostNews(repository.roles(w, sender))) {
                        throw UserError.of("messages.notNewsEditor");
                    }
                    yield null;
                }
            };
            UUID id = Ids.next();
            repository.insert(w, id, message.audience(), recipient,
                    message.audience() == MessageAudience.CLASS_TUTOR ? message.classId() : null, subject, body,
                    w.clock().instant());
            return id;
        });
    }

    /** Marks the message read by the actor; reading it again, or on another PC, changes nothing more. */
    public void markRead(Actor actor, UUID messageId) {
        store.write(actor, w -> {
            UUID reader = w.actor().userId();
            UUID[] ends = repository.senderAndRecipient(w, messageId)
                    .orElseThrow(() -> UserError.of("messages.unknown"));
            UUID id = readKey(messageId, reader);
            if (reader != null && !reader.equals(ends[0]) && !repository.isRead(w, id)) {
                repository.insertRead(w, id, messageId, w.clock().instant());
            }
            return null;
        });
    }

    /** The key of one reader's read mark: the same on every PC, so reading on two PCs makes one row. */
    static UUID readKey(UUID messageId, UUID readerId) {
        return UUID.nameUUIDFromBytes(("message_read:" + messageId + ":" + readerId).getBytes(StandardCharsets.UTF_8));
    }

    private UUID person(Writes w, UUID recipientId) {
        if (recipientId == null) {
            throw UserError.of("messages.noRecipient");
        }
        Person person = repository.person(w, recipientId).orElseThrow(() -> UserError.of("messages.noRecipient"));
        if (person.revoked()) {
            throw UserError.of("messages.recipientLeft", person.name());
        }
        return person.id();
    }

    private UUID tutorOf(Writes w, UUID classId) {
        ClassTutor schoolClass = classId == null ? null : repository.classTutor(w, classId).orElse(null);
        if (schoolClass == null) {
            throw UserError.of("messages.noClass");
        }
        if (schoolClass.tutorId() == null) {
            throw UserError.of("messages.noTutor", schoolClass.className());
        }
        return person(w, schoolClass.tutorId());
    }

    private static String required(String text, String missingKey, int max) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw UserError.of(missingKey);
        }
        if (stripped.length() > max) {
            throw UserError.of("messages.tooLong", max, stripped.length());
        }
        return stripped;
    }
}
