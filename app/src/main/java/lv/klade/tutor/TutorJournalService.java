package lv.klade.tutor;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.db.Ids;
import lv.klade.db.JournalStore;
import lv.klade.db.Writes;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.people.RoleGrant;
import lv.klade.school.SchoolRepository;
import lv.klade.tutor.RemarkRepository.ClassOf;
import lv.klade.tutor.TutorJournalRepository.JournalOf;

/**
 * The tutor's journals: individual conversations with students and parents (001 §22) and the
 * behaviour journal (003 §19). Who writes and sees them is {@link TutorJournalRights}; a viewer gets
 * only the entries they may see, so a teacher never gets another's.
 */
public final class TutorJournalService {
    public static final int MAX_TOPIC = 300;
    public static final int MAX_AGREED = 2000;
    public static final int MAX_NOTE = 1000;
    /** Conversations are entered within one working day of the day they were held (001 §22). */
    public static final int CONVERSATION_WORKING_DAYS = 1;

    private final JournalStore store;
    private final SchoolRepository schools;
    /** The student's class and staff roles, read inside a write as the remarks read them. */
    private final RemarkRepository classes;
    private final TutorJournalRepository repository;

    public TutorJournalService(JournalStore store, SchoolRepository schools, TutorJournalRepository repository) {
        this.store = store;
        this.schools = schools;
        this.classes = new RemarkRepository(store);
        this.repository = repository;
    }

    /** The class's conversations the viewer may see, oldest first. */
    public List<Conversation> conversations(UUID viewerId, UUID classId) {
        List<RoleGrant> roles = repository.roles(viewerId);
        UUID tutor = repository.tutorOf(classId).orElse(null);
        return repository.conversations(classId).stream()
                .filter(c -> TutorJournalRights.maySee(viewerId, roles, classId, tutor, c.authorId())).toList();
    }

    /** The class's behaviour notes the viewer may see: all for its tutor and the office, else their own. */
    public List<BehaviourEntry> behaviour(UUID viewerId, UUID classId) {
        List<RoleGrant> roles = repository.roles(viewerId);
        UUID tutor = repository.tutorOf(classId).orElse(null);
        return repository.behaviour(classId).stream()
                .filter(e -> TutorJournalRights.maySee(viewerId, roles, classId, tutor, e.authorId())).toList();
    }

    /**
     * Records a conversation with a student of the author's class or a guardian of that student.
     * An entry made more than one working day after the day is kept and marked late. Returns its key.
     */
    public UUID record(Actor actor, NewConversation conversation) {
        if (conversation.studentId() == null) {
            throw UserError.of("tutorJournal.noStudent");
        }
        if (conversation.party() == null) {
            throw UserError.of("tutorJournal.noParty");
        }
        if (conversation.party() == ConversationParty.GUARDIAN && conversation.guardianId() == null) {
            throw UserError.of("tutorJournal.noGuardian");
        }
        String topic = required(conversation.topic(), "tutorJournal.noTopic", MAX_TOPIC);
        String agreed = required(conversation.agreed(), "tutorJournal.noAgreed", MAX_AGREED);
        return store.write(actor, w -> {
            LocalDate today = today(w);
            ClassOf schoolClass = classOf(w, conversation.studentId(), conversation.heldOn(), today);
            UUID author = author(w);
            if (!TutorJournalRights.mayWriteConversation(author, classes.roles(w, author), schoolClass.classId(),
                    schoolClass.tutorId())) {
                throw UserError.of("tutorJournal.notTutor", schoolClass.className());
            }
            if (conversation.party() == ConversationParty.GUARDIAN && !repository.guardianOf(w,
                    conversation.guardianId()).map(conversation.studentId()::equals).orElse(false)) {
                throw UserError.of("tutorJournal.notTheirGuardian");
            }
            int after = schools.calendar(w, schoolClass.yearId()).workingDaysBetween(conversation.heldOn(), today);
            UUID id = Ids.next();
            repository.insert(w, id, schoolClass.classId(), conversation, topic, agreed,
                    after > CONVERSATION_WORKING_DAYS, w.clock().instant());
            return id;
        });
    }

    /** Records a behaviour note: by the tutor or the office, or by a teacher of the journal it names. */
    public UUID note(Actor actor, NewBehaviourEntry entry) {
        if (entry.studentId() == null) {
            throw UserError.of("tutorJournal.noStudent");
        }
        if (entry.kind() == null) {
            throw UserError.of("tutorJournal.noKind");
        }
        String note = required(entry.note(), "tutorJournal.noNote", MAX_NOTE);
        return store.write(actor, w -> {
            ClassOf schoolClass = classOf(w, entry.studentId(), entry.notedOn(), today(w));
            UUID author = author(w);
            boolean teaches = entry.journalId() != null && teachesStudent(w, author, entry);
            if (!TutorJournalRights.mayWriteBehaviour(author, classes.roles(w, author), schoolClass.classId(),
                    schoolClass.tutorId(), teaches)) {
                throw UserError.of("tutorJournal.notTeacher", schoolClass.className());
            }
            UUID id = Ids.next();
            repository.insert(w, id, schoolClass.classId(), entry, note, w.clock().instant());
            return id;
        });
    }

    private boolean teachesStudent(Writes w, UUID author, NewBehaviourEntry entry) {
        JournalOf journal = repository.journal(w, entry.journalId())
                .orElseThrow(() -> UserError.of("tutorJournal.noJournal"));
        boolean ofJournal = journal.groupId() != null ? repository.inGroup(w, journal.groupId(), entry.studentId())
                : classes.classOf(w, entry.studentId()).map(c -> c.classId().equals(journal.classId())).orElse(false);
        if (!ofJournal) {
            throw UserError.of("tutorJournal.notInJournal", journal.name());
        }
        return repository.teaches(w, author, entry.journalId());
    }

    private ClassOf classOf(Writes w, UUID studentId, LocalDate day, LocalDate today) {
        if (day == null) {
            throw UserError.of("tutorJournal.noDate");
        }
        if (day.isAfter(today)) {
            throw UserError.of("tutorJournal.future", day);
        }
        return classes.classOf(w, studentId).orElseThrow(() -> UserError.of("tutorJournal.noClass"));
    }

    /** Klade itself writes nothing here: every entry names the staff member who wrote it. */
    private static UUID author(Writes w) {
        UUID author = w.actor().userId();
        if (author == null) {
            throw UserError.of("tutorJournal.noAuthor");
        }
        return author;
    }

    private static LocalDate today(Writes w) {
        return LocalDate.ofInstant(w.clock().instant(), Messages.RIGA);
    }

    private static String required(String text, String missingKey, int max) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw UserError.of(missingKey);
        }
        if (stripped.length() > max) {
            throw UserError.of("tutorJournal.tooLong", max, stripped.length());
        }
        return stripped;
    }
}
