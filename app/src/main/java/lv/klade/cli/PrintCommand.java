package lv.klade.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.printing.PrintKind;
import lv.klade.printing.PrintPeriod;
import lv.klade.printing.PrintService;
import lv.klade.reports.BatchProgress;
import lv.klade.reports.BatchResult;
import lv.klade.school.SchoolClass;
import lv.klade.shell.Services;

/**
 * {@code klade print transcripts|report-cards|summary|absences|certificates --db P --class 7.a|all
 * [--month YYYY-MM | --semester 1|2 | --year] --out DIR [--combined] [--school-year 2025/26]}: one
 * file per student (or per class), or one combined file, for the current school year or a closed one. The command line prints with every right, as the holder of the
 * journal file.
 */
final class PrintCommand implements Command {
    private static final Map<String, PrintKind> KINDS = Map.of("transcripts", PrintKind.TRANSCRIPT,
            "report-cards", PrintKind.REPORT_CARD, "summary", PrintKind.SUMMARY, "absences", PrintKind.ABSENCES,
            "certificates", PrintKind.CERTIFICATE);

    private final Clock clock;

    PrintCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public int run(Args args, Messages messages, PrintStream out) {
        List<String> words = args.plain();
        if (words.size() != 1 || !KINDS.containsKey(words.getFirst())) {
            throw UserError.of("print.usage");
        }
        PrintKind kind = KINDS.get(words.getFirst());
        String className = args.required("class");
        Path folder = Path.of(args.required("out"));
        try (Services services = Journals.open(args, clock, messages)) {
            PrintService current = services.printing(messages, services.user());
            PrintService printing = args.option("school-year").map(label -> current.ofYear(current.yearNamed(label).id()))
                    .orElse(current);
            PrintPeriod period = period(args, kind, printing);
            List<UUID> classes = "all".equalsIgnoreCase(className)
                    ? printing.classes().stream().map(SchoolClass::id).toList()
                    : List.of(printing.classNamed(className).id());
            if (kind == PrintKind.CERTIFICATE) {
                classes = certificateClasses(printing, classes, "all".equalsIgnoreCase(className), out);
            }
            createFolder(folder);
            BatchResult result = printing.batch(kind, classes, period, folder, args.flag("combined"),
                    BatchProgress.NONE, () -> false);
            out.println(messages.get("print.done", String.valueOf(result.files().size()),
                    String.valueOf(result.printed()), folder));
        }
        return 0;
    }

    /**
     * The classes to print certificates for, after naming each student left out and why: with
     * {@code --class all} the leaving classes where anyone gets one; a class named is printed or refused.
     */
    private static List<UUID> certificateClasses(PrintService printing, List<UUID> classes, boolean all,
                                                 PrintStream out) {
        List<UUID> leaving = all ? printing.leavingClasses().stream().map(SchoolClass::id)
                .filter(printing::anyCertificate).toList() : classes;
        if (leaving.isEmpty()) {
            throw UserError.of("print.noCertificates", printing.year().name());
        }
        if (leaving.size() == 1 && !printing.anyCertificate(leaving.getFirst())) {
            return leaving; // the batch refuses it, naming each student's reason
        }
        leaving.forEach(id -> printing.certificatesLeftOut(id).forEach(out::println));
        return leaving;
    }

    private static PrintPeriod period(Args args, PrintKind kind, PrintService printing) {
        int given = (args.flag("month") ? 1 : 0) + (args.flag("semester") ? 1 : 0) + (args.flag("year") ? 1 : 0);
        if (given > 1) {
            throw UserError.of("print.onePeriod");
        }
        PrintPeriod period;
        if (args.flag("month")) {
            String text = args.required("month");
            try {
                period = new PrintPeriod.Month(YearMonth.parse(text));
            } catch (DateTimeParseException e) {
                throw UserError.of("print.badMonth", text);
            }
        } else if (args.flag("semester")) {
            period = new PrintPeriod.Semester(args.integer("semester", 0));
        } else if (args.flag("year")) {
            if (args.option("year").isPresent()) {
                throw UserError.of("print.yearTakesNoValue", args.option("year").get());
            }
            period = new PrintPeriod.Year();
        } else {
            period = printing.defaultPeriod(kind);
        }
        if (!kind.accepts(period)) {
            throw UserError.of("printing.periodNotFor", printing.messages().get(kind.messageKey()));
        }
        return period;
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw UserError.of("print.badFolder", folder, String.valueOf(e.getMessage()));
        }
    }
}
