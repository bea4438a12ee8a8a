package lv.klade;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import lv.klade.cli.Cli;

/**
 * Klade's entry point: the window with no arguments, the headless CLI with a command word.
 * It does not extend {@code Application}: JavaFX is on the class path, not the module path.
 */
public final class Main {
    // Held here so the settings are not collected with the loggers: the libraries' start-up chatter
    // is noise to a teacher; their warnings still show.
    private static final List<Logger> QUIET = Stream.of("org.flywaydb", "org.jooq", "com.zaxxer")
            .map(Logger::getLogger).toList();

    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        QUIET.forEach(logger -> logger.setLevel(Level.WARNING));
        lv.klade.ui.LogFile.install(lv.klade.shell.AppHome.standard().folder());
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> Logger.getLogger("lv.klade")
                .log(Level.SEVERE, "Uncaught in " + thread.getName(), e));
        if (args.length == 0) {
            lv.klade.shell.KladeApp.launchWindow();
        } else {
            System.exit(Cli.standard().run(args));
        }
    }
}
