package lv.klade.printing;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lv.klade.people.Role;
import lv.klade.people.RoleGrant;
import lv.klade.people.StaffMember;
import lv.klade.school.ClassRepository;
import lv.klade.school.Journal;
import lv.klade.school.SchoolClass;

/**
 * Who may print what: a class tutor their class's documents (and its journals' months), a teacher
 * the month of the journals they teach, the registrar every class's documents (the year-end papers
 * are theirs to print), the deputy director and the administrator everything.
 */
public final class PrintRights {
    private final boolean everything;
    private final boolean everyClass;
    private final Set<UUID> tutorOf;
    private final Set<UUID> teaches;

    private PrintRights(boolean everything, boolean everyClass, Set<UUID> tutorOf, Set<UUID> teaches) {
        this.everything = everything;
        this.everyClass = everything || everyClass;
        this.tutorOf = Set.copyOf(tutorOf);
        this.teaches = Set.copyOf(teaches);
    }

    /** No limits: the command line, run by whoever holds the journal file. */
    public static PrintRights everything() {
        return new PrintRights(true, true, Set.of(), Set.of());
    }

    /** A staff member's rights in a school year. */
    public static PrintRights of(StaffMember member, ClassRepository classes, UUID yearId) {
        if (member.holds(Role.ADMINISTRATOR) || member.holds(Role.DEPUTY_DIRECTOR)) {
            return everything();
        }
        Set<UUID> tutorOf = new HashSet<>();
        member.roles().stream().filter(g -> g.role() == Role.CLASS_TUTOR).map(RoleGrant::forClass)
                .flatMap(Optional::stream).forEach(tutorOf::add);
        List<SchoolClass> all = classes.classes(yearId);
        all.stream().filter(c -> member.id().equals(c.tutorId())).map(SchoolClass::id).forEach(tutorOf::add);
        Set<UUID> teaches = new HashSet<>();
        classes.journalsOfTeacher(yearId, member.id()).forEach(j -> teaches.add(j.id()));
        return new PrintRights(false, member.holds(Role.REGISTRAR), tutorOf, teaches);
    }

    /** Covers every class and journal: the deputy director, the administrator, the command line. */
    public boolean seesEverything() {
        return everything;
    }

    /** May print the class's documents (transcripts, report cards, summary, class reports). */
    public boolean mayPrintClass(UUID classId) {
        return everyClass || tutorOf.contains(classId);
    }

    /** May print a journal's month: its teacher, or the tutor of the class the journal is for. */
    public boolean mayPrintJournal(Journal journal) {
        return everything || teaches.contains(journal.id())
                || journal.classId() != null && tutorOf.contains(journal.classId());
    }

    /** Whether the member's roles can print anything at all: decides, without reading the journal, if the section shows. */
    public static boolean mayPrintSomething(StaffMember member) {
        return !member.roles().isEmpty();
    }

    /** May print anything at all. */
    public boolean mayPrintSomething() {
        return everyClass || !tutorOf.isEmpty() || !teaches.isEmpty();
    }
}
