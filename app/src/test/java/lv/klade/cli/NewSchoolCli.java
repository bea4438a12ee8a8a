package lv.klade.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import lv.klade.db.Actor;
import lv.klade.db.ChangeLog;
import lv.klade.demo.DemoSchool;
import lv.klade.i18n.Messages;
import lv.klade.people.PasswordHasher;
import lv.klade.people.Role;
import lv.klade.people.RoleGrant;
import lv.klade.people.StaffData;
import lv.klade.setup.NewSchool;
import lv.klade.setup.SchoolSetup;
import lv.klade.shell.Services;
import lv.klade.testing.TestLogins;

/**
 * A new school with nothing but its staff, and the command line as its administrator types it on
 * the year's first day: the teachers "anna" and "janis", and "aiga", who has left. Every account's
 * password is the demo's, which {@link TestTerminal} types.
 */
final class NewSchoolCli {
    /** 1 September 2026, 10:00 in Riga: the first day of the year 2026/27. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-01T07:00:00Z"), Messages.RIGA);

    final Path journal;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    NewSchoolCli(Path dir) {
        char[] password = DemoSchool.PASSWORD.toCharArray();
        journal = SchoolSetup.create(dir, new NewSchool("Jaunā skola", 2026, "Ilze", "Ozola", TestLogins.ADMIN,
                password, password.clone()), CLOCK);
        String hash = new PasswordHasher().hash(password);
        try (Services services = TestLogins.open(journal, CLOCK)) {
            Actor admin = Actor.user(services.user().id());
            teacher(services, admin, "Anna", "Bērziņa", "anna", hash);
            teacher(services, admin, "Jānis", "Ozols", "janis", hash);
            services.accounts().revoke(admin, teacher(services, admin, "Aiga", "Liepa", "aiga", hash));
        }
    }

    private static UUID teacher(Services services, Actor admin, String first, String last, String login, String hash) {
        return services.staff().add(admin, new StaffData(first, last, null, null, null, login, hash,
                Set.of(RoleGrant.of(Role.SUBJECT_TEACHER))));
    }

    /** Runs a command on this school's journal, as the administrator unless it names {@code --user}. */
    int run(String... words) {
        out.reset();
        err.reset();
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new TestTerminal());
        Commands.registerAll(cli, CLOCK);
        String[] line = Arrays.copyOf(words, words.length + 2);
        line[words.length] = "--db";
        line[words.length + 1] = journal.toString();
        return cli.run(TestTerminal.asAdmin(line));
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** What the journal holds now, read as the administrator. */
    <T> T read(Function<Services, T> reading) {
        try (Services services = TestLogins.open(journal, CLOCK)) {
            return reading.apply(services);
        }
    }

    /** How many changes the journal's change log holds: a refused command adds none. */
    long changes() {
        return read(services -> new ChangeLog(services.store()).count());
    }
}
