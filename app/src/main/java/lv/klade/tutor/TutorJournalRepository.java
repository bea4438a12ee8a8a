package lv.klade.tutor;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lv.klade.db.JournalStore;
import lv.klade.db.Writes;
import lv.klade.db.generated.tables.TutorConversation;
import lv.klade.db.generated.tables.records.BehaviourEntryRecord;
import lv.klade.db.generated.tables.records.TutorConversationRecord;
import lv.klade.people.Role;
import lv.klade.people.RoleGrant;

import static lv.klade.db.generated.Tables.BEHAVIOUR_ENTRY;
import static lv.klade.db.generated.Tables.GROUP_MEMBER;
import static lv.klade.db.generated.Tables.GUARDIAN;
import static lv.klade.db.generated.Tables.JOURNAL;
import static lv.klade.db.generated.Tables.JOURNAL_TEACHER;
import static lv.klade.db.generated.Tables.SCHOOL_CLASS;
import static lv.klade.db.generated.Tables.STAFF;
import static lv.klade.db.generated.Tables.STAFF_ROLE;
import static lv.klade.db.generated.Tables.STUDENT;
import static lv.klade.db.generated.Tables.TUTOR_CONVERSATION;

/** The individual conversations and the behaviour journal; writes belong to {@link TutorJournalService}. */
public final class TutorJournalRepository {
    private static final TutorConversation TUTOR = TUTOR_CONVERSATION;
    private final JournalStore store;

    public TutorJournalRepository(JournalStore store) {
        this.store = store;
    }

    /** A journal as a behaviour note needs it: its class (or group) and name. */
    record JournalOf(UUID classId, UUID groupId, String name) {
    }

    /** Every conversation of the class, oldest first; rights are the service's. */
    List<Conversation> conversations(UUID classId) {
        var author = STAFF.as("author");
        return store.dsl().select(TUTOR.ID, TUTOR.STUDENT_ID, STUDENT.FIRST_NAME, STUDENT.LAST_NAME, TUTOR.HELD_ON,
                        TUTOR.PARTY, GUARDIAN.ID, GUARDIAN.FIRST_NAME, GUARDIAN.LAST_NAME, TUTOR.TOPIC, TUTOR.AGREED,
                        TUTOR.LATE, TUTOR.WRITTEN_AT, TUTOR.WRITTEN_BY, author.FIRST_NAME, author.LAST_NAME).from(TUTOR)
                .join(STUDENT).on(STUDENT.ID.eq(TUTOR.STUDENT_ID))
                .join(author).on(author.ID.eq(TUTOR.WRITTEN_BY))
                .leftJoin(GUARDIAN).on(GUARDIAN.ID.eq(TUTOR.GUARDIAN_ID))
                .where(TUTOR.CLASS_ID.eq(classId)).orderBy(TUTOR.HELD_ON, TUTOR.WRITTEN_AT)
                .fetch(r -> new Conversation(r.get(TUTOR.ID), r.get(TUTOR.STUDENT_ID),
                        r.get(STUDENT.FIRST_NAME) + " " + r.get(STUDENT.LAST_NAME), r.get(TUTOR.HELD_ON),
                        ConversationParty.valueOf(r.get(TUTOR.PARTY)),
                        r.get(GUARDIAN.ID) == null ? "" : r.get(GUARDIAN.FIRST_NAME) + " " + r.get(GUARDIAN.LAST_NAME),
                        r.get(TUTOR.TOPIC), r.get(TUTOR.AGREED), r.get(TUTOR.LATE), r.get(TUTOR.WRITTEN_AT).toInstant(),
                        r.get(TUTOR.WRITTEN_BY), r.get(author.FIRST_NAME) + " " + r.get(author.LAST_NAME)));
    }

    /** Every behaviour note of the class, oldest first; rights are the service's. */
    List<BehaviourEntry> behaviour(UUID classId) {
        var author = STAFF.as("author");
        return store.dsl().select(BEHAVIOUR_ENTRY.ID, BEHAVIOUR_ENTRY.STUDENT_ID, STUDENT.FIRST_NAME, STUDENT.LAST_NAME,
                        BEHAVIOUR_ENTRY.NOTED_ON, BEHAVIOUR_ENTRY.KIND, BEHAVIOUR_ENTRY.NOTE, JOURNAL.NAME,
                        BEHAVIOUR_ENTRY.WRITTEN_AT, BEHAVIOUR_ENTRY.WRITTEN_BY, author.FIRST_NAME, author.LAST_NAME)
                .from(BEHAVIOUR_ENTRY)
                .join(STUDENT).on(STUDENT.ID.eq(BEHAVIOUR_ENTRY.STUDENT_ID))
                .join(author).on(author.ID.eq(BEHAVIOUR_ENTRY.WRITTEN_BY))
                .leftJoin(JOURNAL).on(JOURNAL.ID.eq(BEHAVIOUR_ENTRY.JOURNAL_ID))
                .where(BEHAVIOUR_ENTRY.CLASS_ID.eq(classId)).orderBy(BEHAVIOUR_ENTRY.NOTED_ON, BEHAVIOUR_ENTRY.WRITTEN_AT)
                .fetch(r -> new BehaviourEntry(r.get(BEHAVIOUR_ENTRY.ID), r.get(BEHAVIOUR_ENTRY.STUDENT_ID),
                        r.get(STUDENT.FIRST_NAME) + " " + r.get(STUDENT.LAST_NAME), r.get(BEHAVIOUR_ENTRY.NOTED_ON),
                        BehaviourKind.valueOf(r.get(BEHAVIOUR_ENTRY.KIND)), r.get(BEHAVIOUR_ENTRY.NOTE),
                        r.get(JOURNAL.NAME) == null ? "" : r.get(JOURNAL.NAME),
                        r.get(BEHAVIOUR_ENTRY.WRITTEN_AT).toInstant(), r.get(BEHAVIOUR_ENTRY.WRITTEN_BY),
                        r.get(author.FIRST_NAME) + " " + r.get(author.LAST_NAME)));
    }

    /** The class's named tutor, or empty. */
    Optional<UUID> tutorOf(UUID classId) {
        return store.dsl().select(SCHOOL_CLASS.TUTOR_ID).from(SCHOOL_CLASS).where(SCHOOL_CLASS.ID.eq(classId))
                .fetchOptional(SCHOOL_CLASS.TUTOR_ID);
    }

    List<RoleGrant> roles(UUID staffId) {
        return store.dsl().select(STAFF_ROLE.ROLE, STAFF_ROLE.CLASS_ID).from(STAFF_ROLE).where(STAFF_ROLE.STAFF_ID.eq(staffId))
                .fetch(r -> new RoleGrant(Role.valueOf(r.value1()), r.value2()));
    }

    // --- reads inside a write ---

    /** The student a guardian belongs to. */
    Optional<UUID> guardianOf(Writes w, UUID guardianId) {
        return w.dsl().select(GUARDIAN.STUDENT_ID).from(GUARDIAN).where(GUARDIAN.ID.eq(guardianId))
                .fetchOptional(GUARDIAN.STUDENT_ID);
    }

    Optional<JournalOf> journal(Writes w, UUID journalId) {
        return w.dsl().select(JOURNAL.CLASS_ID, JOURNAL.GROUP_ID, JOURNAL.NAME).from(JOURNAL)
                .where(JOURNAL.ID.eq(journalId)).fetchOptional(r -> new JournalOf(r.value1(), r.value2(), r.value3()));
    }

    boolean teaches(Writes w, UUID staffId, UUID journalId) {
        return w.dsl().fetchExists(JOURNAL_TEACHER, JOURNAL_TEACHER.JOURNAL_ID.eq(journalId),
                JOURNAL_TEACHER.STAFF_ID.eq(staffId));
    }

    boolean inGroup(Writes w, UUID groupId, UUID studentId) {
        return w.dsl().fetchExists(GROUP_MEMBER, GROUP_MEMBER.GROUP_ID.eq(groupId),
                GROUP_MEMBER.STUDENT_ID.eq(studentId));
    }

    // --- writes ---

    void insert(Writes w, UUID id, UUID classId, NewConversation c, String topic, String agreed, boolean late,
                Instant at) {
        TutorConversationRecord r = new TutorConversationRecord();
        r.setId(id);
        r.setStudentId(c.studentId());
        r.setClassId(classId);
        r.setHeldOn(c.heldOn());
        r.setParty(c.party().name());
        r.setGuardianId(c.party() == ConversationParty.GUARDIAN ? c.guardianId() : null);
        r.setTopic(topic);
        r.setAgreed(agreed);
        r.setLate(late);
        r.setWrittenAt(OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        r.setWrittenBy(w.actor().userId());
        w.insert(r);
    }

    void insert(Writes w, UUID id, UUID classId, NewBehaviourEntry e, String note, Instant at) {
        BehaviourEntryRecord r = new BehaviourEntryRecord();
        r.setId(id);
        r.setStudentId(e.studentId());
        r.setClassId(classId);
        r.setJournalId(e.journalId());
        r.setNotedOn(e.notedOn());
        r.setKind(e.kind().name());
        r.setNote(note);
        r.setWrittenAt(OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        r.setWrittenBy(w.actor().userId());
        w.insert(r);
    }
}
