package lv.klade.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.people.DirectorOrder;
import lv.klade.people.StudentImportCheck;
import lv.klade.people.StudentImportDefaults;
import lv.klade.people.StudentImportField;
import lv.klade.people.StudentImportFiles;
import lv.klade.people.StudentImportMapping;
import lv.klade.people.StudentImportReport;
import lv.klade.people.StudentImportService;
import lv.klade.people.StudentImportTable;
import lv.klade.shell.Services;

/**
 * {@code klade import-students --db PATH FILE [--dry-run] [--valid-only] [--mapping FILE] [--from DATE]
 * [--order NO --order-date DATE] --user LOGIN}: checks a student list and prints the report (the
 * columns, the counts, one line per problem); imports it whole when every row is valid. Exit code 0
 * when everything was imported (or, with {@code --dry-run}, would be), 1 when anything was refused.
 */
final class ImportStudentsCommand implements Command {
    /** Switches that take no value: a word after one is the file, not the switch's value. */
    private static final List<String> SWITCHES = List.of("dry-run", "valid-only");

    private final Clock clock;

    ImportStudentsCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public int run(Args args, Messages messages, PrintStream out) {
        Path file = file(args);
        Map<String, StudentImportField> chosen = args.option("mapping").map(m -> mappingFile(Path.of(m)))
                .orElse(Map.of());
        StudentImportDefaults defaults = new StudentImportDefaults(args.date("from", null),
                new DirectorOrder(args.option("order").orElse(null), args.date("order-date", null)));
        boolean dryRun = args.flag("dry-run");
        boolean validOnly = args.flag("valid-only");
        try (Services services = Journals.open(args, clock, messages)) {
            StudentImportService.requireRight(services.user());
            StudentImportTable table = StudentImportFiles.read(file);
            StudentImportService imports = new StudentImportService(services.store(), services.students(),
                    services.schoolRepository(), services.classRepository());
            StudentImportCheck check = imports.check(table, StudentImportMapping.guess(table.headers(), chosen), defaults);
            report(check, messages, out);
            if (!check.allValid() && (!validOnly || check.valid().isEmpty())) {
                out.println(StudentImportReport.policy(check, messages));
                out.println(messages.get("people.import.nothingWritten"));
                return 1;
            }
            int admitted = dryRun ? imports.tryImport(services.user(), check, validOnly)
                    : imports.importStudents(services.user(), check, validOnly);
            out.println(outcome(check, admitted, dryRun, messages));
            return check.allValid() ? 0 : 1;
        }
    }

    private static Path file(Args args) {
        List<String> plain = new ArrayList<>(args.plain());
        SWITCHES.forEach(name -> args.option(name).ifPresent(plain::add));
        if (plain.size() != 1) {
            throw UserError.of("people.import.fileMissing");
        }
        return Path.of(plain.getFirst());
    }

    private static Map<String, StudentImportField> mappingFile(Path file) {
        try {
            return StudentImportMapping.parse(Files.readString(file, StandardCharsets.UTF_8), String.valueOf(file));
        } catch (IOException e) {
            throw UserError.of("people.import.mapping.unreadable", file, String.valueOf(e.getMessage()));
        }
    }

    private static void report(StudentImportCheck check, Messages messages, PrintStream out) {
        StudentImportMapping mapping = check.mapping();
        out.println(messages.get("people.import.fileLine", check.table().fileName(), check.table().source()));
        out.println(messages.get("people.import.columnsLine", String.join(", ", IntStream.range(0, mapping.headers().size())
                .mapToObj(i -> messages.get("people.import.columnLine", mapping.headers().get(i),
                        StudentImportReport.name(mapping.fields().get(i), messages)))
                .toList())));
        out.println(StudentImportReport.counts(check, messages));
        StudentImportReport.problems(check, messages).forEach(out::println);
    }

    private static String outcome(StudentImportCheck check, int admitted, boolean dryRun, Messages messages) {
        if (check.allValid()) {
            return messages.get(dryRun ? "people.import.dryRun" : "people.import.done", admitted);
        }
        return messages.get(dryRun ? "people.import.dryRunValidOnly" : "people.import.doneValidOnly", admitted,
                check.refused());
    }
}
