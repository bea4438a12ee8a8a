package lv.klade.statistics;

import java.math.BigDecimal;
import java.util.Locale;
import lv.klade.i18n.Messages;

/** Figures as people read them: "7,25" in Latvian, "7.25" in English, as the other documents print decimals. */
public final class Decimals {
    private Decimals() {
    }

    public static String shown(BigDecimal value, Locale locale) {
        String plain = value.toPlainString();
        return locale.equals(Messages.ENGLISH) ? plain : plain.replace('.', ',');
    }
}
