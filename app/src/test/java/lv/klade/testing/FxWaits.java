package lv.klade.testing;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting in UI tests for what the background work shows, never by sleeping. */
public final class FxWaits {
    private FxWaits() {
    }

    /** Waits (30 seconds at most) until {@code condition} holds, looking again after the FX thread's events. */
    public static void until(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
