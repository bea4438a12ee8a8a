package lv.klade.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lv.klade.i18n.Messages;
import lv.klade.people.StaffMember;
import lv.klade.school.Journal;
import lv.klade.school.JournalKind;
import lv.klade.school.JournalTeacher;
import lv.klade.school.MasterItem;
import lv.klade.school.NewJournal;
import lv.klade.school.StudentGroup;
import lv.klade.school.Subject;
import lv.klade.school.TeacherRole;

/**
 * {@code klade journal add|teacher|teacher-end|teacher-remove|end|reopen|delete}: the current year's
 * journals (named like "7.a Matemātika") and their dated teachers, through {@code ClassService}.
 */
final class JournalCommands {
    private final Clock clock;

    JournalCommands(Clock clock) {
        this.clock = clock;
    }

    void registerAll(Cli cli) {
        SubCommands journal = new SubCommands("journal")
                .add("add", this::add, "class", "group", "subject", "kind", "teacher", "from")
                .add("teacher", this::teacher, "journal", "teacher", "from", "to", "role")
                .add("teacher-end", this::teacherEnd, "journal", "teacher", "to")
                .add("teacher-remove", this::teacherRemove, "journal", "teacher");
        EndCommands.addTo(journal, "journal", MasterItem.JOURNAL, clock, (names, typed) -> {
            Journal found = names.journal(typed);
            return new EndCommands.Found(found.id(), found.name());
        });
        journal.registerOn(cli);
    }

    /**
     * {@code journal add --class 7.a|--group N --subject S [--kind KIND] [--teacher LOGIN [--from DATE]]}:
     * a group's journal is of its group's kind unless {@code --kind} says otherwise, a class's a subject's.
     */
    int add(Args args, Messages messages, PrintStream out) {
        String subjectName = args.required("subject");
        Optional<String> className = args.value("class");
        Optional<String> groupName = args.value("group");
        Optional<JournalKind> kind = args.value("kind")
                .map(k -> SchoolNames.choice(JournalKind.class, k, "masterDataCli.journalKindUnknown"));
        Optional<String> teacher = args.value("teacher");
        LocalDate from = args.optionalDate("from");
        if (from != null && teacher.isEmpty()) {
            throw new Misuse("masterDataCli.fromWithoutTeacher");
        }
        return SchoolSession.run(args, clock, messages, out, s -> {
            Subject subject = s.names().subjectInUse(subjectName);
            UUID classId = className.map(c -> s.names().classInUse(c).id()).orElse(null);
            StudentGroup group = groupName.map(g -> s.names().groupInUse(g)).orElse(null);
            JournalKind journalKind = kind.orElse(group == null ? JournalKind.SUBJECT : group.kind().journalKind());
            List<JournalTeacher> teachers = teacher.map(login -> List.of(new JournalTeacher(
                    s.names().staff(login, "teacher").id(), TeacherRole.TEACHER, from, null))).orElse(List.of());
            UUID id = s.classes().addJournal(s.actor(), new NewJournal(s.yearId(), journalKind, subject.id(), classId,
                    group == null ? null : group.id(), teachers));
            s.print("masterDataCli.journal.added", s.texts().journal(journalOf(s, id)));
        });
    }

    /** {@code journal teacher --journal J --teacher LOGIN [--from DATE] [--to DATE] [--role teacher|accompanist]}. */
    int teacher(Args args, Messages messages, PrintStream out) {
        String journalName = args.required("journal");
        String login = args.required("teacher");
        LocalDate from = args.optionalDate("from");
        LocalDate to = args.optionalDate("to");
        TeacherRole role = args.value("role")
                .map(r -> SchoolNames.choice(TeacherRole.class, r, "masterDataCli.roleUnknown"))
                .orElse(TeacherRole.TEACHER);
        return SchoolSession.run(args, clock, messages, out, s -> {
            Journal journal = s.names().journal(journalName);
            StaffMember member = s.names().staff(login, "teacher");
            JournalTeacher teacher = new JournalTeacher(member.id(), role, from, to);
            s.classes().addJournalTeacher(s.actor(), journal.id(), teacher);
            s.print("masterDataCli.journal.teacherAdded", journal.name(), s.texts().teacher(teacher));
        });
    }

    /** {@code journal teacher-end --journal J --teacher LOGIN --to DATE}: the teacher's last day in it. */
    int teacherEnd(Args args, Messages messages, PrintStream out) {
        String journalName = args.required("journal");
        String login = args.required("teacher");
        LocalDate to = args.requiredDate("to");
        return SchoolSession.run(args, clock, messages, out, s -> {
            Journal journal = s.names().journal(journalName);
            StaffMember member = s.names().staff(login, "teacher");
            s.classes().endJournalTeacher(s.actor(), journal.id(), member.id(), to);
            s.print("masterDataCli.journal.teacherEnded", journal.name(), s.texts().person(member.id()), to);
        });
    }

    /** {@code journal teacher-remove --journal J --teacher LOGIN}: as if they had never taught in it. */
    int teacherRemove(Args args, Messages messages, PrintStream out) {
        String journalName = args.required("journal");
        String login = args.required("teacher");
        return SchoolSession.run(args, clock, messages, out, s -> {
            Journal journal = s.names().journal(journalName);
            StaffMember member = s.names().staff(login, "teacher");
            s.classes().removeJournalTeacher(s.actor(), journal.id(), member.id());
            s.print("masterDataCli.journal.teacherRemoved", journal.name(), s.texts().person(member.id()));
        });
    }

    private static Journal journalOf(SchoolSession s, UUID id) {
        return s.services().classRepository().journals(s.yearId()).stream().filter(j -> j.id().equals(id)).findFirst()
                .orElseThrow();
    }
}
