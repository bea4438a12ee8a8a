package lv.klade.ui;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;

/**
 * Runs journal work off the FX thread and hands the result back on it. A {@code UserError} reaches
 * the user as its message; anything else is logged and reported plainly.
 */
public final class Background {
    private static final Logger LOG = Logger.getLogger(Background.class.getName());

    private final Executor worker;
    private final Executor ui;
    private final Messages messages;
    private final Consumer<String> showError;

    public Background(Executor worker, Executor ui, Messages messages, Consumer<String> showError) {
        this.worker = worker;
        this.ui = ui;
        this.messages = messages;
        this.showError = showError;
    }

    public <T> void run(Supplier<T> work, Consumer<T> onDone) {
        run(work, onDone, error -> showError.accept(error));
    }

    /** Like {@link #run(Supplier, Consumer)}, with the error message going to {@code onError}. */
    public <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<String> onError) {
        worker.execute(() -> {
            try {
                T result = work.get();
                ui.execute(() -> onDone.accept(result));
            } catch (UserError e) {
                String text = messages.text(e.problem());
                ui.execute(() -> onError.accept(text));
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Background work failed", e);
                String text = messages.get("shell.unexpected", String.valueOf(e.getMessage()));
                ui.execute(() -> onError.accept(text));
            }
        });
    }

    /** Runs a step on the FX thread, from work in the background that reports how far it is. */
    public void onUi(Runnable step) {
        ui.execute(step);
    }

    public Messages messages() {
        return messages;
    }
}
