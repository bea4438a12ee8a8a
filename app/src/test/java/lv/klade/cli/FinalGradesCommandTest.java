package lv.klade.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lv.klade.school.SchoolClass;
import lv.klade.shell.Services;
import lv.klade.testing.TestLogins;
import lv.klade.testing.YearEndDemo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class FinalGradesCommandTest {
    private static final String HEADER = "personas_kods;vards;uzvards;klase;programmas_kods;macibu_prieksmets;"
            + "gada_vertejums;pecparbaudijums;eksamens;galigais_vertejums;macibu_gads;gada_beigas";

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... words) {
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new TestTerminal());
        Commands.registerAll(cli, YearEndDemo.CLOCK);
        return cli.run(TestTerminal.asAdmin(words));
    }

    private String finished() {
        YearEndDemo.finished(dir.resolve("j"));
        return dir.resolve("j").toString();
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Each form 12 student's personal code, with the number of subjects they learn. */
    private Map<String, Integer> subjectsOfForm12() {
        try (Services services = TestLogins.open(dir.resolve("j"), YearEndDemo.CLOCK)) {
            return services.classRepository().classes(services.year().id()).stream().filter(c -> c.form() == 12)
                    .map(SchoolClass::id).flatMap(id -> services.yearResults().finals(id).stream())
                    .collect(Collectors.toMap(s -> s.student().personalCode().value(), s -> s.subjects().size()));
        }
    }

    @Test
    void theExportIsOneRowPerStudentAndSubjectUnderItsHeader() throws IOException {
        Path csv = dir.resolve("12.csv");
        assertThat(run("export-final-grades", "--db", finished(), "--form", "12", "--out", csv.toString()))
                .as(err.toString(StandardCharsets.UTF_8)).isZero();

        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes[0]).as("no byte order mark").isEqualTo((byte) 'p');
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n");
        List<String> lines = text.lines().toList();
        assertThat(lines.getFirst()).isEqualTo(HEADER);
        List<String[]> rows = lines.subList(1, lines.size()).stream().map(l -> l.split(";", -1)).toList();
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(12));
        assertThat(rows.getFirst()[3]).isEqualTo("12.a");
        assertThat(rows.getFirst()[4]).matches("\\d{8}");
        assertThat(rows.getFirst()[10]).isEqualTo("2026/27");
        assertThat(rows.getFirst()[11]).matches("2027-06-\\d\\d");
        assertThat(rows).allSatisfy(r -> assertThat(r[9]).isNotEmpty());
        Map<String, Integer> subjects = subjectsOfForm12();
        assertThat(rows.stream().collect(Collectors.groupingBy(r -> r[0], Collectors.summingInt(r -> 1))))
                .isEqualTo(subjects);
        assertThat(out()).contains(rows.size() + " rindas (" + subjects.size() + " skolēni").contains(csv.toString());
    }

    @Test
    void theFailedSubjectStandsAtItsReExamination() throws IOException {
        Path csv = dir.resolve("12.csv");
        assertThat(run("export-final-grades", "--db", finished(), "--form", "12", "--out", csv.toString())).isZero();

        assertThat(Files.readAllLines(csv).stream().map(l -> l.split(";", -1)))
                .filteredOn(r -> r[7].equals("3")).singleElement()
                .satisfies(r -> assertThat(Arrays.asList(r[6], r[9])).containsExactly("3", "3"));
    }

    @Test
    void missingGradesRefuseTheExportNamingWhoLacksWhat() {
        YearEndDemo.unfinished(dir.resolve("j"));
        Path csv = dir.resolve("9.csv");

        assertThat(run("export-final-grades", "--db", dir.resolve("j").toString(), "--form", "9", "--out",
                csv.toString())).isEqualTo(1);

        assertThat(out().lines().findFirst()).hasValueSatisfying(l -> assertThat(l).startsWith("Galīgos vērtējumus neeksportē:"));
        assertThat(out().lines().filter(l -> l.startsWith("9.a ") && l.contains(" — trūkst: "))).isNotEmpty();
        assertThat(csv).doesNotExist();
    }

    @Test
    void allowMissingExportsWithEmptyCells() throws IOException {
        YearEndDemo.unfinished(dir.resolve("j"));
        Path csv = dir.resolve("9.csv");

        assertThat(run("export-final-grades", "--db", dir.resolve("j").toString(), "--form", "9", "--out",
                csv.toString(), "--allow-missing")).isZero();

        assertThat(Files.readAllLines(csv).stream().skip(1).map(l -> l.split(";", -1)[9])).contains("");
    }

    @Test
    void aTeacherMayNotExportPersonalCodes() {
        Path csv = dir.resolve("12.csv");

        assertThat(run("export-final-grades", "--db", finished(), "--form", "12", "--out", csv.toString(), "--user",
                "skolotajs")).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("tikai lietvedis, direktora vietnieks un virslietotājs");
        assertThat(csv).doesNotExist();
    }

    @Test
    void theRegistrarMayExport() {
        assertThat(run("export-final-grades", "--db", finished(), "--form", "9", "--out",
                dir.resolve("9.csv").toString(), "--user", "lietvedis")).isZero();
    }

    @Test
    void anotherFormIsRefusedAndAnUnknownOptionIsMisuse() {
        String journal = finished();

        assertThat(run("export-final-grades", "--db", journal, "--form", "7", "--out", dir.resolve("7.csv").toString()))
                .isEqualTo(1);
        assertThat(run("export-final-grades", "--db", journal, "--form", "9", "--out", dir.resolve("9.csv").toString(),
                "--class", "9.a")).isEqualTo(2);
    }
}
