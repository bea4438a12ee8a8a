package lv.klade.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.i18n.Messages;
import lv.klade.school.ClassService;
import lv.klade.shell.Services;

/**
 * One school setup command's journal, opened as {@code --user}: every change goes through the
 * services as that person ({@link #actor}), so the services' rights and rules apply as in the window.
 */
record SchoolSession(Services services, Actor actor, LocalDate today, SchoolNames names, Messages messages,
                     PrintStream out) {

    /** What a command does once its journal is open; a refusal is a {@code UserError}. */
    interface Work {
        void run(SchoolSession session);
    }

    /** Opens the journal, does the work and closes it; exit code 0 when the work was done. */
    static int run(Args args, Clock clock, Messages messages, PrintStream out, Work work) {
        LocalDate today = LocalDate.now(clock.withZone(Messages.RIGA));
        try (Services services = Journals.open(args, clock, messages)) {
            work.run(new SchoolSession(services, Actor.user(services.user().id()), today,
                    new SchoolNames(services, today), messages, out));
        }
        return 0;
    }

    ClassService classes() {
        return services.classes();
    }

    UUID yearId() {
        return services.year().id();
    }

    /** The lines of the structure as it is now, after what this command changed. */
    SchoolTexts texts() {
        return SchoolTexts.of(services, messages, today);
    }

    void print(String key, Object... args) {
        out.println(messages.get(key, args));
    }
}
