package lv.klade.messages;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lv.klade.db.JournalStore;
import lv.klade.db.Writes;
import lv.klade.db.generated.tables.records.MessageReadRecord;
import lv.klade.db.generated.tables.records.MessageRecord;
import lv.klade.people.Role;
import lv.klade.people.RoleGrant;
import org.jooq.Condition;
import org.jooq.DSLContext;

import static lv.klade.db.generated.Tables.MESSAGE;
import static lv.klade.db.generated.Tables.MESSAGE_READ;
import static lv.klade.db.generated.Tables.SCHOOL_CLASS;
import static lv.klade.db.generated.Tables.STAFF;
import static lv.klade.db.generated.Tables.STAFF_ROLE;

/** Messages, news and who has read them; writes belong to {@link MessageService}. */
public final class MessageRepository {
    private final JournalStore store;

    public MessageRepository(JournalStore store) {
        this.store = store;
    }

    /** A staff member as a message needs them: name, whether they left, roles. */
    record Person(UUID id, String name, boolean revoked) {
    }

    /** A class and its tutor as a message to the tutor needs them. */
    record ClassTutor(String className, UUID tutorId) {
    }

    /** The messages matching {@code where}, newest first, each marked read or not for {@code readerId}. */
    List<Message> messages(UUID readerId, Condition where) {
        var sender = STAFF.as("sender");
        var recipient = STAFF.as("recipient");
        return store.dsl().select(MESSAGE.ID, MESSAGE.AUDIENCE, MESSAGE.SENDER_ID, sender.FIRST_NAME, sender.LAST_NAME,
                        MESSAGE.RECIPIENT_ID, recipient.FIRST_NAME, recipient.LAST_NAME, SCHOOL_CLASS.NAME,
                        MESSAGE.SUBJECT, MESSAGE.BODY, MESSAGE.SENT_AT, MESSAGE_READ.ID)
                .from(MESSAGE).join(sender).on(sender.ID.eq(MESSAGE.SENDER_ID))
                .leftJoin(recipient).on(recipient.ID.eq(MESSAGE.RECIPIENT_ID))
                .leftJoin(SCHOOL_CLASS).on(SCHOOL_CLASS.ID.eq(MESSAGE.CLASS_ID))
                .leftJoin(MESSAGE_READ).on(MESSAGE_READ.MESSAGE_ID.eq(MESSAGE.ID), MESSAGE_READ.STAFF_ID.eq(readerId))
                .where(where).orderBy(MESSAGE.SENT_AT.desc())
                .fetch(r -> new Message(r.get(MESSAGE.ID), MessageAudience.valueOf(r.get(MESSAGE.AUDIENCE)),
                        r.get(MESSAGE.SENDER_ID), r.get(sender.FIRST_NAME) + " " + r.get(sender.LAST_NAME),
                        r.get(MESSAGE.RECIPIENT_ID), r.get(recipient.FIRST_NAME) == null ? ""
                                : r.get(recipient.FIRST_NAME) + " " + r.get(recipient.LAST_NAME),
                        r.get(SCHOOL_CLASS.NAME) == null ? "" : r.get(SCHOOL_CLASS.NAME), r.get(MESSAGE.SUBJECT),
                        r.get(MESSAGE.BODY), r.get(MESSAGE.SENT_AT).toInstant(),
                        r.get(MESSAGE_READ.ID) != null || readerId.equals(r.get(MESSAGE.SENDER_ID))));
    }

    /** Addressed to the reader: to them, or to all teachers when they teach. */
    List<Message> inbox(UUID readerId, boolean teacher) {
        Condition toThem = MESSAGE.RECIPIENT_ID.eq(readerId);
        if (teacher) {
            toThem = toThem.or(MESSAGE.AUDIENCE.eq(MessageAudience.ALL_TEACHERS.name()));
        }
        return messages(readerId, toThem.and(MESSAGE.SENDER_ID.ne(readerId)));
    }

    List<Message> sent(UUID senderId) {
        return messages(senderId, MESSAGE.SENDER_ID.eq(senderId).and(MESSAGE.AUDIENCE.ne(MessageAudience.NEWS.name())));
    }

    List<Message> news(UUID readerId) {
        return messages(readerId, MESSAGE.AUDIENCE.eq(MessageAudience.NEWS.name()));
    }

    Optional<Message> message(UUID readerId, UUID messageId) {
        return messages(readerId, MESSAGE.ID.eq(messageId)).stream().findFirst();
    }

    List<RoleGrant> roles(UUID staffId) {
        return roles(store.dsl(), staffId);
    }

    // --- reads inside a write ---

    List<RoleGrant> roles(Writes w, UUID staffId) {
        return roles(w.dsl(), staffId);
    }

    private static List<RoleGrant> roles(DSLContext dsl, UUID staffId) {
        return dsl.select(STAFF_ROLE.ROLE, STAFF_ROLE.CLASS_ID).from(STAFF_ROLE).where(STAFF_ROLE.STAFF_ID.eq(staffId))
                .fetch(r -> new RoleGrant(Role.valueOf(r.value1()), r.value2()));
    }

    Optional<Person> person(Writes w, UUID staffId) {
        return w.dsl().select(STAFF.ID, STAFF.FIRST_NAME, STAFF.LAST_NAME, STAFF.REVOKED).from(STAFF)
                .where(STAFF.ID.eq(staffId))
                .fetchOptional(r -> new Person(r.value1(), r.value2() + " " + r.value3(), r.value4()));
    }

    Optional<ClassTutor> classTutor(Writes w, UUID classId) {
        return w.dsl().select(SCHOOL_CLASS.NAME, SCHOOL_CLASS.TUTOR_ID).from(SCHOOL_CLASS)
                .where(SCHOOL_CLASS.ID.eq(classId)).fetchOptional(r -> new ClassTutor(r.value1(), r.value2()));
    }

    Optional<UUID[]> senderAndRecipient(Writes w, UUID messageId) {
        return w.dsl().select(MESSAGE.SENDER_ID, MESSAGE.RECIPIENT_ID).from(MESSAGE).where(MESSAGE.ID.eq(messageId))
                .fetchOptional(r -> new UUID[] {r.value1(), r.value2()});
    }

    boolean isRead(Writes w, UUID readId) {
        return w.dsl().fetchExists(MESSAGE_READ, MESSAGE_READ.ID.eq(readId));
    }

    // --- writes ---

    void insert(Writes w, UUID id, MessageAudience audience, UUID recipientId, UUID classId, String subject,
                String body, Instant at) {
        MessageRecord r = new MessageRecord();
        r.setId(id);
        r.setAudience(audience.name());
        r.setSenderId(w.actor().userId());
        r.setRecipientId(recipientId);
        r.setClassId(classId);
        r.setSubject(subject);
        r.setBody(body);
        r.setSentAt(OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        w.insert(r);
    }

    void insertRead(Writes w, UUID id, UUID messageId, Instant at) {
        MessageReadRecord r = new MessageReadRecord();
        r.setId(id);
        r.setMessageId(messageId);
        r.setStaffId(w.actor().userId());
        r.setReadAt(OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        w.insert(r);
    }
}
