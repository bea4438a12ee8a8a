package lv.klade.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import lv.klade.grades.Scale;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.people.StaffMember;
import lv.klade.printing.PrintPeriod;
import lv.klade.shell.Services;
import lv.klade.statistics.AbsenceRate;
import lv.klade.statistics.Decimals;
import lv.klade.statistics.Distribution;
import lv.klade.statistics.GradeFigures;
import lv.klade.statistics.Grouping;
import lv.klade.statistics.StatisticsPrint;
import lv.klade.statistics.StatisticsQuery;
import lv.klade.statistics.StatisticsService;
import lv.klade.statistics.StatisticsService.Choice;

/**
 * {@code klade stats --db P [--by class|subject|teacher|programme|group] [--class 7.a] [--subject NAME]
 * [--month YYYY-MM | --semester 1|2] [--out FILE.pdf]}: the statistics screen's figures for the current
 * year, over the journals the {@code --user} may see; with {@code --out}, the same as a PDF.
 */
final class StatsCommand implements Command {
    private final Clock clock;

    StatsCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public int run(Args args, Messages messages, PrintStream out) {
        Grouping by = args.value("by").map(name -> Grouping.named(name).orElseThrow(() -> new Misuse("statistics.cli.badBy",
                name, java.util.Arrays.stream(Grouping.values()).map(Grouping::cliName).collect(Collectors.joining("|")))))
                .orElse(Grouping.CLASS);
        PrintPeriod period = period(args);
        try (Services services = Journals.open(args, clock, messages)) {
            StaffMember viewer = services.user();
            StatisticsService statistics = services.statistics(messages);
            UUID yearId = services.year().id();
            Choice schoolClass = args.value("class").map(name -> named(statistics.classes(viewer, yearId), name,
                    "statistics.cli.unknownClass")).orElse(null);
            Choice subject = args.value("subject").map(name -> named(statistics.subjects(viewer, yearId), name,
                    "statistics.cli.unknownSubject")).orElse(null);
            StatisticsQuery query = new StatisticsQuery(yearId, statistics.days(yearId, period), by,
                    schoolClass == null ? null : schoolClass.id(), subject == null ? null : subject.id());
            print(statistics.grades(viewer, query), statistics.absences(viewer, query), query, messages, out);
            if (args.flag("out")) {
                Path file = Path.of(args.required("out"));
                StatisticsPrint.Printed pdf = services.statisticsPrint(messages)
                        .print(viewer, query, schoolClass == null ? "" : schoolClass.name(), null);
                write(file, pdf.pdf());
                out.println(messages.get("statistics.printed", file));
            }
        }
        return 0;
    }

    private static PrintPeriod period(Args args) {
        if (args.flag("month") && args.flag("semester")) {
            throw new Misuse("statistics.cli.onePeriod");
        }
        if (args.flag("month")) {
            String text = args.required("month");
            try {
                return new PrintPeriod.Month(YearMonth.parse(text));
            } catch (DateTimeParseException e) {
                throw new Misuse("statistics.cli.badMonth", text);
            }
        }
        return args.flag("semester") ? new PrintPeriod.Semester(args.integer("semester", 0)) : new PrintPeriod.Year();
    }

    private static Choice named(List<Choice> choices, String name, String problem) {
        return choices.stream().filter(c -> c.name().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> UserError.of(problem, name,
                        choices.stream().map(Choice::name).collect(Collectors.joining(", "))));
    }

    private static void print(List<GradeFigures> grades, List<AbsenceRate> absences, StatisticsQuery query,
                              Messages m, PrintStream out) {
        out.println(m.get("statistics.cli.grades", m.get(query.by().messageKey()), Messages.date(query.days().starts()),
                Messages.date(query.days().ends())));
        out.println(m.get("statistics.scalesNote"));
        if (grades.isEmpty()) {
            out.println(m.get("statistics.noData"));
        }
        for (GradeFigures g : grades) {
            StringBuilder line = new StringBuilder(g.label()).append('\t').append(m.get("statistics.cli.average",
                    g.pointsAverage().map(a -> decimal(a, m)).orElse("–")));
            for (Scale scale : Scale.values()) {
                Distribution d = g.of(scale);
                if (d.total() > 0) {
                    line.append('\t').append(m.get("statistics.scale." + scale.name())).append(": ").append(counts(d));
                }
            }
            out.println(line);
        }
        out.println();
        out.println(m.get("statistics.cli.absences", m.get(query.by().messageKey())));
        for (AbsenceRate a : absences) {
            out.println(m.get("statistics.cli.absenceLine", a.label(), String.valueOf(a.lessons()),
                    String.valueOf(a.justified()), String.valueOf(a.unjustified()), decimal(a.missedPercent(), m),
                    decimal(a.unjustifiedPercent(), m)));
        }
    }

    private static String counts(Distribution d) {
        return d.summary((mark, count) -> mark.replace(" ", "") + "×" + count, " ");
    }

    private static String decimal(java.math.BigDecimal value, Messages m) {
        return Decimals.shown(value, m.locale());
    }

    private static void write(Path file, byte[] pdf) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.write(file, pdf);
        } catch (IOException e) {
            throw UserError.of("printing.saveFailed", String.valueOf(e.getMessage()));
        }
    }
}
