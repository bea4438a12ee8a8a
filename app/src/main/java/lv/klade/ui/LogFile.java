package lv.klade.ui;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Klade's log file in the data folder, {@code logs/klade.log} (then {@code klade.1.log} and
 * {@code klade.2.log}, 2 MB each), so a school's helper can see what happened on a classroom PC:
 * sync, migrations, printing and every error. One line a record, in Riga time, with the stack
 * trace of an error under it. Nothing personal is written: no names, codes or grades.
 */
public final class LogFile {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Europe/Riga"));
    private static final int LIMIT = 2 * 1024 * 1024;
    private static final int FILES = 3;
    private static Handler installed;

    private LogFile() {
    }

    /** The file the newest records go to. */
    public static Path of(Path dataFolder) {
        return dataFolder.resolve("logs").resolve("klade.0.log");
    }

    /**
     * Sends Klade's records (INFO and up) and every library's warnings to the log file in
     * {@code dataFolder}. A folder that cannot be written only loses the log, never the journal.
     */
    public static synchronized void install(Path dataFolder) {
        if (installed != null) {
            return;
        }
        try {
            Files.createDirectories(dataFolder.resolve("logs"));
            FileHandler handler = new FileHandler(dataFolder.resolve("logs").resolve("klade.%g.log").toString(),
                    LIMIT, FILES, true);
            handler.setEncoding(StandardCharsets.UTF_8.name());
            handler.setFormatter(new Line());
            handler.setLevel(Level.INFO);
            Logger root = Logger.getLogger("");
            // The terminal keeps showing warnings and errors only; the file has the day's work too.
            for (Handler console : root.getHandlers()) {
                if (console instanceof java.util.logging.ConsoleHandler) {
                    console.setLevel(Level.WARNING);
                }
            }
            root.addHandler(handler);
            Logger.getLogger("lv.klade").setLevel(Level.INFO);
            installed = handler;
        } catch (IOException | SecurityException e) {
            Logger.getLogger(LogFile.class.getName()).log(Level.WARNING, "No log file in " + dataFolder, e);
        }
    }

    /** Writes what is buffered and closes the file (tests; the JVM does it at exit). */
    public static synchronized void close() {
        if (installed != null) {
            Logger.getLogger("").removeHandler(installed);
            installed.close();
            installed = null;
        }
    }

    private static final class Line extends Formatter {
        @Override
        public String format(LogRecord r) {
            StringBuilder line = new StringBuilder(TIME.format(r.getInstant())).append(' ')
                    .append(r.getLevel().getName()).append(' ').append(r.getLoggerName()).append(": ")
                    .append(formatMessage(r)).append(System.lineSeparator());
            if (r.getThrown() != null) {
                StringWriter trace = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }
    }
}
