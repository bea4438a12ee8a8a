package lv.klade.lessons.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lv.klade.people.Role;
import lv.klade.people.RoleGrant;
import lv.klade.people.StaffMember;
import lv.klade.school.ClassRepository;
import lv.klade.school.Journal;
import lv.klade.school.SchoolClass;
import lv.klade.school.SchoolRepository;
import lv.klade.school.StudentGroup;

/**
 * Which classes of the current year a staff member may see: the office (administrator, deputy
 * director, registrar) all of them, a tutor their own, a teacher those whose journals they teach.
 * Reads the journal: call it off the FX thread.
 */
public final class VisibleClasses {
    private static final Set<Role> SEE_ALL = Set.of(Role.ADMINISTRATOR, Role.DEPUTY_DIRECTOR, Role.REGISTRAR);

    private final SchoolRepository school;
    private final ClassRepository classes;

    public VisibleClasses(SchoolRepository school, ClassRepository classes) {
        this.school = school;
        this.classes = classes;
    }

    /** The classes whose diary the member may read, in the school's order. */
    public List<ClassOption> forDiary(StaffMember member) {
        return school.currentYear().map(year -> {
            List<SchoolClass> all = classes.classes(year.id());
            if (member.roles().stream().anyMatch(g -> SEE_ALL.contains(g.role()))) {
                return options(all, all.stream().map(SchoolClass::id).collect(Collectors.toSet()));
            }
            Set<UUID> seen = new HashSet<>(tutored(member.roles()));
            Map<UUID, UUID> groupClass = classes.groups(year.id()).stream().filter(g -> !g.combined())
                    .collect(Collectors.toMap(StudentGroup::id, StudentGroup::classId));
            for (Journal journal : classes.journalsOfTeacher(year.id(), member.id())) {
                if (journal.classId() != null) {
                    seen.add(journal.classId());
                } else if (groupClass.containsKey(journal.groupId())) {
                    seen.add(groupClass.get(journal.groupId()));
                }
            }
            return options(all, seen);
        }).orElse(List.of());
    }

    /** The classes the member is tutor of, in the school's order. */
    public List<ClassOption> tutored(StaffMember member) {
        return school.currentYear().map(year -> options(classes.classes(year.id()), tutored(member.roles())))
                .orElse(List.of());
    }

    private static Set<UUID> tutored(Set<RoleGrant> roles) {
        return roles.stream().filter(g -> g.role() == Role.CLASS_TUTOR).map(RoleGrant::classId)
                .collect(Collectors.toSet());
    }

    private static List<ClassOption> options(List<SchoolClass> all, Set<UUID> which) {
        return all.stream().filter(c -> which.contains(c.id())).map(c -> new ClassOption(c.id(), c.name())).toList();
    }
}
