package lv.klade.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import lv.klade.demo.DemoSchool;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.people.Credentials;
import lv.klade.shell.Services;

/** {@code klade demo --db PATH [--students N] [--seed S] [--today YYYY-MM-DD]}: creates the demo school. */
final class DemoCommand implements Command {
    private final Clock clock;

    DemoCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public int run(Args args, Messages messages, PrintStream out) {
        int students = args.integer("students", DemoSchool.DEFAULT_STUDENTS);
        if (students < 1 || students > 10_000) {
            throw UserError.of("cli.studentsOutOfRange", String.valueOf(students));
        }
        long seed = args.integer("seed", (int) DemoSchool.DEFAULT_SEED);
        LocalDate today = args.date("today", LocalDate.now(clock.withZone(Messages.RIGA)));
        DemoSchool.Made made = DemoSchool.create(args.db(), students, seed, clock, today);
        // The demo's passwords are public: its first administrator reads what was made.
        try (Services services = Services.open(args.db(), Credentials.of(DemoSchool.LOGINS.getFirst(),
                DemoSchool.PASSWORD), clock)) {
            JournalFacts facts = JournalFacts.of(services);
            out.println(messages.get("demo.created", services.file(), facts.students(), facts.staff(),
                    facts.classes(), facts.journals()));
            out.println(messages.get("demo.year", made.today(), made.plannedHours() - made.droppedHours(),
                    made.lessons(), made.marks()));
        }
        return 0;
    }
}
