package lv.klade.db;

import java.util.UUID;

/** New row keys: made on the PC that creates the row, so rows from many PCs never collide. */
public final class Ids {
    private Ids() {
    }

    public static UUID next() {
        return UUID.randomUUID();
    }
}
