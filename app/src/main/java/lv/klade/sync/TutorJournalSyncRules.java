package lv.klade.sync;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import lv.klade.i18n.Problem;
import lv.klade.people.StaffMember;
import lv.klade.tutor.TutorJournalRights;

/**
 * The central copy's rules for the tutor's journals ({@link TutorJournalRights}): an entry is made
 * once, by the staff member it names as its author, about a student of the class it names; entries
 * are not edited from a PC (the administrator's changes pass as for every table).
 */
final class TutorJournalSyncRules {
    private TutorJournalSyncRules() {
    }

    static void registerInto(ChangeRules rules) {
        ChangeRule admin = ChangeRules.ADMINISTRATOR_ONLY;
        rules.register("tutor_conversation", admin.or((c, a, rows) -> entry(c, a, rows, false)));
        rules.register("behaviour_entry", admin.or((c, a, rows) -> entry(c, a, rows, true)));
    }

    private static Optional<Problem> entry(Change change, StaffMember author, RowReader rows, boolean behaviour) {
        if (change.operation() != Operation.INSERT) {
            return Optional.of(Problem.of("sync.refused.tutorJournalEdited", author.fullName()));
        }
        List<Map<String, Object>> states = SchoolRules.states(change, rows);
        Map<String, Object> row = states.getLast();
        if (!author.id().toString().equals(SchoolRules.text(row.get("written_by")))) {
            return Optional.of(Problem.of("sync.refused.notOwnEntry", author.fullName()));
        }
        Object classId = row.get("class_id");
        boolean ofClass = SchoolRules.uuid(row.get("student_id")).flatMap(id -> rows.row("student", id))
                .map(student -> Objects.equals(SchoolRules.text(student.get("class_id")), SchoolRules.text(classId)))
                .orElse(false);
        Optional<UUID> classKey = SchoolRules.uuid(classId);
        UUID tutor = classKey.flatMap(id -> rows.row("school_class", id))
                .flatMap(c -> SchoolRules.uuid(c.get("tutor_id"))).orElse(null);
        boolean tutorOrOffice = classKey.isPresent()
                && (TutorJournalRights.tutorOrOffice(author.id(), author.roles(), classKey.get(), tutor)
                || SchoolRules.tutors(author, rows, classId));
        boolean may = behaviour
                ? tutorOrOffice || SchoolRules.teaches(author, rows, row.get("journal_id"))
                : tutorOrOffice;
        if (!ofClass || !may) {
            return Optional.of(Problem.of(behaviour ? "sync.refused.notBehaviourTeacher" : "sync.refused.notTutorJournal",
                    author.fullName()));
        }
        return Optional.empty();
    }
}
