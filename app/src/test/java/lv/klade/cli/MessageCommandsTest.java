package lv.klade.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import lv.klade.db.Actor;
import lv.klade.i18n.Messages;
import lv.klade.shell.Services;
import lv.klade.testing.FirstDayDemo;
import lv.klade.testing.TestLogins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Messages and news from the command line: sent, listed, and refused with one line. */
class MessageCommandsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-15T09:00:00Z"), Messages.RIGA);
    @TempDir
    Path dir;
    private String db;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void demo() {
        Path file = dir.resolve("demo");
        FirstDayDemo.create(file, 40, CLOCK);
        db = file.toString();
    }

    private int run(String user, String... words) {
        out.reset();
        err.reset();
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new TestTerminal());
        Commands.registerAll(cli, CLOCK);
        String[] all = java.util.Arrays.copyOf(words, words.length + 4);
        all[words.length] = "--db";
        all[words.length + 1] = db;
        all[words.length + 2] = "--user";
        all[words.length + 3] = user;
        return cli.run(all);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aTeacherWritesToAColleagueWhoListsItUnread() {
        assertThat(run("skolotajs", "message", "send", "--to", "audzinataja", "--subject", "Ekskursija",
                "--text", "Vai 7.a brauks uz Siguldu?")).as(err()).isZero();
        assertThat(out()).startsWith("Nosūtīts: ").contains("15.10.2026 12:00");

        assertThat(run("audzinataja", "message", "list")).as(err()).isZero();
        assertThat(out()).contains("15.10.2026 12:00", "Ekskursija", "[nelasīts]", "Vai 7.a brauks uz Siguldu?");
        assertThat(run("skolotajs", "message", "list", "--sent")).isZero();
        assertThat(out()).contains("Ekskursija");
    }

    @Test
    void theRegistrarPostsNewsThatEveryoneLists() {
        assertThat(run("lietvedis", "news", "--subject", "Koncerts", "--text", "22. decembrī aktu zālē.")).as(err())
                .isZero();
        assertThat(run("skolotajs", "news", "--lang", "en")).isZero();
        assertThat(out()).contains("Koncerts", "22. decembrī aktu zālē.");
        assertThat(run("skolotajs", "news", "--subject", "Mans jaunums", "--text", "Teksts")).isEqualTo(1);
        assertThat(err()).contains("lietvedis, direktora vietnieks vai virslietotājs");
    }

    @Test
    void aMessageToSomeoneWhoLeftIsOneClearLineAndNothingIsSent() {
        try (Services admin = TestLogins.open(Path.of(db), CLOCK)) {
            admin.accounts().revoke(Actor.user(admin.user().id()), admin.staff().byLogin("koncertmeistars").orElseThrow().id());
        }
        assertThat(run("skolotajs", "message", "send", "--to", "koncertmeistars", "--subject", "S", "--text", "T"))
                .isEqualTo(1);
        assertThat(err().strip()).doesNotContain("\n").contains("vairs nestrādā");
        assertThat(run("skolotajs", "message", "list", "--sent")).isZero();
        assertThat(out()).contains("Ziņojumu nav.");
    }

    @Test
    void noRecipientOrTwoRecipientsIsMisuse() {
        assertThat(run("skolotajs", "message", "send", "--subject", "S", "--text", "T")).isEqualTo(2);
        assertThat(run("skolotajs", "message", "send", "--to", "admin", "--all-teachers", "--subject", "S",
                "--text", "T")).isEqualTo(2);
        assertThat(err()).contains("--all-teachers");
    }
}
