package lv.klade.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import lv.klade.db.Actor;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.people.Credentials;
import lv.klade.shell.Services;
import lv.klade.sync.Enrolled;
import lv.klade.sync.ExportResult;
import lv.klade.sync.ImportReport;
import lv.klade.sync.Joined;
import lv.klade.sync.SyncService;
import lv.klade.sync.SyncTexts;

/**
 * {@code klade enrol|revoke|join|export|import|sync-status}: sync by files from the command line, as
 * the person {@code --user} names and with their rights (only an administrator enrols and revokes).
 */
final class SyncCommands {
    private final Clock clock;

    SyncCommands(Clock clock) {
        this.clock = clock;
    }

    void registerAll(Cli cli) {
        cli.register("enrol", this::enrol, "db", "user", "pc", "users", "out");
        cli.register("revoke", this::revoke, "db", "user", "pc");
        cli.register("join", this::join, "db", "user");
        cli.register("export", this::export, "db", "user", "out", "pc");
        cli.register("import", this::importPackages, "db", "user");
        cli.register("sync-status", this::status, "db", "user");
    }

    /** {@code enrol --db CENTRAL --pc NAME [--users LOGIN,LOGIN] --out FILE}. */
    int enrol(Args args, Messages messages, PrintStream out) {
        String pc = args.required("pc");
        Path file = Path.of(args.required("out"));
        List<String> users = args.option("users").map(list -> java.util.Arrays.stream(list.split(","))
                .map(String::strip).filter(login -> !login.isEmpty()).toList()).orElse(List.of());
        try (Services services = Journals.open(args, clock, messages)) {
            Enrolled enrolled = services.sync().enrol(Actor.user(services.user().id()), pc, users, file);
            out.println(messages.get("syncCli.enrolled", enrolled.name(), enrolled.file(), enrolled.rows(),
                    enrolled.changes()));
        }
        return 0;
    }

    /** {@code revoke --db CENTRAL --pc NAME --user LOGIN}: the PC's later packages are refused. */
    int revoke(Args args, Messages messages, PrintStream out) {
        String pc = args.required("pc");
        try (Services services = Journals.open(args, clock, messages)) {
            services.sync().revoke(Actor.user(services.user().id()), pc);
            out.println(messages.get("syncCli.revoked", pc));
        }
        return 0;
    }

    /** {@code join --db P FILE --user LOGIN}: the person joining opens the enrolment file with their login. */
    int join(Args args, Messages messages, PrintStream out) {
        Path file = onePlain(args);
        Credentials who = Journals.credentials(args, messages);
        Joined joined = SyncService.join(args.db(), file, who, clock);
        out.println(messages.get("syncCli.joined", joined.journal(), joined.name(), joined.rows()));
        return 0;
    }

    /** {@code export --db P --out FILE}; at the central copy with {@code --pc NAME}. */
    int export(Args args, Messages messages, PrintStream out) {
        Path file = Path.of(args.required("out"));
        try (Services services = Journals.open(args, clock, messages)) {
            ExportResult result = args.option("pc").isPresent()
                    ? services.sync().exportTo(args.option("pc").get(), file)
                    : services.sync().export(file);
            out.println(messages.get("syncCli.exported", result.file(), result.receiverName(), result.changes()));
        }
        return 0;
    }

    /** {@code import --db P FILE...}: the report; exit 1 when a package or any change was refused. */
    int importPackages(Args args, Messages messages, PrintStream out) {
        List<Path> files = args.plain().stream().map(Path::of).toList();
        if (files.isEmpty()) {
            throw UserError.of("syncCli.fileMissing");
        }
        try (Services services = Journals.open(args, clock, messages)) {
            ImportReport report = services.sync().importPackages(Actor.user(services.user().id()), files);
            SyncTexts.report(report, messages).forEach(out::println);
            return report.anyRefused() ? 1 : 0;
        }
    }

    /** {@code sync-status --db P}. */
    int status(Args args, Messages messages, PrintStream out) {
        try (Services services = Journals.open(args, clock, messages)) {
            SyncTexts.status(services.sync().status(), messages).forEach(out::println);
        }
        return 0;
    }

    private static Path onePlain(Args args) {
        List<String> plain = args.plain();
        if (plain.size() != 1) {
            throw UserError.of("syncCli.fileMissing");
        }
        return Path.of(plain.get(0));
    }
}
