package lv.klade.people;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import lv.klade.i18n.Problem;

/**
 * A Latvian personal identity code (personas kods), always valid once made.
 *
 * <p>The old format {@code DDMMYY-CNNNK} encodes the birth date, C is the century (0 → 1800s,
 * 1 → 1900s, 2 → 2000s) and K is a check digit. Codes issued since 1 July 2017 start with 32 and
 * encode nothing: no date, and no check digit that is publicly specified, so only their shape is
 * checked.
 */
public record PersonalCode(String value) {
    private static final int[] WEIGHTS = {1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String NEW_FORMAT_PREFIX = "32";

    /**
     * Empty: withheld. A classroom PC whose users may not see a student's personal data receives the
     * student without it (sync's scope), and shows nothing where the code would be.
     */
    public PersonalCode {
        if (value == null || !value.isEmpty() && (problemWith(value).isPresent() || !value.equals(normalised(value)))) {
            throw new IllegalArgumentException("Not a valid, normalised personal code: " + value);
        }
    }

    /** The result of reading a code the user typed. */
    public sealed interface Parsed {
        /** The code is valid; it is normalised (old format with a hyphen). */
        record Valid(PersonalCode code) implements Parsed {
        }

        /** The code is wrong; the problem says what is wrong and how to fix it. */
        record Invalid(Problem problem) implements Parsed {
        }
    }

    /** Reads a code as typed: spaces around it are ignored, the hyphen is optional. */
    public static Parsed parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        return problemWith(text).<Parsed>map(Parsed.Invalid::new)
                .orElseGet(() -> new Parsed.Valid(new PersonalCode(normalised(text))));
    }

    private static Optional<Problem> problemWith(String text) {
        if (text.isEmpty()) {
            return Optional.of(Problem.of("people.code.empty"));
        }
        String digits = digits(text);
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of(Problem.of("people.code.notDigits", text));
        }
        if (digits.length() != 11) {
            return Optional.of(Problem.of("people.code.length", text, digits.length()));
        }
        if (digits.startsWith(NEW_FORMAT_PREFIX)) {
            return Optional.empty();
        }
        if (century(digits.charAt(6)).isEmpty()) {
            return Optional.of(Problem.of("people.code.century", text, String.valueOf(digits.charAt(6))));
        }
        if (date(digits).isEmpty()) {
            return Optional.of(Problem.of("people.code.noSuchDate", text, digits.substring(0, 6)));
        }
        if (checkDigit(digits.substring(0, 10)) != digits.charAt(10) - '0') {
            return Optional.of(Problem.of("people.code.checkDigit", text));
        }
        return Optional.empty();
    }

    private static String digits(String text) {
        return text.length() > 6 && text.charAt(6) == '-' ? text.substring(0, 6) + text.substring(7) : text;
    }

    /** Old-format codes are kept with their hyphen, new-format ones as eleven digits. */
    private static String normalised(String text) {
        String digits = digits(text);
        return digits.startsWith(NEW_FORMAT_PREFIX) ? digits : hyphenated(digits);
    }

    /**
     * An old-format code for the birth date and a serial number (0–999); serials whose check sum
     * would be 10 are never issued, so the next serial that has a check digit is used.
     */
    public static PersonalCode forBirthDate(LocalDate birthDate, int serial) {
        int centuryDigit = birthDate.getYear() / 100 - 18;
        if (centuryDigit < 0 || centuryDigit > 2) {
            throw new IllegalArgumentException("No personal code for a birth in " + birthDate.getYear());
        }
        for (int n = 0; n < 1000; n++) {
            String first = String.format("%02d%02d%02d%d%03d", birthDate.getDayOfMonth(), birthDate.getMonthValue(),
                    birthDate.getYear() % 100, centuryDigit, Math.floorMod(serial + n, 1000));
            int check = checkDigit(first);
            if (check < 10) {
                return new PersonalCode(hyphenated(first + check));
            }
        }
        throw new IllegalStateException("No serial gives a check digit for " + birthDate);
    }

    /** The birth date, for old-format codes; new-format codes do not encode it. */
    public Optional<LocalDate> birthDate() {
        return isNewFormat() ? Optional.empty() : date(value.replace("-", ""));
    }

    public boolean isNewFormat() {
        return value.startsWith(NEW_FORMAT_PREFIX);
    }

    @Override
    public String toString() {
        return value;
    }

    /** (1101 − Σ weight·digit) mod 11; 10 means no valid code ends these ten digits. */
    static int checkDigit(String firstTen) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += WEIGHTS[i] * (firstTen.charAt(i) - '0');
        }
        return Math.floorMod(1101 - sum, 11);
    }

    private static Optional<Integer> century(char digit) {
        return switch (digit) {
            case '0' -> Optional.of(1800);
            case '1' -> Optional.of(1900);
            case '2' -> Optional.of(2000);
            default -> Optional.empty();
        };
    }

    private static Optional<LocalDate> date(String digits) {
        int day = Integer.parseInt(digits.substring(0, 2));
        int month = Integer.parseInt(digits.substring(2, 4));
        int year = century(digits.charAt(6)).orElseThrow() + Integer.parseInt(digits.substring(4, 6));
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String hyphenated(String digits) {
        return digits.substring(0, 6) + "-" + digits.substring(6);
    }
}
