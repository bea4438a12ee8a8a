package lv.klade.sync;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import lv.klade.i18n.Problem;
import lv.klade.people.Role;
import lv.klade.people.StaffMember;

/**
 * Whether the author of a change that arrived in a package may make it. The central copy asks the
 * rule registered for the change's table ({@link ChangeRules}); a refusal refuses that one change.
 */
@FunctionalInterface
public interface ChangeRule {

    /** Empty when {@code author} may make {@code change}; otherwise the reason it is refused. */
    Optional<Problem> check(Change change, StaffMember author, RowReader rows);

    /** Anyone who holds one of {@code roles} may change any row of the table. */
    static ChangeRule rolesMay(Role... roles) {
        Set<Role> allowed = Set.copyOf(Arrays.asList(roles));
        return (change, author, rows) -> allowed.stream().anyMatch(author::holds)
                ? Optional.empty()
                : Optional.of(Problem.of("sync.refused.role", author.fullName(), change.table()));
    }

    /** This rule, or when it refuses, {@code other}. */
    default ChangeRule or(ChangeRule other) {
        return (change, author, rows) -> check(change, author, rows).isEmpty()
                ? Optional.empty()
                : other.check(change, author, rows);
    }
}
