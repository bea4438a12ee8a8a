package lv.klade.school;

import java.time.LocalTime;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rules most settings share: a whole number in a range (or one named option), a time of day. */
public final class SettingRules {
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d{1,9}");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})");

    private SettingRules() {
    }

    /** A whole number from {@code min} to {@code max}, stored without sign or leading zeros. */
    public static Function<String, CheckedSetting> number(int min, int max) {
        return number(min, max, Optional.empty());
    }

    /** Like {@link #number(int, int)}, or exactly the option's value. */
    public static Function<String, CheckedSetting> number(int min, int max, Optional<SettingOption> option) {
        return value -> {
            if (option.isPresent() && option.get().value().equals(value)) {
                return CheckedSetting.valid(value);
            }
            if (NUMBER.matcher(value).matches()) {
                int n = Integer.parseInt(value);
                if (n >= min && n <= max) {
                    return CheckedSetting.valid(Integer.toString(n));
                }
            }
            return CheckedSetting.invalid("settings.number.invalid", min, max, value);
        };
    }

    /** A time of day written H:MM or HH:MM (a dot will do for the colon), stored as HH:MM. */
    public static Function<String, CheckedSetting> timeOfDay() {
        return value -> {
            Matcher m = TIME.matcher(value);
            if (m.matches()) {
                int hour = Integer.parseInt(m.group(1));
                int minute = Integer.parseInt(m.group(2));
                if (hour < 24 && minute < 60) {
                    return CheckedSetting.valid(LocalTime.of(hour, minute).toString());
                }
            }
            return CheckedSetting.invalid("settings.time.invalid", value);
        };
    }
}
