package lv.klade.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The user's data folder, where journals live unless the user picks another place:
 * {@code $XDG_DATA_HOME/klade} or {@code ~/.local/share/klade} on Linux, {@code %APPDATA%\Klade} on
 * Windows, {@code ~/Library/Application Support/Klade} on macOS; {@code -Dklade.home=DIR} overrides.
 */
public final class AppHome {
    private static final Logger LOG = Logger.getLogger(AppHome.class.getName());
    private static final String PREFERENCES = "klade.properties";

    private final Path folder;

    public AppHome(Path folder) {
        this.folder = folder;
    }

    public static AppHome standard() {
        String override = System.getProperty("klade.home");
        if (override != null && !override.isBlank()) {
            return new AppHome(Path.of(override));
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win") && System.getenv("APPDATA") != null) {
            return new AppHome(Path.of(System.getenv("APPDATA"), "Klade"));
        }
        if (os.contains("mac")) {
            return new AppHome(home.resolve("Library/Application Support/Klade"));
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return new AppHome((xdg == null || xdg.isBlank() ? home.resolve(".local/share") : Path.of(xdg)).resolve("klade"));
    }

    public Path folder() {
        return folder;
    }

    /** The demo school's journal, created on first use. */
    public Path demoJournal() {
        return folder.resolve("demo").resolve("demo-skola");
    }

    /** Where a new school's journal goes by default. */
    public Path journals() {
        return folder.resolve("journals");
    }

    public Optional<String> preference(String key) {
        return Optional.ofNullable(load().getProperty(key));
    }

    public void remember(String key, String value) {
        Properties properties = load();
        properties.setProperty(key, value);
        try {
            Files.createDirectories(folder);
            try (OutputStream out = Files.newOutputStream(folder.resolve(PREFERENCES))) {
                properties.store(out, "Klade preferences");
            }
        } catch (IOException e) {
            // Preferences are a convenience: losing them must never stop the journal.
            LOG.log(Level.WARNING, "Preferences not saved", e);
        }
    }

    private Properties load() {
        Properties properties = new Properties();
        Path file = folder.resolve(PREFERENCES);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Preferences not read", e);
            }
        }
        return properties;
    }
}
