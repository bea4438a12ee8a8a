package lv.klade.people;

import lv.klade.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.db.ChangeLog;
import lv.klade.db.Database;
import lv.klade.db.JournalStore;
import lv.klade.i18n.UserError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountServiceTest {
    private static final char[] RIGHT = "Pareizā-parole1".toCharArray();
    private static final char[] WRONG = "nepareiza-parole".toCharArray();
    private static final Instant START = Instant.parse("2025-01-13T07:30:00Z");

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(START);
    private final PasswordHasher hasher = new PasswordHasher(1_000);
    private Database database;
    private JournalStore store;
    private AccountService accounts;
    private UUID staffId;

    @BeforeEach
    void open() {
        database = Database.create(dir.resolve("j"), clock);
        store = new JournalStore(database, clock);
        accounts = new AccountService(store, hasher, clock, 5, Duration.ofMinutes(15));
        staffId = new StaffService(store).add(Actor.SYSTEM, new StaffData("Ilze", "Kalniņa", null, null, null,
                "ikalnina", hasher.hash(RIGHT), Set.of(RoleGrant.of(Role.SUBJECT_TEACHER))));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void failTimes(int times) {
        for (int i = 0; i < times; i++) {
            accounts.login("ikalnina", WRONG);
        }
    }

    @Test
    void theRightPasswordLogsInWithTheRoles() {
        assertThat(accounts.login("IKalnina ", RIGHT)).isInstanceOfSatisfying(LoginResult.Success.class,
                s -> assertThat(s.member().roles()).containsExactly(RoleGrant.of(Role.SUBJECT_TEACHER)));
    }

    @Test
    void aWrongPasswordSaysHowManyAttemptsAreLeft() {
        assertThat(accounts.login("ikalnina", WRONG)).isEqualTo(new LoginResult.WrongPassword(4));
        assertThat(accounts.login("ikalnina", WRONG)).isEqualTo(new LoginResult.WrongPassword(3));
    }

    @Test
    void anUnknownLoginIsReportedAsSuch() {
        assertThat(accounts.login("nav-tads", RIGHT)).isInstanceOf(LoginResult.UnknownUser.class);
    }

    @Test
    void theFifthWrongPasswordLocksTheAccountForFifteenMinutes() {
        failTimes(4);
        assertThat(accounts.login("ikalnina", WRONG)).isEqualTo(new LoginResult.Locked(START.plus(Duration.ofMinutes(15))));
    }

    @Test
    void aLockedAccountRefusesEvenTheRightPassword() {
        failTimes(5);
        clock.advance(Duration.ofMinutes(14));
        assertThat(accounts.login("ikalnina", RIGHT)).isInstanceOf(LoginResult.Locked.class);
    }

    @Test
    void theLockEndsAfterItsPeriod() {
        failTimes(5);
        clock.advance(Duration.ofMinutes(15));
        assertThat(accounts.login("ikalnina", RIGHT)).isInstanceOf(LoginResult.Success.class);
    }

    @Test
    void afterTheLockEndsTheCountStartsAgain() {
        failTimes(5);
        clock.advance(Duration.ofMinutes(16));
        assertThat(accounts.login("ikalnina", WRONG)).isEqualTo(new LoginResult.WrongPassword(4));
    }

    @Test
    void aSuccessResetsTheCount() {
        failTimes(4);
        accounts.login("ikalnina", RIGHT);
        assertThat(accounts.login("ikalnina", WRONG)).isEqualTo(new LoginResult.WrongPassword(4));
    }

    @Test
    void aRevokedAccountCannotLogInEvenWithTheRightPassword() {
        accounts.revoke(Actor.SYSTEM, staffId);
        assertThat(accounts.login("ikalnina", RIGHT)).isInstanceOf(LoginResult.Revoked.class);
    }

    @Test
    void aRestoredAccountLogsInAgain() {
        accounts.revoke(Actor.SYSTEM, staffId);
        accounts.restore(Actor.SYSTEM, staffId);
        assertThat(accounts.login("ikalnina", RIGHT)).isInstanceOf(LoginResult.Success.class);
    }

    @Test
    void failedLoginsAreNotJournalChanges() {
        long before = new ChangeLog(store).count();
        failTimes(6);
        assertThat(new ChangeLog(store).count()).isEqualTo(before);
    }

    @Test
    void aChangedPasswordReplacesTheOldOne() {
        accounts.changePassword(Actor.user(staffId), staffId, RIGHT, "Jauna-parole-2".toCharArray());
        assertThat(accounts.login("ikalnina", RIGHT)).isInstanceOf(LoginResult.WrongPassword.class);
        assertThat(accounts.login("ikalnina", "Jauna-parole-2".toCharArray())).isInstanceOf(LoginResult.Success.class);
    }

    @Test
    void changingThePasswordNeedsTheCurrentOne() {
        assertThatThrownBy(() -> accounts.changePassword(Actor.user(staffId), staffId, WRONG, "Jauna-parole-2".toCharArray()))
                .isInstanceOfSatisfying(UserError.class,
                        e -> assertThat(e.problem().key()).isEqualTo("people.password.currentWrong"));
    }

    @Test
    void aShortPasswordIsRefused() {
        assertThatThrownBy(() -> accounts.setPassword(Actor.SYSTEM, staffId, "īsa".toCharArray()))
                .isInstanceOfSatisfying(UserError.class,
                        e -> assertThat(e.problem().key()).isEqualTo("people.password.tooShort"));
    }

    @Test
    void nobodyCanRevokeTheirOwnAccount() {
        assertThatThrownBy(() -> accounts.revoke(Actor.user(staffId), staffId)).isInstanceOf(UserError.class);
        assertThat(accounts.login("ikalnina", RIGHT)).isInstanceOf(LoginResult.Success.class);
    }
}
