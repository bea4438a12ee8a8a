package lv.klade.people;

import java.util.Locale;
import java.util.Optional;

/** A student's gender as the state register records it. */
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

    public String messageKey() {
        return "people.gender." + name();
    }
}
