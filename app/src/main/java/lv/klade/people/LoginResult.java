package lv.klade.people;

import java.time.Instant;

/** What came of a login attempt. */
public sealed interface LoginResult {
    record Success(StaffMember member) implements LoginResult {
    }

    record WrongPassword(int attemptsLeft) implements LoginResult {
    }

    record Locked(Instant until) implements LoginResult {
    }

    record Revoked() implements LoginResult {
    }

    record UnknownUser() implements LoginResult {
    }
}
