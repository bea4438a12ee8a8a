package lv.klade.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lv.klade.db.Actor;
import lv.klade.i18n.Messages;
import lv.klade.people.DirectorOrder;
import lv.klade.shell.Services;
import lv.klade.yearend.YearEnd;
import lv.klade.yearend.YearEndTexts;

/**
 * {@code klade year close --db P --user LOGIN --order NO [--order-date YYYY-MM-DD] [--dry-run]}: the
 * administrator closes the current school year and opens the next, as the window's "Closing the year"
 * does. It prints what it did, or why it cannot, student by student and subject (exit code 1);
 * {@code --dry-run} tries it all and changes nothing.
 */
final class YearCommands {
    private final Clock clock;

    YearCommands(Clock clock) {
        this.clock = clock;
    }

    void registerAll(Cli cli) {
        cli.register("year", this::year, "db", "user", "order", "order-date", "dry-run");
    }

    int year(Args args, Messages messages, PrintStream out) {
        List<String> plain = args.plain();
        if (plain.size() != 1 || !plain.getFirst().equals("close")) {
            throw new Misuse("yearCli.usage");
        }
        boolean dryRun = args.flag("dry-run");
        String number = dryRun ? args.option("order").orElse(null) : args.required("order");
        LocalDate today = LocalDate.now(clock.withZone(Messages.RIGA));
        DirectorOrder order = new DirectorOrder(number, args.date("order-date", today));
        try (Services services = Journals.open(args, clock, messages)) {
            Actor actor = Actor.user(services.user().id());
            YearEnd end = !dryRun ? services.yearEnd().close(actor, order)
                    : number == null ? services.yearEnd().check(actor) : services.yearEnd().preview(actor, order);
            if (!end.canClose()) {
                YearEndTexts.refusals(end, messages).forEach(out::println);
                return 1;
            }
            YearEndTexts.summary(end, messages).forEach(out::println);
            if (dryRun) {
                out.println(messages.get("yearCli.dryRun"));
            }
            return 0;
        }
    }
}
