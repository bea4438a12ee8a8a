package lv.klade.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.db.JournalStore;
import lv.klade.db.Writes;
import lv.klade.i18n.UserError;
import lv.klade.db.Keyring.Guard;

/**
 * Logging in, passwords, and revoking accounts. After too many wrong passwords in a row the
 * account is locked for a while; a right password resets the count; a revoked account never logs in.
 */
public final class AccountService {
    public static final int DEFAULT_MAX_ATTEMPTS = 5;
    public static final Duration DEFAULT_LOCK = Duration.ofMinutes(15);
    static final int MIN_PASSWORD_LENGTH = 8;

    private final JournalStore store;
    private final StaffRepository staff;
    private final LoginGuardRepository guards;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration lockFor;

    public AccountService(JournalStore store, PasswordHasher hasher, Clock clock, int maxAttempts, Duration lockFor) {
        if (maxAttempts < 1 || lockFor.isNegative()) {
            throw new IllegalArgumentException("maxAttempts must be positive and lockFor not negative");
        }
        this.store = store;
        this.staff = new StaffRepository(store);
        this.guards = new LoginGuardRepository(store);
        this.hasher = hasher;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.lockFor = lockFor;
    }

    public AccountService(JournalStore store, PasswordHasher hasher, Clock clock) {
        this(store, hasher, clock, DEFAULT_MAX_ATTEMPTS, DEFAULT_LOCK);
    }

    public LoginResult login(String login, char[] password) {
        String normal = Validation.login(login);
        var credentials = normal == null ? null : staff.credentials(normal).orElse(null);
        if (credentials == null) {
            return new LoginResult.UnknownUser();
        }
        if (credentials.revoked()) {
            return new LoginResult.Revoked();
        }
        UUID id = credentials.staffId();
        Instant now = clock.instant();
        Guard guard = guards.guard(id);
        if (guard.lockedUntil() != null && now.isBefore(guard.lockedUntil())) {
            return new LoginResult.Locked(guard.lockedUntil());
        }
        if (hasher.matches(password, credentials.passwordHash())) {
            if (!guard.equals(Guard.CLEAR)) {
                guards.clear(id);
            }
            return new LoginResult.Success(staff.byId(id).orElseThrow());
        }
        return wrongPassword(id, guard, now);
    }

    private LoginResult wrongPassword(UUID staffId, Guard guard, Instant now) {
        Guard next = afterWrongPassword(guard, now, maxAttempts, lockFor);
        guards.save(staffId, next);
        return next.lockedUntil() != null ? new LoginResult.Locked(next.lockedUntil())
                : new LoginResult.WrongPassword(maxAttempts - next.failedAttempts());
    }

    /** The count after one more wrong password: locked for {@code lockFor} at the last allowed attempt. */
    static Guard afterWrongPassword(Guard guard, Instant now, int maxAttempts, Duration lockFor) {
        // An expired lock starts a fresh count.
        int failed = (guard.lockedUntil() == null ? guard.failedAttempts() : 0) + 1;
        return failed >= maxAttempts ? new Guard(0, now.plus(lockFor)) : new Guard(failed, null);
    }

    /** A staff member changes their own password, proving they know the current one. */
    public void changePassword(Actor actor, UUID staffId, char[] current, char[] next) {
        String stored = staff.passwordHash(staffId).orElseThrow(() -> UserError.of("people.staff.missing"));
        if (!hasher.matches(current, stored)) {
            throw UserError.of("people.password.currentWrong");
        }
        setPassword(actor, staffId, next);
    }

    /** Sets a new password, as an administrator does for someone who forgot theirs. */
    public void setPassword(Actor actor, UUID staffId, char[] next) {
        String hash = hashChecked(next);
        // Hashing is slow: it is done before the transaction starts, not inside it.
        store.run(actor, w -> setPasswordHash(w, staffId, hash));
        guards.clear(staffId);
    }

    /** For a bigger transaction: stores a hash made by {@link #hashChecked} or {@link PasswordHasher}. */
    public void setPasswordHash(Writes w, UUID staffId, String hash) {
        existing(w, staffId);
        staff.setPasswordHash(w, staffId, hash);
    }

    /** Hashes a password once it meets the rules; the text can be stored for many accounts. */
    public String hashChecked(char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw UserError.of("people.password.tooShort", MIN_PASSWORD_LENGTH);
        }
        return hasher.hash(password);
    }

    public void revoke(Actor actor, UUID staffId) {
        store.run(actor, w -> revoke(w, staffId));
    }

    public void revoke(Writes w, UUID staffId) {
        if (actorIs(w, staffId)) {
            throw UserError.of("people.account.revokeSelf");
        }
        if (!existing(w, staffId).revoked()) {
            staff.setRevoked(w, staffId, true);
        }
    }

    public void restore(Actor actor, UUID staffId) {
        store.run(actor, w -> restore(w, staffId));
        guards.clear(staffId);
    }

    public void restore(Writes w, UUID staffId) {
        if (existing(w, staffId).revoked()) {
            staff.setRevoked(w, staffId, false);
        }
    }

    private static boolean actorIs(Writes w, UUID staffId) {
        return staffId.equals(w.actor().userId());
    }

    private StaffMember existing(Writes w, UUID staffId) {
        return staff.byId(w, staffId).orElseThrow(() -> UserError.of("people.staff.missing"));
    }
}
