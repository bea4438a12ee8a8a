package lv.klade.statistics;

import java.util.Locale;
import java.util.Optional;

/** What figures are grouped by. */
public enum Grouping {
    PROGRAMME,
    SUBJECT,
    CLASS,
    GROUP,
    TEACHER;

    public String messageKey() {
        return "statistics.by." + name();
    }

    /** The grouping a command line names ("class", "subject", …), if it names one. */
    public static Optional<Grouping> named(String name) {
        for (Grouping g : values()) {
            if (g.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    /** The name a command line uses. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
