package lv.klade.statistics.ui;

import java.math.BigDecimal;
import lv.klade.i18n.Messages;

/** Decimals as the screen shows them: "7,25" in Latvian, "7.25" in English. */
final class Numbers {
    private Numbers() {
    }

    static String decimal(BigDecimal value, Messages text) {
        String plain = value.toPlainString();
        return text.locale().equals(Messages.ENGLISH) ? plain : plain.replace('.', ',');
    }
}
