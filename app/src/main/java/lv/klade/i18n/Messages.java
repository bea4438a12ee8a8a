package lv.klade.i18n;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** Looks up user-facing text in Klade's bundles: Latvian first, English second. */
public final class Messages {
    /** Latvian, Klade's default language. */
    public static final Locale LATVIAN = Locale.of("lv");
    public static final Locale ENGLISH = Locale.ENGLISH;
    /**
     * One bundle per feature, each a Latvian base file ({@code school.properties}) and its English
     * twin ({@code school_en.properties}), so features add their text without touching each other's.
     */
    public static final List<String> BUNDLES = List.of("core", "school", "people", "setup", "timetable",
            "lessons", "grades", "reports", "printing", "sync", "shell", "cli", "demo", "tutor", "messages",
            "statistics", "checks");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    /** A lesson's bell times, as the timetable prints them: "8:30"; it reads "08:30" too. */
    private static final DateTimeFormatter LESSON_TIME = DateTimeFormatter.ofPattern("H:mm");
    /** The school's time zone: deadlines such as 17:00 are Riga time. */
    public static final ZoneId RIGA = ZoneId.of("Europe/Riga");

    private final Locale locale;
    private final List<ResourceBundle> bundles;

    public Messages(Locale locale) {
        this.locale = locale;
        // Latvian lives in the base bundle; never fall back to the JVM's default locale.
        this.bundles = BUNDLES.stream().map(name -> bundle(name, locale)).toList();
    }

    public static Messages latvian() {
        return new Messages(LATVIAN);
    }

    public static Messages forLanguage(String language) {
        return new Messages("en".equalsIgnoreCase(language) ? ENGLISH : LATVIAN);
    }

    public Locale locale() {
        return locale;
    }

    /** One feature's bundle in the given language; Latvian is the base file. */
    public static ResourceBundle bundle(String name, Locale locale) {
        // Never fall back to the JVM's default locale: Latvian is the base bundle.
        return ResourceBundle.getBundle("lv.klade.i18n." + name, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public boolean has(String key) {
        return bundles.stream().anyMatch(b -> b.containsKey(key));
    }

    /** The text for a key with its {0}-style arguments filled in; dates print as dd.MM.yyyy. */
    public String get(String key, Object... args) {
        String pattern = bundles.stream().filter(b -> b.containsKey(key)).map(b -> b.getString(key))
                .findFirst().orElse(null);
        if (pattern == null) {
            return "!" + key + "!";
        }
        if (args.length == 0) {
            // Patterns are MessageFormat's, where '' is one apostrophe, with arguments or without.
            return pattern.replace("''", "'");
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof LocalDate d ? DATE.format(d) : args[i];
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    public String text(Problem problem) {
        return problem.text(this);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A moment as the school's clock shows it (Europe/Riga), e.g. "14:05". */
    public static String time(Instant instant) {
        return TIME.format(instant.atZone(RIGA));
    }

    public static DateTimeFormatter dateFormat() {
        return DATE;
    }

    /** A time of the bell schedule, as the timetable and the lesson lists show it: "8:30". */
    public static String lessonTime(LocalTime time) {
        return time == null ? "" : LESSON_TIME.format(time);
    }

    public static DateTimeFormatter lessonTimeFormat() {
        return LESSON_TIME;
    }
}
