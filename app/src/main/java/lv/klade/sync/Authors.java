package lv.klade.sync;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import lv.klade.i18n.UserError;
import lv.klade.people.StaffMember;

/**
 * At the central copy, whom a PC may send changes for (SYNC-FORMAT.md, "Authors"): the users it was
 * enrolled for ({@code sync_peer.serves}), or any staff member when it was enrolled for the whole
 * school. The author of a change is what its rights are judged by, so a change with anyone else's
 * name on it comes from a tampered PC, and the whole package is refused before anything is written.
 */
final class Authors {
    private final Function<UUID, Optional<StaffMember>> staff;

    /** @param staff the staff of the central copy, by id */
    Authors(Function<UUID, Optional<StaffMember>> staff) {
        this.staff = staff;
    }

    /**
     * Refuses the package when a change has no author or one {@code sender} does not serve.
     * {@code serves} empty: a PC of the whole school, which serves every staff member, those its
     * package adds too (their rights are judged change by change, as for everyone).
     */
    void check(String file, Peer sender, List<UUID> serves, List<Change> changes) {
        Set<UUID> allowed = serves.isEmpty() ? addedStaff(changes) : Set.copyOf(serves);
        Set<UUID> checked = new HashSet<>();
        for (Change change : changes) {
            UUID author = change.userId();
            if (author == null) {
                throw UserError.of("sync.package.noAuthor", file, sender.name());
            }
            if (checked.add(author) && !allowed.contains(author)
                    && (!serves.isEmpty() || staff.apply(author).isEmpty())) {
                throw UserError.of("sync.package.foreignAuthor", file, sender.name(), name(author));
            }
        }
    }

    private static Set<UUID> addedStaff(List<Change> changes) {
        return changes.stream().filter(c -> "staff".equals(c.table()) && c.operation() == Operation.INSERT)
                .map(Change::rowId).collect(Collectors.toSet());
    }

    /** The author as the administrator knows them: the full name, or the id when this copy has no such person. */
    private String name(UUID author) {
        return staff.apply(author).map(StaffMember::fullName).orElse(author.toString());
    }
}
