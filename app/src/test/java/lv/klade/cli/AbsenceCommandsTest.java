package lv.klade.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import lv.klade.timetable.AbsenceDemo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The deputy director records a teacher's sick leave and a substitute from the command line. */
class AbsenceCommandsTest {
    @TempDir
    Path dir;
    private String db;
    private String tutorsJournal;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void demo() {
        try (AbsenceDemo demo = new AbsenceDemo(dir)) {
            tutorsJournal = demo.services.classRepository().journals(demo.year.id()).stream()
                    .filter(j -> j.id().equals(demo.tutorsJournal)).findFirst().orElseThrow().name();
        }
        db = dir.resolve("demo").toString();
    }

    /** The words as {@code user} types them, on the demo's Monday; the output of this one run. */
    private int run(String user, String... words) {
        out.reset();
        err.reset();
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new TestTerminal());
        Commands.registerAll(cli, AbsenceDemo.CLOCK);
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
    void sickLeaveListsItsLessonsAndASubstituteTakesOne() {
        assertThat(run("vietnieks", "absence", "add", "--teacher", "audzinataja", "--from", "2026-11-30",
                "--to", "2026-12-01", "--kind", "sick", "--reason", "Darbnespējas lapa A-123")).as(err()).isZero();
        assertThat(out()).startsWith("Prombūtne ierakstīta: ").contains("30.11.2026–01.12.2026, Slimības lapa.")
                .contains("30.11.2026 1. stunda, " + tutorsJournal + ": nenotiek (aizvietotājs nav norīkots)",
                        "30.11.2026 2. stunda, ", "01.12.2026 1. stunda, ");

        assertThat(run("vietnieks", "absence", "substitute", "--journal", tutorsJournal, "--date", "2026-11-30",
                "--period", "1", "--substitute", "skolotajs", "--order", "1-12/9")).as(err()).isZero();
        assertThat(out()).contains("30.11.2026 1. stundu „" + tutorsJournal + "” vadīs ");

        assertThat(run("vietnieks", "absence", "list")).isZero();
        assertThat(out()).contains("Darbnespējas lapa A-123")
                .contains("30.11.2026 1. stunda, " + tutorsJournal + ": aizvieto ")
                .contains("(rīkojums Nr. 1-12/9, 30.11.2026)")
                .contains("01.12.2026 1. stunda, " + tutorsJournal + ": nenotiek");

        assertThat(run("vietnieks", "absence", "remove", "--teacher", "audzinataja", "--date", "2026-12-01")).isZero();
        assertThat(run("vietnieks", "absence", "list", "--lang", "en")).isZero();
        assertThat(out()).startsWith("No teacher is away from 30.11.2026");
    }

    @Test
    void badInputIsOneClearLineAndNothingIsWritten() {
        assertThat(run("skolotajs", "absence", "add", "--teacher", "audzinataja", "--from", "2026-11-30",
                "--kind", "sick", "--reason", "x")).isEqualTo(1);
        assertThat(err()).contains("tikai direktora vietnieks vai administrators");
        assertThat(run("vietnieks", "absence", "add", "--teacher", "audzinataja", "--from", "2026-11-30",
                "--kind", "holiday", "--reason", "x")).isEqualTo(1);
        assertThat(err()).contains("Prombūtnes veids „holiday” nav zināms.");
        assertThat(run("vietnieks", "absence", "add", "--teacher", "nav", "--from", "2026-11-30",
                "--kind", "sick", "--reason", "x")).isEqualTo(1);
        assertThat(run("vietnieks", "absence", "substitute", "--journal", tutorsJournal, "--date", "2026-11-30",
                "--period", "1", "--substitute", "skolotajs", "--order", "1-12/9")).isEqualTo(1);
        assertThat(err()).contains("nav reģistrētas prombūtnes");
        assertThat(run("vietnieks", "absence", "list")).isZero();
        assertThat(out()).startsWith("No 30.11.2026 līdz ").contains("skolotāju prombūtņu nav.");
        assertThat(run("vietnieks", "absence")).isEqualTo(2);
        assertThat(run("vietnieks", "absence", "add", "--teacher", "audzinataja", "--kind", "sick")).isEqualTo(2);
    }
}
