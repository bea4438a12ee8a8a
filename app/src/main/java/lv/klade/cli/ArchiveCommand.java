package lv.klade.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import lv.klade.archive.ArchiveCheck;
import lv.klade.archive.YearArchive;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.printing.PrintService;
import lv.klade.shell.Services;

/**
 * {@code klade archive --db P --user LOGIN --year 2026/27 --out FILE}: the administrator or deputy
 * director writes the year's archive (README.md, "Archiving a school year"); {@code klade archive
 * --verify FILE} checks one against its checksums: exit 0 when it is whole, 1 naming what is not.
 */
final class ArchiveCommand implements Command {
    private static final Set<String> MAKING = Set.of("db", "user", "year", "out");

    private final Clock clock;

    ArchiveCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public int run(Args args, Messages messages, PrintStream out) {
        if (!args.plain().isEmpty() || args.flag("verify") && MAKING.stream().anyMatch(args::flag)) {
            throw new Misuse("archiveCli.usage");
        }
        return args.flag("verify") ? verify(Path.of(args.required("verify")), messages, out) : make(args, messages, out);
    }

    private int make(Args args, Messages messages, PrintStream out) {
        String year = args.required("year");
        Path file = Path.of(args.required("out"));
        args.db(); // a missing --db is misuse before any file is made
        String[] yearName = new String[1];
        int entries = YearArchive.write(file, archive -> {
            Path journal;
            try (Services services = Journals.open(args, clock, messages)) {
                if (!YearArchive.mayArchive(services.user())) {
                    throw UserError.of("archive.notAllowed");
                }
                // The archive keeps the school's own documents: in Latvian, whatever --lang the user reads.
                PrintService current = services.printing(Messages.latvian(), services.user());
                PrintService printing = current.ofYear(current.yearNamed(year).id());
                yearName[0] = printing.year().name();
                archive.addDocuments(printing);
                journal = services.file();
            }
            // Closed first, so that the file copied is the journal as H2 left it, whole.
            archive.addJournal(journal);
        });
        out.println(messages.get("archiveCli.done", yearName[0], String.valueOf(entries), file));
        return 0;
    }

    private static int verify(Path file, Messages messages, PrintStream out) {
        ArchiveCheck check = ArchiveCheck.of(file);
        if (check.whole()) {
            out.println(messages.get("archiveCli.whole", file, String.valueOf(check.checked())));
            return 0;
        }
        out.println(messages.get("archiveCli.notWhole", file));
        print(out, messages, "archiveCli.missing", check.missing());
        print(out, messages, "archiveCli.extra", check.extra());
        print(out, messages, "archiveCli.changed", check.changed());
        return 1;
    }

    private static void print(PrintStream out, Messages messages, String key, List<String> names) {
        names.forEach(name -> out.println(messages.get(key, name)));
    }
}
