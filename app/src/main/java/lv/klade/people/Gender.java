package lv.klade.people;

import java.util.Locale;
import java.util.Optional;

/** A student's gender as the state register records it; staff's is read from their name. */
public enum Gender {
    M, F;

    /** Reads "M" or "F" (any case); anything else is empty. */
    public static Optional<Gender> parse(String text) {
        return switch (text == null ? "" : text.strip().toUpperCase(Locale.ROOT)) {
            case "M" -> Optional.of(M);
            case "F" -> Optional.of(F);
            default -> Optional.empty();
        };
    }

    /**
     * The gender a Latvian name shows, for titles such as "audzinātāja"/"audzinātājs": women's given
     * names and surnames end in -a or -e, men's in -s or -š. Conservative: given name and surname
     * must agree, otherwise (a foreign or indeclinable name) it is empty and the title is neutral.
     */
    public static Optional<Gender> ofLatvianName(String fullName) {
        String[] words = fullName == null ? new String[0] : fullName.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return Optional.empty();
        }
        Optional<Gender> given = ofWord(words[0]);
        Optional<Gender> surname = ofWord(words[words.length - 1]);
        return given.equals(surname) ? given : Optional.empty();
    }

    private static Optional<Gender> ofWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.endsWith("a") || lower.endsWith("e")) {
            return Optional.of(F);
        }
        if (lower.endsWith("s") || lower.endsWith("š")) {
            return Optional.of(M);
        }
        return Optional.empty();
    }

    public String messageKey() {
        return "people.gender." + name();
    }
}
