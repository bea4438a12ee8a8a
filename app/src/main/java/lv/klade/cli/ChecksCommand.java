package lv.klade.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import lv.klade.checks.CheckLine;
import lv.klade.checks.Checks;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.shell.Services;

/**
 * {@code klade checks --db P --user LOGIN [--month YYYY-MM] [--teacher LOGIN]}: the deputy director's
 * checks of a month (this month when none is given), one line each: date, what, journal or class,
 * teacher, details; the same lines as the window's "Pārbaudes".
 */
final class ChecksCommand implements Command {
    private final Clock clock;

    ChecksCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public int run(Args args, Messages messages, PrintStream out) {
        if (!args.plain().isEmpty()) {
            throw new Misuse("checksCli.usage");
        }
        YearMonth month = args.option("month").map(text -> {
            try {
                return YearMonth.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw UserError.of("checks.badMonth", text);
            }
        }).orElse(YearMonth.from(LocalDate.now(clock.withZone(Messages.RIGA))));
        Checks checks;
        try (Services services = Journals.open(args, clock, messages)) {
            checks = services.checks(messages).checks(services.user(), month, args.option("teacher"));
        }
        out.println(messages.get("checks.cli.header", month.toString(),
                checks.teacher() == null ? "" : messages.get("checks.cli.teacher", checks.teacher()),
                checks.lines().size()));
        if (checks.lines().isEmpty()) {
            out.println(messages.get("checks.cli.none"));
        }
        for (CheckLine line : checks.lines()) {
            out.println(String.join("  ", Messages.date(line.date()), messages.get(line.kind().messageKey()),
                    line.journal(), line.teacher(), line.detail()));
        }
        return 0;
    }
}
