package lv.klade.sync;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import lv.klade.messages.MessageAudience;
import lv.klade.people.PersonalDataAccess;
import lv.klade.people.StaffMember;
import lv.klade.tutor.TutorJournalRights;

/**
 * What one PC may receive from the central copy (SYNC-FORMAT.md, "What each PC receives"). A PC
 * enrolled for some users gets the lessons, attendance and grades of the journals they teach and of
 * the classes they tutor, and students' personal data and guardians only of the classes whose personal
 * data those users may see ({@link PersonalDataAccess}); everything else of the school (staff, classes,
 * journals, the timetable, substitutions, the test planner) goes to every PC. A PC enrolled for a user
 * of the school office gets everything but other staff members' password hashes, which go only to the
 * PC of the whole school: only the users a PC serves log in on it. The tutor's journals and messages
 * are narrowed on every PC ({@link #PRIVATE}).
 */
final class Scope {
    /** A student's personal data: left out of the student rows a PC may not see it for. */
    static final Set<String> STUDENT_PERSONAL = Set.of("personal_code", "phone", "actual_address",
            "declared_address", "id_document_no", "id_document_issuer", "id_document_date");
    /** Another staff member's password hash: only the users a PC serves log in on it. */
    private static final Set<String> STAFF_PASSWORD = Set.of("password_hash");
    /** Another staff member's personal code and password hash. */
    private static final Set<String> STAFF_PRIVATE = Set.of("personal_code", "password_hash");
    /**
     * The tables whose rows are private to some staff even on an office PC: the tutor's journals go
     * only to PCs of the class's tutor, the entry's author, the deputy director or the administrator
     * ({@link TutorJournalRights}); a message only to its sender's and recipients' PCs.
     */
    private static final Set<String> PRIVATE = Set.of("tutor_conversation", "behaviour_entry", "message",
            "message_read");
    /** The column of each table a row needs a value in: an insert left without it gets it empty. */
    private static final Map<String, String> REQUIRED = Map.of("student", "personal_code", "staff", "password_hash");

    private final boolean everyone;
    private final boolean seesAll;
    private final Set<UUID> users;
    private final List<StaffMember> members;
    private final Set<UUID> journals;
    private final Set<UUID> tutored;
    private final Set<UUID> classes;
    private final BiFunction<String, UUID, Optional<Map<String, Object>>> rows;
    private final Map<String, Optional<Map<String, Object>>> seen = new HashMap<>();

    /**
     * @param everyone a PC of the whole school: nothing is narrowed
     * @param seesAll a PC of the school office (or the whole school): only other staff's password hashes are left out
     */
    private Scope(boolean everyone, boolean seesAll, Set<UUID> users, List<StaffMember> members, Set<UUID> journals,
                  Set<UUID> tutored, Set<UUID> classes, BiFunction<String, UUID, Optional<Map<String, Object>>> rows) {
        this.everyone = everyone;
        this.seesAll = seesAll;
        this.users = users;
        this.members = members;
        this.journals = journals;
        this.tutored = tutored;
        this.classes = classes;
        this.rows = rows;
    }

    static Scope wholeSchool() {
        return new Scope(true, true, Set.of(), List.of(), Set.of(), Set.of(), Set.of(), (t, id) -> Optional.empty());
    }

    /**
     * The scope of a PC for {@code members}: the journals they teach or whose class they tutor, the
     * classes they tutor and those of their journals. {@code rows} reads the central copy's rows.
     */
    static Scope of(List<StaffMember> members, Set<UUID> journals, Set<UUID> tutored, Set<UUID> classes,
                    BiFunction<String, UUID, Optional<Map<String, Object>>> rows) {
        boolean office = members.stream().anyMatch(PersonalDataAccess::seesEveryone);
        Set<UUID> users = Set.copyOf(members.stream().map(StaffMember::id).toList());
        // Hash sets: a class or journal not known (null) is simply not in them.
        return new Scope(false, office, users, members, new HashSet<>(journals), new HashSet<>(tutored),
                new HashSet<>(classes), rows);
    }

    /** A PC of the whole school, enrolled without users: it receives everything as the central copy holds it. */
    boolean isWholeSchool() {
        return everyone;
    }

    /** Whether rows of {@code table} may reach this PC other than as the central copy holds them. */
    boolean narrows(String table) {
        return !everyone && (!seesAll || "staff".equals(table) || PRIVATE.contains(table));
    }

    /** The change as this PC may receive it: whole, without the fields it may not see, or not at all. */
    Optional<Change> narrow(Change c) {
        if (!narrows(c.table()) || c.operation() == Operation.DELETE) {
            // A delete carries no values, and one of a row the PC does not have changes nothing there.
            return Optional.of(c);
        }
        return switch (c.table()) {
            case "lesson" -> keepIf(c, inJournal(value(c, "journal_id")));
            case "lesson_participant" -> keepIf(c, lessonSeen(value(c, "lesson_id")));
            case "attendance_mark" -> keepIf(c, lessonSeen(value(c, "lesson_id"))
                    || tutored.contains(classOf(value(c, "student_id"))));
            case "grade" -> keepIf(c, inJournal(value(c, "journal_id"))
                    || tutored.contains(classOf(value(c, "student_id"))));
            case "absence_justification" -> keepIf(c, classes.contains(classOf(value(c, "student_id"))));
            case "tutor_conversation", "behaviour_entry" -> keepIf(c, seesTutorJournals()
                    || tutored.contains(uuid(value(c, "class_id"))) || users.contains(uuid(value(c, "written_by"))));
            case "message" -> keepIf(c, forMany(value(c, "audience"))
                    || users.contains(uuid(value(c, "recipient_id"))) || users.contains(uuid(value(c, "sender_id"))));
            case "message_read" -> keepIf(c, users.contains(uuid(value(c, "staff_id"))));
            // Inspections are the office's (InspectionRights): a teacher's PC does not receive them.
            case "inspection", "inspected_journal" -> Optional.empty();
            case "guardian" -> keepIf(c, maySeePersonal(classOf(value(c, "student_id"))));
            case "student" -> maySeePersonal(uuid(value(c, "class_id"))) ? Optional.of(c) : without(c, STUDENT_PERSONAL);
            case "staff" -> users.contains(c.rowId()) ? Optional.of(c)
                    : without(c, seesAll ? STAFF_PASSWORD : STAFF_PRIVATE);
            default -> Optional.of(c);
        };
    }

    /** A row as this PC may receive it (as if it were inserted now), or empty. */
    Optional<Map<String, Object>> narrowRow(String table, Map<String, Object> row) {
        UUID id = uuid(row.get("id"));
        Change insert = new Change(0, new UUID(0, 0), table, id, Operation.INSERT, row, null, new UUID(0, 0),
                Instant.EPOCH);
        return narrow(insert).map(Change::fields);
    }

    private static Optional<Change> keepIf(Change c, boolean keep) {
        return keep ? Optional.of(c) : Optional.empty();
    }

    /** The change without {@code hidden} fields; an insert keeps its table's required column, empty. */
    private static Optional<Change> without(Change c, Set<String> hidden) {
        Map<String, Object> fields = new LinkedHashMap<>(c.fields());
        fields.keySet().removeAll(hidden);
        String required = REQUIRED.get(c.table());
        if (c.operation() == Operation.INSERT && required != null && hidden.contains(required)
                && c.fields().get(required) != null) {
            fields.put(required, "");
        }
        if (c.operation() == Operation.UPDATE && fields.keySet().stream().allMatch("id"::equals)) {
            return Optional.empty();
        }
        return Optional.of(new Change(c.seq(), c.id(), c.table(), c.rowId(), c.operation(), fields, c.userId(),
                c.installationId(), c.madeAt()));
    }

    /** The deputy director or an administrator is among the PC's users. */
    private boolean seesTutorJournals() {
        return members.stream().anyMatch(m -> !m.revoked() && TutorJournalRights.office(m.roles()));
    }

    private static boolean forMany(Object audience) {
        return audience != null && Arrays.stream(MessageAudience.values())
                .anyMatch(a -> a.isForMany() && a.name().equals(audience.toString()));
    }

    private boolean maySeePersonal(UUID classId) {
        return members.stream().anyMatch(m -> PersonalDataAccess.maySee(m, classId));
    }

    private boolean inJournal(Object journalId) {
        UUID id = uuid(journalId);
        return id != null && journals.contains(id);
    }

    private boolean lessonSeen(Object lessonId) {
        UUID id = uuid(lessonId);
        return id != null && inJournal(row("lesson", id).map(r -> r.get("journal_id")).orElse(null));
    }

    private UUID classOf(Object studentId) {
        UUID id = uuid(studentId);
        return id == null ? null : uuid(row("student", id).map(r -> r.get("class_id")).orElse(null));
    }

    /** The value the change sets, or else the one the row has now at the central copy. */
    private Object value(Change c, String column) {
        if (c.fields().containsKey(column)) {
            return c.fields().get(column);
        }
        return row(c.table(), c.rowId()).map(r -> r.get(column)).orElse(null);
    }

    private Optional<Map<String, Object>> row(String table, UUID id) {
        return seen.computeIfAbsent(table + ":" + id, key -> rows.apply(table, id));
    }

    private static UUID uuid(Object value) {
        if (value == null || value instanceof UUID) {
            return (UUID) value;
        }
        try {
            return UUID.fromString(value.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
