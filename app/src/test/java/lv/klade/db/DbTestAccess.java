package lv.klade.db;

/** What tests outside this package may see of a key: H2's file password, to decrypt with H2's own tools. */
public final class DbTestAccess {
    private DbTestAccess() {
    }

    public static char[] filePassword(JournalKey key) {
        return key.filePassword();
    }
}
