package lv.klade.demo;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Latvian letters without their marks, for logins and e-mail addresses: "Kļaviņš" → "Klavins". */
final class Ascii {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Ascii() {
    }

    static String of(String text) {
        // ā, č, ē, ģ, ī, ķ, ļ, ņ, š, ū, ž all decompose into a plain letter and a combining mark.
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    }
}
