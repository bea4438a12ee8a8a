package lv.klade.db;

import java.util.List;
import org.jooq.DSLContext;

import static lv.klade.db.generated.Tables.SCHOOL;
import static lv.klade.db.generated.Tables.SCHOOL_SETTING;
import static lv.klade.db.generated.Tables.STAFF;

/**
 * What a journal's keyring is made from, read from the journal itself: every account's login,
 * password hash and whether it is revoked; the school's name and whether it is the demo. The db
 * layer reads these few columns of the people and school features' tables because the keyring
 * must follow them after every commit, whichever feature or import wrote them.
 */
final class KeyringAccounts {
    /** The setting that marks the demo school (the demo feature writes it). */
    static final String DEMO_SETTING = "demo.school";

    private KeyringAccounts() {
    }

    record Read(List<Keyring.Account> accounts, String title, boolean demo) {
    }

    static Read read(DSLContext dsl) {
        List<Keyring.Account> accounts = dsl.select(STAFF.LOGIN, STAFF.PASSWORD_HASH, STAFF.REVOKED).from(STAFF)
                .where(STAFF.LOGIN.isNotNull())
                .orderBy(STAFF.LOGIN)
                .fetch(r -> new Keyring.Account(r.value1(), r.value2(), Boolean.TRUE.equals(r.value3())));
        String title = dsl.select(SCHOOL.NAME).from(SCHOOL).limit(1).fetchOptional(SCHOOL.NAME).orElse("");
        boolean demo = dsl.fetchExists(SCHOOL_SETTING, SCHOOL_SETTING.SETTING_KEY.eq(DEMO_SETTING));
        return new Read(accounts, title, demo);
    }
}
