package lv.klade.sync;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import lv.klade.grades.PromotionRights;
import lv.klade.checks.InspectionRights;
import lv.klade.i18n.Messages;
import lv.klade.i18n.Problem;
import lv.klade.people.Role;
import lv.klade.people.RoleGrant;
import lv.klade.people.StaffMember;

/**
 * The rights rules for the tables of lessons, the timetable, grades and the test planner: what a
 * teacher, a class tutor and the deputy director may send from a PC. An administrator may change
 * any of them except the test planner, whose published entries belong to the deputy director.
 */
final class SchoolRules {
    private static final String JUSTIFICATION = "justification_id";

    private SchoolRules() {
    }

    static void registerInto(ChangeRules rules) {
        ChangeRule admin = ChangeRules.ADMINISTRATOR_ONLY;
        rules.register("lesson", admin.or((c, a, rows) -> lessonRights(c, a, rows, states(c, rows))));
        rules.register("lesson_participant", admin.or(SchoolRules::viaLesson));
        rules.register("attendance_mark", admin.or(SchoolRules::attendanceMark));
        rules.register("absence_justification", admin.or((c, a, rows) -> tutorOfStudent(a, rows, states(c, rows))));
        rules.register("timetable_version", admin);
        // The deputy director arranges substitutes (TimetableService), as the administrator does.
        ChangeRule office = ChangeRule.rolesMay(Role.ADMINISTRATOR, Role.DEPUTY_DIRECTOR);
        rules.register("teacher_absence", office);
        rules.register("timetable_entry", admin.or(SchoolRules::tutorOfJournalClass));
        rules.register("substitute_assignment", office.or(SchoolRules::tutorOfJournalClass));
        rules.register("grade", ChangeRule.rolesMay(Role.ADMINISTRATOR, Role.DEPUTY_DIRECTOR).or(SchoolRules::grader));
        rules.register("planned_test", SchoolRules::plannedTest);
        rules.register("report_remark", ChangeRule.rolesMay(Role.ADMINISTRATOR, Role.DEPUTY_DIRECTOR)
                .or(SchoolRules::remarkTutor));
        TutorJournalSyncRules.registerInto(rules);
        MessageSyncRules.registerInto(rules);
        rules.register("promotion_decision", SchoolRules::promotionDecision);
        // Inspections are the deputy director's (and the administrator's): the service's own rule.
        ChangeRule inspector = (c, a, rows) -> InspectionRights.mayRecord(a) ? Optional.empty()
                : Optional.of(Problem.of("sync.refused.notInspector", a.fullName()));
        rules.register("inspection", inspector);
        rules.register("inspected_journal", inspector);
        // Transcripts are printed by the class's tutor or the office.
        rules.register("transcript_issue", ChangeRule.rolesMay(Role.ADMINISTRATOR, Role.DEPUTY_DIRECTOR,
                Role.REGISTRAR).or(SchoolRules::transcriptTutor));
    }

    /** A class's transcripts marked issued by its tutor. */
    private static Optional<Problem> transcriptTutor(Change change, StaffMember author, RowReader rows) {
        List<Map<String, Object>> states = states(change, rows);
        for (Map<String, Object> state : states) {
            if (!tutors(author, rows, state.get("class_id"))) {
                return Optional.of(Problem.of("sync.refused.notClassTutor", author.fullName()));
            }
        }
        return states.isEmpty() ? unknownRow(change) : Optional.empty();
    }

    /**
     * The row before the change (when it exists here) and after it: a rule must allow both, so
     * nobody moves a row out of or into a journal that is not theirs. Empty when the row is unknown.
     */
    static List<Map<String, Object>> states(Change change, RowReader rows) {
        Optional<Map<String, Object>> before = rows.row(change.table(), change.rowId());
        List<Map<String, Object>> states = new ArrayList<>();
        before.ifPresent(states::add);
        if (change.operation() == Operation.INSERT || (before.isPresent() && change.operation() == Operation.UPDATE)) {
            Map<String, Object> after = new HashMap<>(before.orElse(Map.of()));
            after.putAll(change.fields());
            states.add(after);
        }
        return states;
    }

    private static Optional<Problem> unknownRow(Change change) {
        return Optional.of(Problem.of("sync.refused.rowUnknown", change.table(), change.rowId()));
    }

    /** A lesson of a journal the author teaches, or a lesson they were assigned to substitute. */
    private static Optional<Problem> lessonRights(Change change, StaffMember author, RowReader rows,
                                                  List<Map<String, Object>> lessons) {
        if (lessons.isEmpty()) {
            return unknownRow(change);
        }
        for (Map<String, Object> lesson : lessons) {
            Object journal = lesson.get("journal_id");
            // The journal's own teacher first: asking for a substitution costs a query for each lesson.
            boolean allowed = teaches(author, rows, journal) || substitutesAdHoc(change, author, lesson)
                    || lesson.get("period_no") != null && rows.exists("substitute_assignment", Map.of(
                    "journal_id", text(journal), "lesson_date", text(lesson.get("lesson_date")),
                    "period_no", lesson.get("period_no"), "substitute_id", author.id()));
            if (!allowed) {
                return Optional.of(Problem.of("sync.refused.notJournalTeacher", author.fullName(), journalName(rows, journal)));
            }
        }
        return Optional.empty();
    }

    /**
     * A substitution nobody recorded beforehand: a lesson of the substituted type that names the
     * author as who taught it, written on the lesson's own day (in Riga). A teacher cannot so fill
     * another journal's past or future lessons; those need the deputy director's assignment.
     */
    private static boolean substitutesAdHoc(Change change, StaffMember author, Map<String, Object> lesson) {
        return "SUBSTITUTED".equals(text(lesson.get("lesson_type")))
                && author.id().toString().equals(text(lesson.get("teacher_id")))
                && LocalDate.ofInstant(change.madeAt(), Messages.RIGA).toString().equals(text(lesson.get("lesson_date")));
    }

    /** A row that belongs to a lesson (a participant, a mark): the author must have the lesson's rights. */
    private static Optional<Problem> viaLesson(Change change, StaffMember author, RowReader rows) {
        List<Map<String, Object>> states = states(change, rows);
        if (states.isEmpty()) {
            return unknownRow(change);
        }
        List<Map<String, Object>> lessons = new ArrayList<>();
        for (Map<String, Object> state : states) {
            Optional<Map<String, Object>> lesson = uuid(state.get("lesson_id")).flatMap(id -> rows.row("lesson", id));
            if (lesson.isEmpty()) {
                return Optional.of(Problem.of("sync.refused.rowUnknown", "lesson", state.get("lesson_id")));
            }
            lessons.add(lesson.get());
        }
        return lessonRights(change, author, rows, lessons);
    }

    /**
     * The lesson's teacher marks attendance (and clears a justification when the code changes); only
     * the class's tutor sets or removes a justification on its own.
     */
    private static Optional<Problem> attendanceMark(Change change, StaffMember author, RowReader rows) {
        Map<String, Object> fields = change.fields();
        boolean justifies = fields.containsKey(JUSTIFICATION)
                && (fields.get(JUSTIFICATION) != null || !fields.containsKey("code"));
        boolean marks = change.operation() != Operation.UPDATE
                || fields.keySet().stream().anyMatch(column -> !column.equals(JUSTIFICATION));
        if (justifies) {
            Optional<Problem> problem = tutorOfStudent(author, rows, states(change, rows));
            if (problem.isPresent()) {
                return problem;
            }
        }
        return marks ? viaLesson(change, author, rows) : Optional.empty();
    }

    /** The tutor of the class of the student the row is about. */
    private static Optional<Problem> tutorOfStudent(StaffMember author, RowReader rows,
                                                    List<Map<String, Object>> states) {
        for (Map<String, Object> state : states) {
            Object classId = uuid(state.get("student_id")).flatMap(id -> rows.row("student", id))
                    .map(student -> student.get("class_id")).orElse(null);
            if (!tutors(author, rows, classId)) {
                return Optional.of(Problem.of("sync.refused.notClassTutor", author.fullName()));
            }
        }
        return states.isEmpty() ? Optional.of(Problem.of("sync.refused.notClassTutor", author.fullName()))
                : Optional.empty();
    }

    /** A report card remark: the tutor of the student's class writes it (the office by role, above). */
    private static Optional<Problem> remarkTutor(Change change, StaffMember author, RowReader rows) {
        return tutorOfStudent(author, rows, states(change, rows))
                .map(refused -> Problem.of("sync.refused.notRemarkTutor", author.fullName()));
    }

    /**
     * A promotion decision, by the rule its write path keeps ({@link PromotionRights}): the tutor of the
     * student's class, the deputy director or an administrator.
     */
    private static Optional<Problem> promotionDecision(Change change, StaffMember author, RowReader rows) {
        List<Map<String, Object>> states = states(change, rows);
        for (Map<String, Object> state : states) {
            Optional<Map<String, Object>> schoolClass = uuid(state.get("student_id"))
                    .flatMap(id -> rows.row("student", id)).flatMap(student -> uuid(student.get("class_id")))
                    .flatMap(id -> rows.row("school_class", id));
            // A student in no class here: only the office, whom the rule lets decide for any class.
            UUID classId = schoolClass.flatMap(c -> uuid(c.get("id"))).orElse(new UUID(0, 0));
            UUID tutorId = schoolClass.flatMap(c -> uuid(c.get("tutor_id"))).orElse(null);
            if (!PromotionRights.mayDecide(author.id(), author.roles(), classId, tutorId)) {
                return Optional.of(Problem.of("sync.refused.notPromotionTutor", author.fullName()));
            }
        }
        return states.isEmpty() ? unknownRow(change) : Optional.empty();
    }

    /** A timetable row of a journal of the author's own class. */
    private static Optional<Problem> tutorOfJournalClass(Change change, StaffMember author, RowReader rows) {
        List<Map<String, Object>> states = states(change, rows);
        for (Map<String, Object> state : states) {
            Object classId = uuid(state.get("journal_id")).flatMap(id -> rows.row("journal", id))
                    .map(journal -> journal.get("class_id")).orElse(null);
            if (!tutors(author, rows, classId)) {
                return Optional.of(Problem.of("sync.refused.notTimetableTutor", author.fullName()));
            }
        }
        return states.isEmpty() ? unknownRow(change) : Optional.empty();
    }

    /** A grade in a journal the author teaches. */
    private static Optional<Problem> teacherOfJournal(Change change, StaffMember author, RowReader rows) {
        List<Map<String, Object>> states = states(change, rows);
        for (Map<String, Object> state : states) {
            if (!teaches(author, rows, state.get("journal_id"))) {
                return Optional.of(Problem.of("sync.refused.notJournalTeacher", author.fullName(),
                        journalName(rows, state.get("journal_id"))));
            }
        }
        return states.isEmpty() ? unknownRow(change) : Optional.empty();
    }

    /**
     * A grade by a teacher of its journal, or by the substitute who taught the grade's lesson: the
     * same people the grade write path lets save it on the PC.
     */
    private static Optional<Problem> grader(Change change, StaffMember author, RowReader rows) {
        List<Map<String, Object>> states = states(change, rows);
        for (Map<String, Object> state : states) {
            boolean taughtLesson = uuid(state.get("lesson_id")).flatMap(id -> rows.row("lesson", id))
                    .map(lesson -> Objects.equals(text(lesson.get("teacher_id")), author.id().toString()))
                    .orElse(false);
            if (!taughtLesson && !teaches(author, rows, state.get("journal_id"))) {
                return Optional.of(Problem.of("sync.refused.notJournalTeacher", author.fullName(),
                        journalName(rows, state.get("journal_id"))));
            }
        }
        return states.isEmpty() ? unknownRow(change) : Optional.empty();
    }

    /** The deputy director changes any planner entry; a teacher of the journal only one still a draft. */
    private static Optional<Problem> plannedTest(Change change, StaffMember author, RowReader rows) {
        if (author.holds(Role.DEPUTY_DIRECTOR)) {
            return Optional.empty();
        }
        Optional<Map<String, Object>> stored = rows.row("planned_test", change.rowId());
        if (stored.filter(test -> "PUBLISHED".equals(text(test.get("state")))).isPresent()) {
            return Optional.of(Problem.of("sync.refused.publishedTest", author.fullName(),
                    String.valueOf(stored.get().get("topic"))));
        }
        return teacherOfJournal(change, author, rows);
    }

    static boolean teaches(StaffMember author, RowReader rows, Object journalId) {
        return journalId != null
                && rows.exists("journal_teacher", Map.of("journal_id", text(journalId), "staff_id", author.id()));
    }

    /** A class tutor by their role's grant or as the class's named tutor. */
    static boolean tutors(StaffMember author, RowReader rows, Object classId) {
        if (classId == null) {
            return false;
        }
        String id = text(classId);
        return author.roles().stream().map(RoleGrant::classId).anyMatch(c -> c != null && c.toString().equals(id))
                || uuid(classId).flatMap(c -> rows.row("school_class", c))
                .map(c -> Objects.equals(text(c.get("tutor_id")), author.id().toString())).orElse(false);
    }

    private static String journalName(RowReader rows, Object journalId) {
        return uuid(journalId).flatMap(id -> rows.row("journal", id)).map(j -> String.valueOf(j.get("name")))
                .orElse(String.valueOf(journalId));
    }

    /** Values come as JSON text from a package and as Java values from a row: text compares both. */
    static String text(Object value) {
        return value == null ? null : value.toString();
    }

    static Optional<UUID> uuid(Object value) {
        if (value instanceof UUID id) {
            return Optional.of(id);
        }
        try {
            return value == null ? Optional.empty() : Optional.of(UUID.fromString(value.toString()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
