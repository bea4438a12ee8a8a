package lv.klade.people;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import lv.klade.db.JournalStore;
import lv.klade.db.Keyring.Guard;
import lv.klade.db.generated.tables.records.LoginGuardRecord;

import static lv.klade.db.generated.Tables.LOGIN_GUARD;

/**
 * This PC's wrong-password counters. They are local security state, not journal content: they are
 * written here directly, outside the write path, so they never enter the change log and are never
 * synced (another PC's failed attempts must not lock this one, and an attacker's guesses are not
 * history the school needs).
 */
final class LoginGuardRepository {
    private final JournalStore store;

    LoginGuardRepository(JournalStore store) {
        this.store = store;
    }

    Guard guard(UUID staffId) {
        LoginGuardRecord row = store.dsl().fetchOne(LOGIN_GUARD, LOGIN_GUARD.STAFF_ID.eq(staffId));
        if (row == null) {
            return Guard.CLEAR;
        }
        return new Guard(row.getFailedAttempts(), row.getLockedUntil() == null ? null : row.getLockedUntil().toInstant());
    }

    void save(UUID staffId, Guard guard) {
        OffsetDateTime until = guard.lockedUntil() == null ? null : guard.lockedUntil().atOffset(ZoneOffset.UTC);
        store.dsl().mergeInto(LOGIN_GUARD)
                .using(store.dsl().selectOne())
                .on(LOGIN_GUARD.STAFF_ID.eq(staffId))
                .whenMatchedThenUpdate()
                .set(LOGIN_GUARD.FAILED_ATTEMPTS, guard.failedAttempts())
                .set(LOGIN_GUARD.LOCKED_UNTIL, until)
                .whenNotMatchedThenInsert(LOGIN_GUARD.STAFF_ID, LOGIN_GUARD.FAILED_ATTEMPTS, LOGIN_GUARD.LOCKED_UNTIL)
                .values(staffId, guard.failedAttempts(), until)
                .execute();
    }

    void clear(UUID staffId) {
        store.dsl().deleteFrom(LOGIN_GUARD).where(LOGIN_GUARD.STAFF_ID.eq(staffId)).execute();
    }
}
