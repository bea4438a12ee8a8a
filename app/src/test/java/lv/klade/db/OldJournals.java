package lv.klade.db;

import java.nio.file.Path;
import java.time.Clock;
import lv.klade.people.JournalLogin;
import lv.klade.people.PasswordHasher;
import org.jooq.impl.DSL;

/** Journals as builds before encryption made them: plain H2 files, opened as a person would after the update. */
final class OldJournals {
    static final String LOGIN = "admin";
    static final String PASSWORD = "vecaparole";

    private OldJournals() {
    }

    /** An administrator's account in a plain journal, written as an old build wrote it. */
    static void addAdministrator(String url) {
        try (var dsl = DSL.using(url, "sa", "")) {
            dsl.execute("INSERT INTO staff (id, first_name, last_name, login, password_hash, revoked) "
                    + "VALUES (RANDOM_UUID(), 'Anna', 'Admine', ?, ?, FALSE)", LOGIN,
                    new PasswordHasher(1_000).hash(PASSWORD.toCharArray()));
        }
    }

    /** Encrypts the journal if it is still plain, then opens it with the administrator's password. */
    static Database open(Path journal) {
        JournalEncryption.encryptIfPlain(journal, percent -> { });
        JournalKey key = new JournalLogin(new PasswordHasher(), Clock.systemUTC())
                .unlock(journal, LOGIN, PASSWORD.toCharArray());
        return Database.open(journal, key, Clock.systemUTC());
    }
}
