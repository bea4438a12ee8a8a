package lv.klade.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import lv.klade.checks.CheckFilter;
import lv.klade.checks.CheckLine;
import lv.klade.checks.CheckTexts;
import lv.klade.checks.ChecksRights;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.people.StaffMember;
import lv.klade.shell.Services;

/**
 * {@code klade checks --db PATH --user LOGIN [--month YYYY-MM] [--teacher LOGIN]}: the deputy
 * director's checks, one finding a line, as the window's checks section lists them. A month outside
 * the school year is misuse (exit 2); a user who may not run the checks is refused (exit 1).
 */
final class ChecksCommand implements Command {
    private final Clock clock;

    ChecksCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public int run(Args args, Messages messages, PrintStream out) {
        Optional<YearMonth> month = month(args);
        Optional<String> teacherLogin = args.value("teacher");
        try (Services services = Journals.open(args, clock, messages)) {
            StaffMember user = services.user();
            if (!ChecksRights.mayCheck(user)) {
                throw UserError.of("checks.notAllowed", user.fullName());
            }
            month.ifPresent(m -> {
                if (!services.checks().months().contains(m)) {
                    throw new Misuse("checks.monthOutsideYear", m.toString(), services.yearName());
                }
            });
            StaffMember teacher = teacherLogin.map(login -> services.staff().byLogin(login)
                    .orElseThrow(() -> UserError.of("checks.teacherUnknown", login))).orElse(null);
            List<CheckLine> lines = services.checks().run(user,
                    new CheckFilter(month.orElse(null), teacher == null ? null : teacher.id(), null));
            String title = month.map(m -> messages.get("checks.title.month", services.yearName(), m.toString()))
                    .orElse(services.yearName());
            if (teacher != null) {
                title = messages.get("checks.title.teacher", title, teacher.fullName());
            }
            out.println(messages.get("checks.title", title));
            lines.forEach(line -> out.println(CheckTexts.line(line, messages)));
            Optional<String> pdf = args.value("pdf");
            if (pdf.isPresent()) {
                write(java.nio.file.Path.of(pdf.get()), CheckTexts.pdf(lines, services.schoolName(),
                        services.yearName(), title, java.time.LocalDate.now(clock.withZone(Messages.RIGA)), messages));
            }
            out.println(lines.isEmpty() ? messages.get("checks.none") : messages.get("checks.count", lines.size()));
        }
        return 0;
    }

    private static void write(java.nio.file.Path file, byte[] pdf) {
        try {
            java.nio.file.Files.write(file, pdf);
        } catch (java.io.IOException e) {
            throw UserError.of("checks.pdfFailed", file, e.getMessage());
        }
    }

    private static Optional<YearMonth> month(Args args) {
        Optional<String> text = args.value("month");
        try {
            return text.map(t -> YearMonth.parse(t.strip()));
        } catch (DateTimeParseException e) {
            throw new Misuse("checks.badMonth", text.orElseThrow());
        }
    }
}
