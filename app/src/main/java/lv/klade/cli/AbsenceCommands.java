package lv.klade.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.people.StaffMember;
import lv.klade.school.DateRange;
import lv.klade.school.Journal;
import lv.klade.shell.Services;
import lv.klade.timetable.AbsenceKind;
import lv.klade.timetable.PlannedLesson;
import lv.klade.timetable.Planner;
import lv.klade.timetable.SubstituteAssignment;
import lv.klade.timetable.TeacherAbsence;

/**
 * The deputy director's teacher absences and substitutes on the command line, as the window's
 * "Prombūtne un aizvietošana" does them, through the same service and its rights:
 * <ul>
 *   <li>{@code klade absence add --teacher LOGIN --from D [--to D] --kind sick|training|other --reason TEXT}
 *       records the absence and lists the lessons it leaves without their teacher;</li>
 *   <li>{@code klade absence list [--teacher LOGIN] [--from D] [--to D]} lists the absences (default: from
 *       today to the year's end) with each lesson and who takes it;</li>
 *   <li>{@code klade absence substitute --journal "7.a Matemātika" --date D --period N --substitute LOGIN
 *       --order NO [--order-date D]} gives one lesson to a colleague;</li>
 *   <li>{@code klade absence remove --teacher LOGIN --date D} removes the absence on that day and its
 *       substitutes.</li>
 * </ul>
 */
final class AbsenceCommands {
    private static final Map<String, AbsenceKind> KINDS = Map.of("sick", AbsenceKind.SICK_LEAVE,
            "training", AbsenceKind.TRAINING, "other", AbsenceKind.OTHER);

    private final Clock clock;

    AbsenceCommands(Clock clock) {
        this.clock = clock;
    }

    void registerAll(Cli cli) {
        cli.register("absence", this::absence, "db", "user", "teacher", "from", "to", "kind", "reason", "journal",
                "date", "period", "substitute", "order", "order-date");
    }

    int absence(Args args, Messages messages, PrintStream out) {
        List<String> plain = args.plain();
        String word = plain.size() == 1 ? plain.getFirst() : "";
        if (!List.of("add", "list", "substitute", "remove").contains(word)) {
            throw new Misuse("absenceCli.usage");
        }
        LocalDate today = LocalDate.now(clock.withZone(Messages.RIGA));
        try (Services services = Journals.open(args, clock, messages)) {
            Actor actor = Actor.user(services.user().id());
            switch (word) {
                case "add" -> add(args, services, actor, messages, out);
                case "list" -> list(args, services, today, messages, out);
                case "substitute" -> substitute(args, services, actor, today, messages, out);
                default -> remove(args, services, actor, messages, out);
            }
        }
        return 0;
    }

    private void add(Args args, Services services, Actor actor, Messages messages, PrintStream out) {
        StaffMember teacher = staff(services, args.required("teacher"));
        LocalDate from = args.requiredDate("from");
        DateRange days = new DateRange(from, args.date("to", from));
        String typedKind = args.required("kind");
        AbsenceKind kind = KINDS.get(typedKind.strip().toLowerCase(Locale.ROOT));
        if (kind == null) {
            throw UserError.of("absenceCli.unknownKind", typedKind);
        }
        UUID id = services.timetable().addAbsence(actor, teacher.id(), kind, days, args.option("reason").orElse(null));
        out.println(messages.get("absenceCli.added", teacher.fullName(), days.starts(), days.ends(),
                messages.get("absence.kind." + kind.name())));
        TeacherAbsence absence = services.timetableRepository().absences(teacher.id()).stream()
                .filter(a -> a.id().equals(id)).findFirst().orElseThrow();
        lessons(services, absence, messages, out);
    }

    private void list(Args args, Services services, LocalDate today, Messages messages, PrintStream out) {
        requireRights(services);
        LocalDate from = args.date("from", today);
        DateRange days = new DateRange(from, args.date("to", services.year().ends()));
        UUID only = args.option("teacher").map(login -> staff(services, login).id()).orElse(null);
        List<TeacherAbsence> absences = services.timetableRepository().absences(days).stream()
                .filter(a -> only == null || a.staffId().equals(only)).toList();
        if (absences.isEmpty()) {
            out.println(messages.get("absenceCli.none", days.starts(), days.ends()));
        }
        Map<UUID, String> names = services.timetableRepository().staffNames();
        for (TeacherAbsence a : absences) {
            out.println(messages.get("absenceCli.absence", names.getOrDefault(a.staffId(), ""), a.days().starts(),
                    a.days().ends(), messages.get("absence.kind." + a.kind().name()), a.reason()));
            lessons(services, a, messages, out);
        }
    }

    private void substitute(Args args, Services services, Actor actor, LocalDate today, Messages messages,
                            PrintStream out) {
        Journal journal = journal(services, args.required("journal"));
        LocalDate date = args.requiredDate("date");
        int period = args.integer("period", 0);
        StaffMember substitute = staff(services, args.required("substitute"));
        services.timetable().assignSubstitute(actor, services.year().id(), journal.id(), date, period,
                substitute.id(), args.required("order"), args.date("order-date", today));
        out.println(messages.get("absenceCli.substituted", date, period, journal.name(), substitute.fullName()));
    }

    private void remove(Args args, Services services, Actor actor, Messages messages, PrintStream out) {
        StaffMember teacher = staff(services, args.required("teacher"));
        LocalDate date = args.requiredDate("date");
        TeacherAbsence absence = services.timetableRepository().absences(teacher.id()).stream()
                .filter(a -> a.days().contains(date)).findFirst()
                .orElseThrow(() -> UserError.of("absenceCli.noAbsence", teacher.fullName(), date));
        services.timetable().removeAbsence(actor, absence.id());
        out.println(messages.get("absenceCli.removed", teacher.fullName(), absence.days().starts(),
                absence.days().ends()));
    }

    /** The absence's lessons, one a line: held by a substitute, or not held. */
    private static void lessons(Services services, TeacherAbsence absence, Messages messages, PrintStream out) {
        Planner planner = services.timetableRepository().planner(services.year().id());
        List<PlannedLesson> touched = planner.touchedBy(absence);
        if (touched.isEmpty()) {
            out.println(messages.get("absenceCli.noLessons"));
            return;
        }
        Map<UUID, String> journals = services.classRepository().journals(services.year().id()).stream()
                .collect(java.util.stream.Collectors.toMap(Journal::id, Journal::name));
        Map<UUID, String> names = services.timetableRepository().staffNames();
        for (PlannedLesson lesson : touched) {
            SubstituteAssignment s = lesson.substitute();
            String who = s == null ? messages.get("absenceCli.notHeld")
                    : messages.get("absenceCli.takenBy", names.getOrDefault(s.substituteId(), ""), s.orderNo(),
                    s.orderDate());
            out.println(messages.get("absenceCli.lesson", lesson.date(), lesson.period(),
                    journals.getOrDefault(lesson.journalId(), ""), who));
        }
    }

    private static void requireRights(Services services) {
        if (!services.timetableRepository().rights(services.user().id()).mayArrangeSubstitutes()) {
            throw UserError.of("absence.rights");
        }
    }

    private static StaffMember staff(Services services, String login) {
        return services.staff().byLogin(login).orElseThrow(() -> UserError.of("absenceCli.unknownStaff", login));
    }

    private static Journal journal(Services services, String name) {
        return services.classRepository().journals(services.year().id()).stream()
                .filter(j -> j.name().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> UserError.of("absenceCli.unknownJournal", name, services.year().name()));
    }
}
