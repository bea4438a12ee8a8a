package lv.klade.cli;

import java.io.PrintStream;
import java.text.Collator;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.people.PersonalDataAccess;
import lv.klade.people.Student;
import lv.klade.people.StudentDetails;
import lv.klade.school.GroupKind;
import lv.klade.school.MasterItem;
import lv.klade.school.SchoolClass;
import lv.klade.school.StudentGroup;

/**
 * {@code klade group add|rename|members|end|reopen|delete}: the current year's groups and their
 * students (named by personal code), through {@code ClassService} as in the window.
 */
final class GroupCommands {
    private final Clock clock;

    GroupCommands(Clock clock) {
        this.clock = clock;
    }

    void registerAll(Cli cli) {
        SubCommands group = new SubCommands("group")
                .add("add", this::add, "name", "kind", "class")
                .add("rename", this::rename, "group", "name")
                .add("members", this::members, "group", "add", "remove");
        EndCommands.addTo(group, "group", MasterItem.GROUP, clock, (names, typed) -> {
            StudentGroup found = names.group(typed);
            return new EndCommands.Found(found.id(), found.name());
        });
        group.registerOn(cli);
    }

    /**
     * {@code group add --name N [--kind KIND] [--class 7.a]}: without a kind, a split of the class
     * given, or a combined group of several classes.
     */
    int add(Args args, Messages messages, PrintStream out) {
        String name = args.required("name");
        Optional<String> className = args.value("class");
        GroupKind kind = args.value("kind").map(k -> SchoolNames.choice(GroupKind.class, k, "masterDataCli.kindUnknown"))
                .orElse(className.isPresent() ? GroupKind.SPLIT : GroupKind.COMBINED);
        return SchoolSession.run(args, clock, messages, out, s -> {
            UUID classId = className.map(c -> s.names().classInUse(c).id()).orElse(null);
            UUID id = s.classes().addGroup(s.actor(), s.yearId(), name, classId, kind);
            s.print("masterDataCli.group.added", s.texts().group(groupOf(s, id), 0));
        });
    }

    /** {@code group rename --group N --name NEW}: its journals take the new name. */
    int rename(Args args, Messages messages, PrintStream out) {
        String typed = args.required("group");
        String name = args.required("name");
        return SchoolSession.run(args, clock, messages, out, s -> {
            StudentGroup group = s.names().group(typed);
            s.classes().renameGroup(s.actor(), group.id(), name);
            s.print("masterDataCli.group.renamed", s.texts().group(groupOf(s, group.id()), members(s, group.id()).size()));
        });
    }

    /**
     * {@code group members --group N [--add CODE,CODE] [--remove CODE,CODE]}: adds and removes in one
     * transaction, so one refusal changes nothing; with neither, lists the group's students.
     */
    int members(Args args, Messages messages, PrintStream out) {
        String typed = args.required("group");
        Optional<String> add = args.value("add");
        Optional<String> remove = args.value("remove");
        return SchoolSession.run(args, clock, messages, out, s -> {
            StudentGroup group = s.names().group(typed);
            if (add.isEmpty() && remove.isEmpty()) {
                list(s, group);
                return;
            }
            List<Student> joining = add.map(codes -> s.names().currentStudents(codes)).orElse(List.of());
            List<Student> leaving = remove.map(codes -> s.names().students(codes)).orElse(List.of());
            List<UUID> present = members(s, group.id());
            // The service refuses a student who is not in the group too, but cannot say which one.
            leaving.stream().filter(student -> !present.contains(student.id())).findFirst().ifPresent(student -> {
                throw UserError.of("masterDataCli.notMember", student.personalCode().value(), student.fullName(),
                        group.name());
            });
            int added = s.services().store().write(s.actor(), w -> {
                int count = joining.isEmpty() ? 0
                        : s.classes().addGroupMembers(w, group.id(), joining.stream().map(Student::id).toList());
                leaving.forEach(student -> s.classes().removeGroupMember(w, group.id(), student.id()));
                return count;
            });
            s.print("masterDataCli.group.membersChanged", group.name(), added, leaving.size(),
                    members(s, group.id()).size());
        });
    }

    /** The group's students in Latvian alphabetical order, with their personal codes where the user may see them. */
    private static void list(SchoolSession s, StudentGroup group) {
        List<UUID> ids = members(s, group.id());
        s.print("masterDataCli.group.membersTitle", group.name(),
                s.messages().get("masterData.groupKind." + group.kind()), ids.size());
        Map<UUID, String> classNames = s.services().classRepository().classes(s.yearId()).stream()
                .collect(Collectors.toMap(SchoolClass::id, SchoolClass::name));
        Collator latvian = Collator.getInstance(Messages.LATVIAN);
        ids.stream().flatMap(id -> s.services().students().details(id).stream()).map(StudentDetails::student)
                .sorted(Comparator.comparing(Student::lastName, latvian).thenComparing(Student::firstName, latvian))
                .forEach(student -> {
                    String code = student.personalCode().value();
                    boolean shown = !code.isEmpty() && PersonalDataAccess.maySee(s.services().user(), student.classId());
                    s.print("masterDataCli.group.member", student.lastName() + " " + student.firstName(),
                            shown ? code : "—", classNames.getOrDefault(student.classId(), "—"));
                });
    }

    static List<UUID> members(SchoolSession s, UUID groupId) {
        return s.services().classRepository().groupMembers(groupId);
    }

    private static StudentGroup groupOf(SchoolSession s, UUID id) {
        return s.services().classRepository().groups(s.yearId()).stream().filter(g -> g.id().equals(id)).findFirst()
                .orElseThrow();
    }
}
