package lv.klade.people;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.school.SchoolClass;
import lv.klade.shell.Services;
import lv.klade.testing.StudentLists;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The check of a student list against itself and the journal, before anything is written. */
class StudentImportCheckTest {
    private static final List<String> HEADERS = List.of("Vārds", "Uzvārds", "Personas kods", "Dzimšanas datums",
            "Dzimums", "Klase", "Uzņemšanas datums", "Izglītības programmas kods", "Vecāka vārds", "Vecāka uzvārds");

    @TempDir
    static Path dir;
    private static ImportJournal journal;
    private static Services services;
    private static StudentImportService imports;
    private static Student inJournal;

    @BeforeAll
    static void openADemoSchool() {
        journal = ImportJournal.create(dir);
        services = journal.services;
        imports = journal.imports;
        inJournal = services.students().ofClass(sevenA().id()).getFirst();
    }

    @AfterAll
    static void close() {
        journal.close();
    }

    private static SchoolClass sevenA() {
        return services.classRepository().classes(services.year().id()).stream()
                .filter(c -> c.name().equals("7.a")).findFirst().orElseThrow();
    }

    private static String code(int year, int month, int day, int serial) {
        return PersonalCode.forBirthDate(LocalDate.of(year, month, day), serial).value();
    }

    /**
     * Rows 2 and 15 are valid; every other row has exactly the problem its comment names. Each test
     * gets codes of its own ({@code serial}), since one of them writes its valid rows.
     */
    private static List<List<String>> craftedRows(int serial) {
        String valid = code(2013, 4, 12, serial);
        String badCheckDigit = code(2013, 5, 1, 7);
        badCheckDigit = badCheckDigit.substring(0, 11) + (char) ('0' + (badCheckDigit.charAt(11) - '0' + 1) % 10);
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("Līga", "Ķēniņa", valid, "", "S", "7.a", "", ""));                                 // 2
        rows.add(row("Ēriks", "Zariņš", badCheckDigit, "", "V", "7.a", "", ""));                        // 3 check digit
        rows.add(row("Līga", "Ķēniņa", valid, "", "S", "7.a", "", ""));                                 // 4 twice
        rows.add(row(inJournal.firstName(), inJournal.lastName(), inJournal.personalCode().value(), "",
                inJournal.gender().name(), "7.a", "", ""));                                              // 5 in the journal
        rows.add(row("Ūna", "Liepiņa", code(2013, 6, 2, 3), "", "S", "13.z", "", ""));                  // 6 unknown class
        rows.add(row("", "Krūmiņš", code(2013, 6, 3, 4), "", "V", "7.a", "", ""));                       // 7 no first name
        rows.add(row("Ieva", "Ozoliņa", code(2013, 6, 4, 5), "31.02.2013", "S", "7.a", "", ""));         // 8 bad date
        rows.add(row("Anna", "Bērziņa", code(2013, 6, 5, 6), "06.06.2013", "S", "7.a", "", ""));         // 9 differs
        rows.add(row("Žanis", "Šmits", "32579461234", "", "V", "7.a", "", ""));                         // 10 no birth date
        rows.add(row("Kārlis", "Kļaviņš", code(2013, 6, 7, 8), "", "X", "7.a", "", ""));                // 11 gender
        rows.add(row("Rūdolfs", "Liepiņš", code(2013, 6, 8, 9), "", "V", "7.a", "2026-13-01", ""));     // 12 bad admission date
        rows.add(row("Oļegs", "Zariņš", code(2013, 6, 9, 10), "", "V", "", "", ""));                     // 13 no class
        rows.add(row("Ērika", "Šmite", code(2013, 6, 10, 11), "", "S", "7.a", "", "99999999"));        // 14 programme
        rows.add(row("Ņina", "Kļaviņa", "32" + (100000000 + serial), "10.10.2013", "sieviete", "7. A", "01.10.2026", "")); // 15
        List<String> halfGuardian = new ArrayList<>(row("Jānis", "Ozoliņš", code(2013, 6, 11, 12), "", "V", "7.a", "", ""));
        halfGuardian.set(8, "Inese");
        rows.add(halfGuardian);                                                                          // 16 guardian
        return rows;
    }

    private static List<String> row(String first, String last, String code, String born, String gender,
                                    String className, String from, String programme) {
        return List.of(first, last, code, born, gender, className, from, programme, "", "");
    }

    private StudentImportCheck check(Path file) {
        StudentImportTable table = StudentImportFiles.read(file);
        return imports.check(table, StudentImportMapping.guess(table.headers()),
                new StudentImportDefaults(null, new DirectorOrder("1-12/7", LocalDate.of(2026, 8, 28))));
    }

    @Test
    void eachProblemIsFoundOnExactlyItsRow() {
        StudentImportCheck check = check(StudentLists.csv(dir.resolve("kludas.csv"), HEADERS, craftedRows(101)));

        Map<Integer, List<String>> byRow = check.rowProblems().stream().collect(Collectors.groupingBy(
                StudentImportCheck.RowProblem::row, TreeMap::new,
                Collectors.mapping(p -> p.problem().key(), Collectors.toList())));
        assertThat(byRow).containsExactlyEntriesOf(new TreeMap<>(Map.ofEntries(
                Map.entry(3, List.of("people.code.checkDigit")),
                Map.entry(4, List.of("people.import.row.codeTwice")),
                Map.entry(5, List.of("people.import.row.codeTaken")),
                Map.entry(6, List.of("people.import.row.unknownClass")),
                Map.entry(7, List.of("people.import.row.missing")),
                Map.entry(8, List.of("people.import.row.badDate")),
                Map.entry(9, List.of("people.import.row.birthDateDiffers")),
                Map.entry(10, List.of("people.import.row.birthDateMissing")),
                Map.entry(11, List.of("people.import.row.badGender")),
                Map.entry(12, List.of("people.import.row.badDate")),
                Map.entry(13, List.of("people.import.row.missing")),
                Map.entry(14, List.of("people.import.row.unknownProgramme")),
                Map.entry(16, List.of("people.import.row.guardianName")))));
        assertThat(check.valid()).extracting(StudentImportCheck.ValidRow::row).containsExactly(2, 15);
        assertThat(check.rows()).isEqualTo(15);
        assertThat(check.refused()).isEqualTo(13);
    }

    @Test
    void aRowForAClassThatHasEndedIsRefused() {
        SchoolClass seven = sevenA();
        services.classes().end(lv.klade.db.Actor.SYSTEM, lv.klade.school.MasterItem.CLASS, seven.id(),
                LocalDate.of(2026, 9, 20));
        try {
            StudentImportCheck check = check(StudentLists.csv(dir.resolve("beigusies.csv"), HEADERS,
                    List.of(row("Līga", "Ķēniņa", code(2013, 4, 12, 303), "", "S", "7.a", "01.10.2026", ""))));

            assertThat(check.rowProblems()).extracting(p -> p.problem().key())
                    .containsExactly("people.import.row.classEnded");
            assertThat(Messages.latvian().text(check.rowProblems().getFirst().problem()))
                    .isEqualTo("Klase 7.a ir slēgta no 20.09.2026; tajā skolēnus vairs neuzņem. Norādiet citu klasi.");
        } finally {
            services.classes().end(lv.klade.db.Actor.SYSTEM, lv.klade.school.MasterItem.CLASS, seven.id(), null);
        }
    }

    @Test
    void theReportNamesEachRowAndWhatToDo() {
        StudentImportCheck check = check(StudentLists.csv(dir.resolve("kludas.csv"), HEADERS, craftedRows(101)));

        List<String> lines = StudentImportReport.problems(check, Messages.latvian());

        assertThat(StudentImportReport.counts(check, Messages.latvian())).isEqualTo("Rindas: 15; derīgas: 2; atteiktas: 13.");
        assertThat(lines).hasSize(13);
        assertThat(lines.get(1)).isEqualTo("Rinda 4: Personas kods " + code(2013, 4, 12, 101)
                + " jau ir 2. rindā. Atstājiet skolēnu tikai vienā rindā.");
        assertThat(lines.get(2)).startsWith("Rinda 5: Skolēns ar personas kodu " + inJournal.personalCode().value()
                + " jau ir žurnālā: " + inJournal.fullName() + ", klase 7.a.");
        assertThat(lines.get(3)).startsWith("Rinda 6: Klases „13.z” mācību gadā 2026/27 nav.");
        assertThat(lines.get(4)).isEqualTo("Rinda 7: Nav aizpildīts lauks „Vārds” (kolonna „Vārds”). Ierakstiet to.");
        assertThat(lines.get(9)).startsWith("Rinda 12: „2026-13-01” kolonnā „Uzņemšanas datums” nav datums.");
        assertThat(StudentImportReport.policy(check, Messages.latvian())).contains("viss vai nekas", "13");
        assertThat(StudentImportReport.problems(check, Messages.forLanguage("en")).get(3))
                .startsWith("Row 6: The school year 2026/27 has no class \"13.z\".");
    }

    @Test
    void aListWithARefusedRowIsNotWrittenUnlessOnlyItsValidRowsAreChosen() {
        StudentImportCheck check = check(StudentLists.csv(dir.resolve("kludas.csv"), HEADERS, craftedRows(202)));
        StaffMember registrar = journal.login("lietvedis");
        int before = services.students().count();

        UserError refused = catchThrowableOfType(UserError.class, () -> imports.importStudents(registrar, check, false));
        int tried = imports.tryImport(registrar, check, true);

        assertThat(refused.problem().key()).isEqualTo("people.import.refused");
        assertThat(tried).isEqualTo(2);
        assertThat(services.students().count()).isEqualTo(before);

        assertThat(imports.importStudents(registrar, check, true)).isEqualTo(2);
        assertThat(services.students().count()).isEqualTo(before + 2);
        Student nina = services.students().search("32" + (100000000 + 202)).getFirst();
        assertThat(nina.classId()).isEqualTo(sevenA().id());
        assertThat(nina.birthDate()).isEqualTo(LocalDate.of(2013, 10, 10));
        assertThat(nina.admitted()).isEqualTo(new DirectorOrder("1-12/7", LocalDate.of(2026, 8, 28)));
        assertThat(services.students().details(nina.id()).orElseThrow().enrolments().getFirst().starts())
                .isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void withoutAnOrderForAllOrColumnsForItTheFileIsRefusedOnce() {
        Path file = StudentLists.csv(dir.resolve("bez.csv"), HEADERS, craftedRows(303).subList(0, 1));
        StudentImportTable table = StudentImportFiles.read(file);

        StudentImportCheck check = imports.check(table, StudentImportMapping.guess(table.headers()),
                StudentImportDefaults.NONE);

        assertThat(check.fileProblems()).extracting(p -> p.key()).containsExactly("people.import.orderMissing");
        assertThat(check.rowProblems()).isEmpty();
        assertThat(check.valid()).isEmpty();
    }

    @Test
    void onlyTheRegistrarAndTheAdministratorMayImport() {
        StudentImportCheck check = check(StudentLists.csv(dir.resolve("viens.csv"), HEADERS, craftedRows(101).subList(0, 1)));
        StaffMember teacher = journal.login("skolotajs");

        UserError refused = catchThrowableOfType(UserError.class, () -> imports.importStudents(teacher, check, false));

        assertThat(refused.problem().key()).isEqualTo("people.import.notAllowed");
    }
}
