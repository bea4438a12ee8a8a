package lv.klade.i18n;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.assertj.core.api.Assertions.assertThat;

class BundlesTest {
    static final java.util.List<String> BUNDLES = Messages.BUNDLES;

    private static Set<String> keys(String bundle, java.util.Locale locale) {
        return new TreeSet<>(Collections.list(Messages.bundle(bundle, locale).getKeys()));
    }

    @ParameterizedTest
    @FieldSource("BUNDLES")
    void latvianAndEnglishHaveTheSameKeys(String bundle) {
        assertThat(keys(bundle, Messages.ENGLISH)).isEqualTo(keys(bundle, Messages.LATVIAN));
    }

    @ParameterizedTest
    @FieldSource("BUNDLES")
    void englishIsItsOwnFileNotTheLatvianFallback(String bundle) {
        var english = Messages.bundle(bundle, Messages.ENGLISH);
        assertThat(english.getLocale()).isEqualTo(Messages.ENGLISH);
    }

    @org.junit.jupiter.api.Test
    void datesArePrintedDayMonthYear() {
        assertThat(Messages.latvian().get("db.missing", java.time.LocalDate.of(2026, 9, 1)))
                .contains("01.09.2026");
    }
}
