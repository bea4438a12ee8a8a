package lv.klade.sync;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import lv.klade.i18n.Problem;
import lv.klade.people.Role;
import lv.klade.people.RoleGrant;

/**
 * The rights a change from a PC needs, one {@link ChangeRule} per table. Features register the
 * rules for their own tables (lessons, grades, the planner). A table nobody registered a rule for
 * is the central copy's business: only an administrator may change it from a PC.
 */
public final class ChangeRules {
    /** What a table without a rule of its own needs. */
    public static final ChangeRule ADMINISTRATOR_ONLY = ChangeRule.rolesMay(Role.ADMINISTRATOR);
    /** The student's contacts a class tutor may keep up to date (DESIGN.md: the tutor's work). */
    static final Set<String> TUTOR_STUDENT_FIELDS = Set.of("phone", "actual_address");

    private final Map<String, ChangeRule> rules = new ConcurrentHashMap<>();

    /** The rules for the tables the foundation made (school, people); features add theirs. */
    public static ChangeRules standard() {
        ChangeRules rules = new ChangeRules();
        ChangeRule office = ChangeRule.rolesMay(Role.ADMINISTRATOR, Role.REGISTRAR);
        rules.register("staff", ChangeRule.rolesMay(Role.ADMINISTRATOR, Role.REGISTRAR));
        rules.register("staff_role", ADMINISTRATOR_ONLY);
        rules.register("student", office.or(ChangeRules::tutorUpdatesContacts));
        rules.register("guardian", office);
        rules.register("enrolment", office);
        return rules;
    }

    /** The standard rules and those of lessons, the timetable, grades and the test planner: a school's rules. */
    public static ChangeRules forSchool() {
        ChangeRules rules = standard();
        SchoolRules.registerInto(rules);
        return rules;
    }

    /** Sets the rule for one table, replacing any rule it had. */
    public void register(String table, ChangeRule rule) {
        rules.put(table.toLowerCase(Locale.ROOT), rule);
    }

    public ChangeRule forTable(String table) {
        return rules.getOrDefault(table.toLowerCase(Locale.ROOT), ADMINISTRATOR_ONLY);
    }

    /** A class tutor may change a student's phone and actual address, for a student of their own class. */
    private static Optional<Problem> tutorUpdatesContacts(Change change, lv.klade.people.StaffMember author,
                                                          RowReader rows) {
        Problem refused = Problem.of("sync.refused.notTutor", author.fullName());
        if (change.operation() != Operation.UPDATE || !TUTOR_STUDENT_FIELDS.containsAll(change.fields().keySet())) {
            return Optional.of(refused);
        }
        Object classId = rows.row("student", change.rowId()).map(r -> r.get("class_id")).orElse(null);
        boolean tutors = author.roles().stream()
                .map(RoleGrant::classId)
                .anyMatch(id -> id != null && id.equals(classId instanceof UUID u ? u : null));
        return tutors ? Optional.empty() : Optional.of(refused);
    }
}
