package lv.klade.cli;

import java.time.Clock;
import java.util.Arrays;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.people.Credentials;
import lv.klade.shell.Services;

/**
 * How a command opens its journal: as the person {@code --user LOGIN} names, with the password from
 * {@code KLADE_PASSWORD} or the terminal, and with that person's rights, as the window would.
 */
final class Journals {
    private Journals() {
    }

    static Services open(Args args, Clock clock, Messages messages) {
        Credentials who = credentials(args, messages);
        try {
            return Services.open(args.db(), who, clock,
                    percent -> args.terminal().progress(messages.get("db.encrypting", args.db(), percent)));
        } finally {
            Arrays.fill(who.password(), '\0');
        }
    }

    /** {@code --user} and the password for it. */
    static Credentials credentials(Args args, Messages messages) {
        String login = args.required("user");
        char[] password = args.terminal().password(messages.get("cli.password.prompt", login))
                .orElseThrow(() -> UserError.of("cli.password.missing", login));
        return new Credentials(login, password);
    }
}
