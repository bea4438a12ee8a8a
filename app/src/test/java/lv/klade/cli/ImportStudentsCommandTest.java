package lv.klade.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import lv.klade.i18n.Messages;
import lv.klade.shell.Services;
import lv.klade.testing.FirstDayDemo;
import lv.klade.testing.StudentLists;
import lv.klade.testing.TestLogins;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ImportStudentsCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-01T07:00:00Z"), Messages.RIGA);
    private static final List<String> CLASSES = List.of("1.a", "7.a", "12.a");

    @TempDir
    static Path dir;
    private static Path journal;
    private static long seed;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void makeADemoSchool() {
        journal = dir.resolve("demo");
        FirstDayDemo.create(journal, 24, CLOCK);
    }

    private int run(String... words) {
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new TestTerminal());
        Commands.registerAll(cli);
        return cli.run(TestTerminal.asAdmin(words));
    }

    private List<String> out() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private List<String> err() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static int students() {
        try (Services services = TestLogins.open(journal, CLOCK)) {
            return services.students().count();
        }
    }

    /** A list of new students, valid unless a test spoils some rows, with codes no earlier list used. */
    private static List<List<String>> list(int count) {
        try (Services services = TestLogins.open(journal, CLOCK)) {
            List<String> taken = new ArrayList<>();
            services.classRepository().classes(services.year().id())
                    .forEach(c -> services.students().ofClass(c.id()).forEach(s -> taken.add(s.personalCode().value())));
            return new ArrayList<>(StudentLists.students(count, CLASSES, taken, ++seed));
        }
    }

    private static Path csv(String name, List<List<String>> rows) {
        return StudentLists.csv(dir.resolve(name), StudentLists.HEADERS, rows);
    }

    private static List<String> spoiled(List<String> row, int column, String value) {
        List<String> copy = new ArrayList<>(row);
        copy.set(column, value);
        return copy;
    }

    @Test
    void aValidListIsImportedWholeWithItsReportAndExitZero() {
        int before = students();

        int code = run("import-students", "--db", journal.toString(), csv("labs.csv", list(30)).toString());

        assertThat(code).isZero();
        assertThat(out()).containsExactly("Fails: labs.csv (CSV · UTF-8 · ;)",
                "Kolonnas: „Nr.” → — neimportēt —, „Vārds” → Vārds, „Uzvārds” → Uzvārds, „Personas kods” → Personas kods, "
                        + "„Dzimšanas datums” → Dzimšanas datums, „Dzimums” → Dzimums, „Klase” → Klase, „Tālrunis” → Tālrunis, "
                        + "„Deklarētā adrese” → Deklarētā adrese, „Rīkojuma Nr.” → Rīkojuma Nr., „Rīkojuma datums” → Rīkojuma datums",
                "Rindas: 30; derīgas: 30; atteiktas: 0.",
                "Importēti skolēni: 30.");
        assertThat(err()).isEmpty();
        assertThat(students()).isEqualTo(before + 30);
    }

    @Test
    void aDryRunReportsWhatItWouldImportAndWritesNothing() {
        int before = students();

        int code = run("import-students", "--db", journal.toString(), "--dry-run", csv("labs.csv", list(12)).toString(),
                "--lang", "en");

        assertThat(code).isZero();
        assertThat(out()).contains("Rows: 12; valid: 12; refused: 0.")
                .endsWith("Check without writing: students that could be imported: 12. Nothing was written.");
        assertThat(students()).isEqualTo(before);
    }

    @Test
    void refusedRowsAreListedByRowAndNothingIsWrittenWithExitOne() {
        List<List<String>> rows = list(10);
        rows.set(2, spoiled(rows.get(2), 6, "13.z"));
        rows.set(6, spoiled(spoiled(rows.get(6), 3, rows.get(0).get(3)), 4, rows.get(0).get(4)));
        int before = students();

        int code = run("import-students", "--db", journal.toString(), csv("kludas.csv", rows).toString());

        assertThat(code).isEqualTo(1);
        assertThat(out()).contains("Rindas: 10; derīgas: 8; atteiktas: 2.", "Nekas nav ierakstīts.");
        assertThat(out().stream().filter(l -> l.startsWith("Rinda ")))
                .hasSize(2)
                .satisfiesExactly(l -> assertThat(l).startsWith("Rinda 4: Klases „13.z” mācību gadā 2026/27 nav."),
                        l -> assertThat(l).startsWith("Rinda 8: Personas kods " + rows.get(0).get(3) + " jau ir 2. rindā."));
        assertThat(out()).anySatisfy(l -> assertThat(l).startsWith("Saraksts tiek importēts viss vai nekas"));
        assertThat(students()).isEqualTo(before);
    }

    @Test
    void withValidOnlyTheValidRowsAreImportedAndTheExitCodeStillSaysSomeWereRefused() {
        List<List<String>> rows = list(10);
        rows.set(4, spoiled(rows.get(4), 3, "010101-11111"));
        int before = students();

        int code = run("import-students", "--db", journal.toString(), csv("dalejs.csv", rows).toString(), "--valid-only");

        assertThat(code).isEqualTo(1);
        assertThat(out()).contains("Rinda 6: Personas koda 010101-11111 pēdējais (kontroles) cipars nesakrīt ar pārējiem: "
                        + "kodā ir kļūda. Pārbaudiet kodu personas dokumentā.")
                .last().asString().startsWith("Importēti derīgo rindu skolēni: 9. Atteiktās rindas (1) nav importētas");
        assertThat(students()).isEqualTo(before + 9);
    }

    @Test
    void aMappingFileNamesTheColumnsTheHeadersDoNot() throws IOException {
        List<String> headers = new ArrayList<>(StudentLists.HEADERS);
        headers.set(1, "Audzēkņa vārds");
        headers.set(6, "Grupa");
        Path list = StudentLists.csv(dir.resolve("citi.csv"), headers, list(5));
        Path mapping = Files.writeString(dir.resolve("kartejums.json"),
                "{\"Audzēkņa vārds\": \"firstName\", \"Grupa\": \"class\", \"Tālrunis\": \"ignore\"}");

        int code = run("import-students", "--db", journal.toString(), list.toString(), "--mapping", mapping.toString());

        assertThat(code).as(String.join("\n", out())).isZero();
        assertThat(out().get(1)).contains("„Audzēkņa vārds” → Vārds", "„Grupa” → Klase", "„Tālrunis” → — neimportēt —");
    }

    @Test
    void aListWithoutAnOrderTakesTheOrderForAllFromTheOptions() {
        List<List<String>> rows = list(3).stream().map(r -> r.subList(0, 9)).toList();
        Path list = StudentLists.csv(dir.resolve("bez.csv"), StudentLists.HEADERS.subList(0, 9), rows);

        int refused = run("import-students", "--db", journal.toString(), list.toString(), "--dry-run");
        int imported = run("import-students", "--db", journal.toString(), list.toString(), "--order", "1-12/9",
                "--order-date", "2026-08-31");

        assertThat(refused).isEqualTo(1);
        assertThat(out()).anySatisfy(l -> assertThat(l).startsWith("Nav uzņemšanas rīkojuma:"));
        assertThat(imported).isZero();
    }

    @Test
    void aBrokenFileIsOneLineOnStderrAndNothingIsWritten() throws IOException {
        Path quotes = Files.writeString(dir.resolve("pedinas.csv"), "Vārds;Uzvārds\nLīga;\"Ķēniņa\n");
        int before = students();

        int code = run("import-students", "--db", journal.toString(), quotes.toString());

        assertThat(code).isEqualTo(1);
        assertThat(out()).isEmpty();
        assertThat(err()).containsExactly("Failā pedinas.csv pēdiņas (\") nav sapārotas, sākot ar 2. rindu: šūnas teksts "
                + "nav noslēgts ar pēdiņām vai aiz tām vēl ir teksts. Izlabojiet šo rindu vai saglabājiet failu no tabulu "
                + "programmas vēlreiz.");
        assertThat(students()).isEqualTo(before);
    }

    @Test
    void onlyTheRegistrarAndTheAdministratorMayImport() {
        Path list = csv("labs.csv", list(2));

        int teacher = run("import-students", "--db", journal.toString(), list.toString(), "--user", "skolotajs");
        int registrar = run("import-students", "--db", journal.toString(), list.toString(), "--user", "lietvedis",
                "--dry-run");

        assertThat(teacher).isEqualTo(1);
        assertThat(err()).hasSize(1).first().asString()
                .endsWith("nav ne lietvedis, ne virslietotājs: skolēnu sarakstu var importēt tikai viņi. Lūdziet lietvedi to izdarīt.");
        assertThat(registrar).isZero();
    }

    @Test
    void withoutAFileTheCommandSaysHowToNameOne() {
        assertThat(run("import-students", "--db", journal.toString(), "--lang", "en")).isEqualTo(1);
        assertThat(err()).containsExactly("Name the file to import: klade import-students --db PATH FILE --user LOGIN.");
    }
}
