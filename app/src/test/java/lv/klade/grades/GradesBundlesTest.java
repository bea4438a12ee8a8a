package lv.klade.grades;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import lv.klade.i18n.Messages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GradesBundlesTest {

    // Read the files themselves: a ResourceBundle would show the Latvian keys through the English one.
    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = GradesBundlesTest.class.getResourceAsStream("/lv/klade/i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void latvianAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("grades_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("grades.properties").stringPropertyNames());
    }

    @Test
    void everyKindScaleAndVerdictHasItsText() {
        Messages lv = Messages.latvian();
        for (GradeKind kind : GradeKind.values()) {
            assertThat(lv.has(kind.messageKey())).as(kind.name()).isTrue();
        }
        for (Scale scale : Scale.values()) {
            assertThat(lv.has(scale.messageKey())).isTrue();
            assertThat(lv.has("grades.parse.wrongScale." + scale.name())).isTrue();
            assertThat(lv.has("grades.wrongScale." + scale.name())).isTrue();
        }
        for (Verdict verdict : Verdict.values()) {
            assertThat(lv.has(verdict.messageKey())).isTrue();
        }
    }
}
