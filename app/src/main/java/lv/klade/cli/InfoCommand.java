package lv.klade.cli;

import java.io.PrintStream;
import java.time.Clock;
import lv.klade.i18n.Messages;
import lv.klade.shell.Services;

/** {@code klade info --db PATH}: the school, the year, and counts of classes, students, staff, journals. */
final class InfoCommand implements Command {
    private final Clock clock;

    InfoCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public int run(Args args, Messages messages, PrintStream out) {
        try (Services services = Journals.open(args, clock, messages)) {
            JournalFacts facts = JournalFacts.of(services);
            out.println(messages.get("info.school", facts.school()));
            out.println(messages.get("info.year", facts.year().name(), facts.year().starts(), facts.year().ends()));
            out.println(messages.get("info.classes", facts.classes()));
            out.println(messages.get("info.students", facts.students()));
            out.println(messages.get("info.staff", facts.staff()));
            out.println(messages.get("info.journals", facts.journals()));
        }
        return 0;
    }
}
