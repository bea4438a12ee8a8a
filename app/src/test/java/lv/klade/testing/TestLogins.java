package lv.klade.testing;

import java.nio.file.Path;
import java.time.Clock;
import lv.klade.db.JournalKey;
import lv.klade.db.Keyring;
import lv.klade.demo.DemoSchool;
import lv.klade.people.Credentials;
import lv.klade.people.JournalLogin;
import lv.klade.people.PasswordHasher;
import lv.klade.shell.Services;

/**
 * Opening the tests' demo journals as a person would: every demo user's password is
 * {@link DemoSchool#PASSWORD}, so a test logs in as the administrator, or on a PC that serves only
 * some users, as the first of them.
 */
public final class TestLogins {
    public static final String ADMIN = "admin";

    private TestLogins() {
    }

    /** A demo user's login and password. */
    public static Credentials demo(String login) {
        return Credentials.of(login, DemoSchool.PASSWORD);
    }

    /** Opens a demo journal as its administrator, or as the first user the journal lets in. */
    public static Services open(Path journal, Clock clock) {
        return Services.open(journal, demo(someone(journal)), clock);
    }

    /** A login the journal lets in: the administrator when it does. */
    public static String someone(Path journal) {
        Keyring keyring = JournalLogin.keyring(journal);
        return keyring.knows(ADMIN) ? ADMIN : keyring.logins().getFirst();
    }

    /** H2's file password for the journal's key: for tests that decrypt a journal with H2's own tools. */
    public static char[] keyPassword(Path journal) {
        return lv.klade.db.DbTestAccess.filePassword(key(journal));
    }

    /** The journal's key, as the demo password gives it: for tests that open the database itself. */
    public static JournalKey key(Path journal) {
        PasswordHasher hasher = new PasswordHasher();
        return JournalLogin.keyring(journal)
                .unlockAny(derivation -> hasher.secret(DemoSchool.PASSWORD.toCharArray(), derivation))
                .orElseThrow(() -> new IllegalStateException("The demo password opens no entry of " + journal));
    }
}
