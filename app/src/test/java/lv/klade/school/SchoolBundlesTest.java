package lv.klade.school;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SchoolBundlesTest {

    // Read the files themselves: a ResourceBundle would show the Latvian keys through the English one.
    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SchoolBundlesTest.class.getResourceAsStream("/lv/klade/i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void latvianAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("school_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("school.properties").stringPropertyNames());
    }
}
