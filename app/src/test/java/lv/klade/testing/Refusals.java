package lv.klade.testing;

import lv.klade.db.ChangeLog;
import lv.klade.i18n.UserError;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks that a write is refused with a message and leaves the change log as it was. */
public final class Refusals {
    private Refusals() {
    }

    /** The key of the problem {@code call} is refused with; fails when it is not refused or wrote anything. */
    public static String problemOf(ChangeLog log, Runnable call) {
        long changes = log.count();
        try {
            call.run();
        } catch (UserError e) {
            assertThat(log.count()).as("changes recorded after a refused write").isEqualTo(changes);
            return e.problem().key();
        }
        throw new AssertionError("no UserError");
    }
}
