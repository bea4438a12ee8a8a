package lv.klade.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.school.LatvianHolidays;
import lv.klade.school.PublicHoliday;

/** {@code klade holidays --year YYYY}: the year's Latvian public holidays, moved days included. */
final class HolidaysCommand implements Command {
    @Override
    public int run(Args args, Messages messages, PrintStream out) {
        int year = args.integer("year", LocalDate.now(Messages.RIGA).getYear());
        if (year < 1990 || year > 2200) {
            throw UserError.of("cli.yearOutOfRange", String.valueOf(year));
        }
        for (PublicHoliday holiday : LatvianHolidays.of(year)) {
            out.println(holiday.date() + " " + holiday.name(messages));
        }
        return 0;
    }
}
