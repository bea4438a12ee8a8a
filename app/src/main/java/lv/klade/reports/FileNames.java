package lv.klade.reports;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes file names that every file system a school uses accepts (NTFS, FAT32 on a USB stick,
 * APFS, ext4), keeping the Latvian letters: people look for "Bērziņa", and all of these store
 * Unicode names. Characters Windows forbids ({@code <>:"/\|?*}), control characters and spaces
 * become "_"; leading dots (hidden files) and trailing dots or spaces (which Windows drops) go;
 * device names such as CON get a leading "_"; names are cut to 120 characters (at most 240 bytes
 * in UTF-8, under every system's 255). Letters are composed (NFC) so a name looks the same
 * whichever system wrote it. Within one batch, names that differ only in letter case are made
 * unique with "_2", "_3", because Windows and macOS treat them as the same file.
 */
final class FileNames {
    static final int MAX_LENGTH = 120;
    private static final Pattern UNSAFE = Pattern.compile("[<>:\"/\\\\|?*\\p{Cntrl}\\s]+");
    private static final Pattern REPEATED = Pattern.compile("_{2,}");
    private static final Pattern RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");

    private final Set<String> used = new HashSet<>();

    /** A safe name for {@code raw}, or {@code fallback} when nothing of it is left. */
    static String safe(String raw, String fallback) {
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC);
        name = UNSAFE.matcher(name).replaceAll("_");
        name = REPEATED.matcher(name).replaceAll("_");
        name = trim(name);
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            name = trim(name.substring(0, name.offsetByCodePoints(0, MAX_LENGTH)));
        }
        if (name.isEmpty()) {
            return fallback;
        }
        return RESERVED.matcher(name).matches() ? "_" + name : name;
    }

    private static String trim(String name) {
        int start = 0;
        while (start < name.length() && (name.charAt(start) == '.' || name.charAt(start) == '_')) {
            start++;
        }
        int end = name.length();
        while (end > start && (name.charAt(end - 1) == '.' || name.charAt(end - 1) == '_')) {
            end--;
        }
        return name.substring(start, end);
    }

    /** {@code base + extension}, made unique among the names this instance has handed out. */
    String unique(String base, String extension) {
        String name = base + extension;
        for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "_" + n + extension;
        }
        return name;
    }
}
