package lv.klade.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import lv.klade.reports.Pdf;
import lv.klade.testing.YearEndDemo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code klade print certificates}: the certificates of forms 9 and 12 of the finished demo year. */
class CertificatesCommandTest {
    @TempDir
    static Path shared;
    @TempDir
    Path out;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void finishTheYear() {
        YearEndDemo.finished(shared.resolve("j"));
    }

    private int run(String... words) {
        Cli cli = new Cli(new PrintStream(printed, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new TestTerminal());
        Commands.registerAll(cli, YearEndDemo.CLOCK);
        return cli.run(TestTerminal.asAdmin(words));
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(out)) {
            return list.sorted().toList();
        }
    }

    @Test
    void allPrintsACertificateFileForEachStudentOfFormsNineAndTwelveWhoGetsOne() throws IOException {
        int code = run("print", "certificates", "--db", shared.resolve("j").toString(), "--class", "all", "--out",
                out.toString());
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<Path> files = files();
        assertThat(files).isNotEmpty()
                .allMatch(f -> f.getFileName().toString().matches("(9|12)\\.a_.*_(apliecība|atestāts)\\.pdf"));
        assertThat(Pdf.read(files.getFirst()).text()).contains("Galīgais vērtējums");
        // The first student of 12.a is short in a subject after re-examination: named, with the reason.
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("izglītības dokumentu neizsniedz");
    }

    @Test
    void aClassOfAnotherFormIsOneClearLineAndExitOne() {
        int code = run("print", "certificates", "--db", shared.resolve("j").toString(), "--class", "7.a", "--out",
                out.toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).singleElement().asString().contains("7.a");
    }
}
