package lv.klade.statistics;

import java.text.Collator;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lv.klade.i18n.Messages;

/** How group labels sort: by their leading number first ("4.a" before "10.a"), then as Latvian sorts text. */
final class Labels {
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d{1,9})");
    private static final Collator LATVIAN = Collator.getInstance(Messages.LATVIAN);

    static final Comparator<String> ORDER = Comparator.comparingLong(Labels::leadingNumber)
            .thenComparing(LATVIAN::compare);

    private Labels() {
    }

    /** A label without a leading number sorts after those with one. */
    private static long leadingNumber(String label) {
        Matcher m = LEADING_NUMBER.matcher(label);
        return m.find() ? Long.parseLong(m.group(1)) : Long.MAX_VALUE;
    }
}
