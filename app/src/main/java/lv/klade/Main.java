package lv.klade;

import lv.klade.cli.Cli;

/**
 * Klade's entry point: the window with no arguments, the headless CLI with a command word.
 * It does not extend {@code Application}: JavaFX is on the class path, not the module path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        if (args.length == 0) {
            System.err.println("window: not yet");
        } else {
            System.exit(Cli.standard().run(args));
        }
    }
}
