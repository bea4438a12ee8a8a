package lv.klade.people;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.i18n.UserError;
import lv.klade.setup.NewSchool;
import lv.klade.setup.SchoolSetup;
import lv.klade.shell.Services;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Opening an encrypted journal is logging in: each account's own password opens it, nothing else does. */
class JournalLoginTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-01T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Path journal;

    @BeforeEach
    void aSchoolWithAnAdministratorAndTwoTeachers() {
        journal = SchoolSetup.create(dir, new NewSchool("Liepu skola", 2026, "Anna", "Admine", "admin",
                "admin-parole".toCharArray(), "admin-parole".toCharArray()), CLOCK);
        try (Services services = Services.open(journal, Credentials.of("admin", "admin-parole"), CLOCK)) {
            Actor admin = Actor.user(services.user().id());
            PasswordHasher hasher = new PasswordHasher(10_000);
            for (String login : new String[] {"janis", "liga"}) {
                services.staff().add(admin, new StaffData("Vārds", login, null, null, null, login,
                        hasher.hash((login + "-parole").toCharArray()), Set.of(RoleGrant.of(Role.SUBJECT_TEACHER))));
            }
        }
    }

    private static String refusal(Runnable opening) {
        try {
            opening.run();
        } catch (UserError e) {
            return e.problem().key();
        }
        throw new AssertionError("The journal opened");
    }

    private String open(String login, String password) {
        try (Services services = Services.open(journal, Credentials.of(login, password), CLOCK)) {
            return services.user().login();
        }
    }

    @Test
    void eachAccountsOwnPasswordOpensTheJournal() {
        assertThat(open("admin", "admin-parole")).isEqualTo("admin");
        assertThat(open("JANIS", "janis-parole")).isEqualTo("janis");
        assertThat(open("liga", "liga-parole")).isEqualTo("liga");
    }

    @Test
    void aWrongPasswordIsRefusedWithTheAttemptsLeft() {
        assertThatThrownBy(() -> open("janis", "liga-parole"))
                .isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.problem().key()).isEqualTo("login.wrongPassword");
                    assertThat(e.problem().args()).containsExactly(4);
                });
        assertThat(refusal(() -> open("nav-tads", "admin-parole"))).isEqualTo("login.unknownUser");
    }

    @Test
    void fiveWrongPasswordsLockTheLoginEvenThoughTheJournalCouldNotBeRead() {
        for (int i = 0; i < 4; i++) {
            assertThat(refusal(() -> open("janis", "minu-" + UUID.randomUUID()))).isEqualTo("login.wrongPassword");
        }
        assertThat(refusal(() -> open("janis", "vēl-viens"))).isEqualTo("login.locked");
        assertThat(refusal(() -> open("janis", "janis-parole"))).as("even the right one, while locked")
                .isEqualTo("login.locked");
        assertThat(open("liga", "liga-parole")).as("another login").isEqualTo("liga");
    }

    @Test
    void resettingOnePasswordLeavesTheOthersWorkingAndTheOldOneOpensNothing() {
        try (Services services = Services.open(journal, Credentials.of("admin", "admin-parole"), CLOCK)) {
            UUID janis = services.staff().byLogin("janis").orElseThrow().id();
            services.accounts().setPassword(Actor.user(services.user().id()), janis, "jauna-parole".toCharArray());
        }

        assertThat(open("janis", "jauna-parole")).isEqualTo("janis");
        assertThat(refusal(() -> open("janis", "janis-parole"))).isEqualTo("login.wrongPassword");
        assertThat(open("liga", "liga-parole")).isEqualTo("liga");
        assertThat(open("admin", "admin-parole")).isEqualTo("admin");
    }

    @Test
    void aRevokedAccountNoLongerOpensTheJournal() {
        try (Services services = Services.open(journal, Credentials.of("admin", "admin-parole"), CLOCK)) {
            UUID liga = services.staff().byLogin("liga").orElseThrow().id();
            services.accounts().revoke(Actor.user(services.user().id()), liga);
        }

        assertThat(refusal(() -> open("liga", "liga-parole"))).isEqualTo("login.revoked");
        assertThat(open("janis", "janis-parole")).isEqualTo("janis");
    }
}
