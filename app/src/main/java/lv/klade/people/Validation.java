package lv.klade.people;

import java.util.Locale;
import lv.klade.i18n.UserError;

/** Checks shared by the people services; each failure is a {@link UserError} naming what to fix. */
final class Validation {
    private Validation() {
    }

    /** The text without surrounding spaces; blank or missing text is the given problem. */
    static String required(String text, String key, Object... args) {
        String value = optional(text);
        if (value == null) {
            throw UserError.of(key, args);
        }
        return value;
    }

    /** The text without surrounding spaces, or null when blank. */
    static String optional(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip();
    }

    static PersonalCode personalCode(String typed) {
        return switch (PersonalCode.parse(typed)) {
            case PersonalCode.Parsed.Valid valid -> valid.code();
            case PersonalCode.Parsed.Invalid invalid -> throw new UserError(invalid.problem());
        };
    }

    /** Logins are compared without case: "JBerzins" and "jberzins" are one account. */
    static String login(String typed) {
        String value = optional(typed);
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
