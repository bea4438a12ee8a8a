package lv.klade.people;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import lv.klade.db.JournalFile;
import lv.klade.db.JournalKey;
import lv.klade.db.Keyring;
import lv.klade.db.Keyring.Guard;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;

/**
 * Logging in to a journal that is still closed: the password must open the login's entry of the
 * journal's {@link Keyring}, which gives the key the journal is encrypted with. Wrong passwords are
 * counted in the keyring, since the journal cannot be read before one is right; after too many in
 * a row the login is locked for a while, as {@link AccountService} locks an open journal's accounts.
 */
public final class JournalLogin {
    private final PasswordHasher hasher;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration lockFor;

    public JournalLogin(PasswordHasher hasher, Clock clock) {
        this.hasher = hasher;
        this.clock = clock;
        this.maxAttempts = AccountService.DEFAULT_MAX_ATTEMPTS;
        this.lockFor = AccountService.DEFAULT_LOCK;
    }

    /**
     * The journal's key for this login and password; otherwise a {@link UserError} in the login
     * screen's words (wrong password with the attempts left, locked until, revoked).
     */
    public JournalKey unlock(Path journal, String login, char[] password) {
        JournalFile file = JournalFile.of(journal);
        Keyring keyring = keyring(journal);
        String normal = Validation.login(login);
        if (normal == null || (!keyring.knows(normal) && !keyring.revoked(normal))) {
            throw UserError.of("login.unknownUser");
        }
        if (keyring.revoked(normal)) {
            throw UserError.of("login.revoked");
        }
        Instant now = clock.instant();
        Guard guard = keyring.guard(normal);
        if (guard.lockedUntil() != null && now.isBefore(guard.lockedUntil())) {
            throw UserError.of("login.locked", Messages.time(guard.lockedUntil()));
        }
        Optional<JournalKey> key = keyring.unlock(normal, derivation -> hasher.secret(password, derivation));
        if (key.isPresent()) {
            if (!guard.equals(Guard.CLEAR)) {
                keyring.withGuard(normal, Guard.CLEAR).save(file);
            }
            return key.get();
        }
        Guard next = AccountService.afterWrongPassword(guard, now, maxAttempts, lockFor);
        keyring.withGuard(normal, next).save(file);
        throw next.lockedUntil() != null ? UserError.of("login.locked", Messages.time(next.lockedUntil()))
                : UserError.of("login.wrongPassword", maxAttempts - next.failedAttempts());
    }

    /** What the login screen shows before anyone logs in: the school's name and whether it is the demo. */
    public static Keyring keyring(Path journal) {
        JournalFile file = JournalFile.of(journal);
        if (JournalFile.namesForeignFile(journal)) {
            throw UserError.of("db.notJournal", journal);
        }
        if (!file.exists()) {
            throw UserError.of("db.missing", file.file());
        }
        return Keyring.read(file);
    }
}
