package lv.klade.people;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lv.klade.i18n.Messages;
import lv.klade.school.SchoolClass;
import lv.klade.shell.Services;
import lv.klade.testing.StudentLists;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A whole school's list, 600 students, checked and imported end to end from XLSX and from CSV. */
class StudentImportScaleTest {
    private static final int STUDENTS = 600;

    @TempDir
    static Path dir;
    private static ImportJournal journal;
    private static Services services;
    private static StudentImportService imports;
    private static StaffMember registrar;
    private static List<SchoolClass> classes;

    @BeforeAll
    static void openADemoSchool() {
        journal = ImportJournal.create(dir);
        services = journal.services;
        imports = journal.imports;
        registrar = journal.login("lietvedis");
        classes = services.classRepository().classes(services.year().id());
    }

    @AfterAll
    static void close() {
        journal.close();
    }

    @Test
    void aSixHundredStudentXlsxLandsInItsClassesInSeconds() {
        importsWholeList(rows -> StudentLists.xlsx(dir.resolve("viis.xlsx"), StudentLists.HEADERS, rows), 1);
    }

    @Test
    void aSixHundredStudentWindows1257CsvLandsInItsClassesInSeconds() {
        importsWholeList(rows -> StudentLists.csv(dir.resolve("viis.csv"), StudentLists.HEADERS, rows,
                java.nio.charset.Charset.forName("windows-1257"), ';', false), 2);
    }

    private void importsWholeList(Function<List<List<String>>, Path> file, long seed) {
        Set<String> taken = new StudentRepository(services.store()).all().stream()
                .map(s -> s.personalCode().value()).collect(Collectors.toSet());
        List<List<String>> rows = StudentLists.students(STUDENTS, classes.stream().map(SchoolClass::name).toList(),
                taken, seed);
        Map<String, Integer> before = sizes();
        Path list = file.apply(rows);
        long start = System.nanoTime();

        StudentImportTable table = StudentImportFiles.read(list);
        StudentImportCheck check = imports.check(table, StudentImportMapping.guess(table.headers()), StudentImportDefaults.NONE);
        int admitted = imports.importStudents(registrar, check, false);

        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%s: %d students read, checked and imported in %d ms%n", table.source(), admitted, millis);
        assertThat(check.allValid()).as(String.join("\n", StudentImportReport.problems(check, Messages.latvian()))).isTrue();
        assertThat(admitted).isEqualTo(STUDENTS);
        assertThat(millis).isLessThan(20_000);
        Map<String, Integer> after = sizes();
        Map<String, Long> inFile = rows.stream().collect(Collectors.groupingBy(r -> r.get(6), Collectors.counting()));
        classes.forEach(c -> assertThat(after.get(c.name()) - before.get(c.name())).as(c.name())
                .isEqualTo(inFile.getOrDefault(c.name(), 0L).intValue()));
        List<String> first = rows.getFirst();
        Student student = services.students().search(first.get(3)).getFirst();
        assertThat(student.fullName()).isEqualTo(first.get(1) + " " + first.get(2));
        assertThat(student.birthDate()).isEqualTo(LocalDate.parse(first.get(4), Messages.dateFormat()));
        assertThat(student.declaredAddress()).isEqualTo(first.get(8));
        assertThat(student.admitted()).isEqualTo(new DirectorOrder(first.get(9), LocalDate.of(2026, 8, 28)));
        assertThat(services.className(student.classId())).isEqualTo(first.get(6));
    }

    private static Map<String, Integer> sizes() {
        Map<String, Integer> sizes = new HashMap<>();
        classes.forEach(c -> sizes.put(c.name(), services.students().ofClass(c.id()).size()));
        return sizes;
    }
}
