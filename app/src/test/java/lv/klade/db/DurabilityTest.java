package lv.klade.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static lv.klade.db.generated.Tables.SCHOOL_SETTING;
import static org.assertj.core.api.Assertions.assertThat;

class DurabilityTest {
    private static final int SAVES_BEFORE_KILL = 300;

    @TempDir
    Path dir;

    @Test
    void everySaveReportedBeforeSigkillIsInTheFileAfterwards() throws Exception {
        Path journal = dir.resolve("durable");
        Process child = startChild(journal);
        List<String> reported = new ArrayList<>();
        JournalKey key;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            key = JournalKey.of(HexFormat.of().parseHex(out.readLine()));
            String line;
            while (reported.size() < SAVES_BEFORE_KILL && (line = out.readLine()) != null) {
                reported.add(line);
            }
            // destroyForcibly is SIGKILL on Linux: no shutdown hooks, no chance to flush anything.
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(reported).as("the child saved nothing; see its stderr").hasSize(SAVES_BEFORE_KILL);

        try (Database reopened = Database.open(journal, key, Clock.systemUTC())) {
            List<String> kept = reopened.dsl().select(SCHOOL_SETTING.SETTING_KEY).from(SCHOOL_SETTING)
                    .fetch(SCHOOL_SETTING.SETTING_KEY);
            assertThat(kept).containsAll(reported);
            assertThat(new ChangeLog(new JournalStore(reopened, Clock.systemUTC())).count())
                    .isGreaterThanOrEqualTo(SAVES_BEFORE_KILL);
        }
    }

    private static Process startChild(Path journal) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED",
                "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
                "-cp", System.getProperty("java.class.path"),
                DurabilityChild.class.getName(), journal.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }
}
