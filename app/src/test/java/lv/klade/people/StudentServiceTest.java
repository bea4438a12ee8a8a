package lv.klade.people;

import lv.klade.testing.Refusals;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.db.ChangeLog;
import lv.klade.db.ChangeRecord;
import lv.klade.db.Database;
import lv.klade.db.Ids;
import lv.klade.db.JournalStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class StudentServiceTest {
    private static final LocalDate SEPT_1 = LocalDate.of(2024, 9, 1);
    private static final DirectorOrder ADMITTED = new DirectorOrder("1-12/45", LocalDate.of(2024, 8, 28));

    @TempDir
    Path dir;
    private Database database;
    private JournalStore store;
    private StudentService students;
    private ChangeLog log;
    private UUID class7a;
    private UUID class7b;
    private int serial = 100;

    @BeforeEach
    void open() {
        database = Database.create(dir.resolve("j"), Clock.systemUTC());
        store = new JournalStore(database, Clock.systemUTC());
        students = new StudentService(store);
        log = new ChangeLog(store);
        TestSchoolRepository school = new TestSchoolRepository(store);
        class7a = school.newClass("7.a", 7);
        class7b = school.newClass("7.b", 7);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static StudentData data(String first, String last, LocalDate born, int serial) {
        return new StudentData(first, last, PersonalCode.forBirthDate(born, serial).value(), born, Gender.F,
                null, "Brīvības iela 1, Rīga", null, null, null);
    }

    private Admission admission(StudentData data, GuardianData... guardians) {
        return new Admission(data, class7a, SEPT_1, ADMITTED, List.of(guardians));
    }

    private UUID admit(String first, String last) {
        serial += 10;
        return students.admit(Actor.SYSTEM, admission(data(first, last, LocalDate.of(2011, 3, 14), serial)));
    }

    private String problemOf(Runnable call) {
        return Refusals.problemOf(log, call);
    }

    @Test
    void admittingWritesTheStudentTheirEnrolmentAndGuardiansWithOneChangeEach() {
        UUID id = students.admit(Actor.SYSTEM, admission(data("Anna", "Ozola", LocalDate.of(2011, 3, 14), 1),
                new GuardianData("Inese", "Ozola", "+371 29123456", "māte")));

        StudentDetails details = students.details(id).orElseThrow();
        assertThat(details.student().currentClass()).contains(class7a);
        assertThat(details.student().admitted()).isEqualTo(ADMITTED);
        assertThat(details.guardians()).extracting(Guardian::relation).containsExactly("māte");
        assertThat(details.enrolments()).singleElement().satisfies(e -> assertThat(e.starts()).isEqualTo(SEPT_1));
        assertThat(log.since(0)).extracting(ChangeRecord::table).containsOnlyOnce("student", "enrolment", "guardian");
        assertThat(log.forRow("student", id)).hasSize(1);
    }

    @ParameterizedTest(name = "{0} {1}, {2}, {3}: {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # first | last  | code          | birth date  | gender | problem
            ' '     | Ozola | 140311-21233  | 2011-03-14  | F      | people.student.firstNameMissing
            Anna    | ''    | 140311-21233  | 2011-03-14  | F      | people.student.lastNameMissing
            Anna    | Ozola | 140311-2123   | 2011-03-14  | F      | people.code.length
            Anna    | Ozola | 140311-21230  | 2011-03-14  | F      | people.code.checkDigit
            Anna    | Ozola | 140311-21233  | 2011-03-15  | F      | people.student.birthDateDiffers
            Anna    | Ozola | 140311-21233  |             | F      | people.student.birthDateMissing
            Anna    | Ozola | 140311-21233  | 2011-03-14  |        | people.student.genderMissing
            """)
    void invalidStudentDataIsRefusedAndNothingIsWritten(String first, String last, String code, LocalDate born,
                                                         Gender gender, String problem) {
        StudentData data = new StudentData(first, last, code, born, gender, null, null, null, null, null);
        assertThat(problemOf(() -> students.admit(Actor.SYSTEM, admission(data)))).isEqualTo(problem);
        assertThat(students.count()).isZero();
    }

    @Test
    void aNewFormatCodeNeedsNoMatchingBirthDate() {
        StudentData data = new StudentData("Anna", "Ozola", "32123356789", LocalDate.of(2017, 9, 2), Gender.F,
                null, null, null, null, null);
        assertThat(students.details(students.admit(Actor.SYSTEM, admission(data)))).isPresent();
    }

    @Test
    void anAdmissionNeedsTheDirectorsOrder() {
        Admission noOrder = new Admission(data("Anna", "Ozola", LocalDate.of(2011, 3, 14), 1), class7a, SEPT_1,
                new DirectorOrder("", ADMITTED.date()), List.of());
        assertThat(problemOf(() -> students.admit(Actor.SYSTEM, noOrder))).isEqualTo("people.admit.orderMissing");
    }

    @Test
    void anAdmissionToAClassThatDoesNotExistIsRefused() {
        Admission nowhere = new Admission(data("Anna", "Ozola", LocalDate.of(2011, 3, 14), 1), Ids.next(), SEPT_1,
                ADMITTED, List.of());
        assertThat(problemOf(() -> students.admit(Actor.SYSTEM, nowhere))).isEqualTo("people.classMissing");
    }

    @Test
    void noOneIsAdmittedOrMovedToAClassThatHasEnded() {
        UUID anna = admit("Anna", "Ozola");
        store.run(Actor.SYSTEM, w -> w.update(lv.klade.db.generated.Tables.SCHOOL_CLASS, class7b,
                java.util.Map.of(lv.klade.db.generated.Tables.SCHOOL_CLASS.ENDS, LocalDate.of(2026, 10, 1))));
        Admission toEnded = new Admission(data("Ilze", "Ozola", LocalDate.of(2011, 3, 14), 3), class7b,
                LocalDate.of(2026, 10, 5), ADMITTED, List.of());

        assertThat(problemOf(() -> students.admit(Actor.SYSTEM, toEnded))).isEqualTo("people.classEnded");
        assertThat(problemOf(() -> students.move(Actor.SYSTEM, anna, class7b, LocalDate.of(2026, 10, 5), ADMITTED)))
                .isEqualTo("people.classEnded");
        students.move(Actor.SYSTEM, anna, class7b, LocalDate.of(2026, 9, 20), ADMITTED);
    }

    @Test
    void theSamePersonalCodeCannotBeAdmittedTwice() {
        StudentData anna = data("Anna", "Ozola", LocalDate.of(2011, 3, 14), 1);
        students.admit(Actor.SYSTEM, admission(anna));
        assertThat(problemOf(() -> students.admit(Actor.SYSTEM, admission(anna)))).isEqualTo("people.student.codeTaken");
    }

    @Test
    void aBatchWithOneBadStudentWritesNoneOfThem() {
        List<Admission> batch = List.of(admission(data("Anna", "Ozola", LocalDate.of(2011, 3, 14), 1)),
                admission(data("", "Liepa", LocalDate.of(2011, 4, 1), 2)));
        assertThat(problemOf(() -> store.run(Actor.SYSTEM, w -> students.admitAll(w, batch))))
                .isEqualTo("people.student.firstNameMissing");
        assertThat(students.count()).isZero();
    }

    @Test
    void movingAStudentEndsTheOldEnrolmentAndKeepsIt() {
        UUID id = admit("Anna", "Ozola");
        DirectorOrder order = new DirectorOrder("1-12/80", LocalDate.of(2025, 1, 10));
        students.move(Actor.SYSTEM, id, class7b, LocalDate.of(2025, 1, 13), order);

        StudentDetails details = students.details(id).orElseThrow();
        assertThat(details.student().currentClass()).contains(class7b);
        assertThat(details.enrolments()).extracting(Enrolment::classId, Enrolment::starts, Enrolment::ends)
                .containsExactly(
                        tuple(class7a, SEPT_1, LocalDate.of(2025, 1, 12)),
                        tuple(class7b, LocalDate.of(2025, 1, 13), null));
        assertThat(students.ofClass(class7a)).isEmpty();
        assertThat(students.ofClass(class7b)).extracting(Student::id).containsExactly(id);
    }

    @Test
    void aMoveToTheSameClassIsRefused() {
        UUID id = admit("Anna", "Ozola");
        assertThat(problemOf(() -> students.move(Actor.SYSTEM, id, class7a, LocalDate.of(2025, 1, 13),
                new DirectorOrder("1-12/80", LocalDate.of(2025, 1, 10))))).isEqualTo("people.move.sameClass");
    }

    @Test
    void aStudentWhoLeftHasNoClassButKeepsTheHistory() {
        UUID id = admit("Anna", "Ozola");
        DirectorOrder order = new DirectorOrder("1-12/99", LocalDate.of(2025, 2, 3));
        students.leave(Actor.SYSTEM, id, LocalDate.of(2025, 2, 7), order);

        StudentDetails details = students.details(id).orElseThrow();
        assertThat(details.student().currentClass()).isEmpty();
        assertThat(details.student().left()).isEqualTo(order);
        assertThat(details.enrolments()).singleElement()
                .satisfies(e -> assertThat(e.ends()).isEqualTo(LocalDate.of(2025, 2, 7)));
        assertThat(students.count()).isZero();
    }

    @Test
    void aClassIsListedInLatvianAlphabeticalOrder() {
        for (String surname : List.of("Šmits", "Čakste", "Zariņa", "Celms", "Saulīte", "Dārziņš")) {
            admit("Jānis", surname);
        }
        assertThat(students.ofClass(class7a)).extracting(Student::lastName)
                .containsExactly("Celms", "Čakste", "Dārziņš", "Saulīte", "Šmits", "Zariņa");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            berzins
            BĒRZIŅŠ
            jan berz
            140311
            """)
    void searchFindsAStudentWithoutCaseOrDiacritics(String typed) {
        students.admit(Actor.SYSTEM, admission(data("Jānis", "Bērziņš", LocalDate.of(2011, 3, 14), 7)));
        students.admit(Actor.SYSTEM, admission(data("Anna", "Ozola", LocalDate.of(2012, 5, 5), 7)));
        assertThat(students.search(typed)).extracting(Student::lastName).contains("Bērziņš").doesNotContain("Ozola");
    }

    @Test
    void updatingRecordsOnlyTheChangedFields() {
        StudentData anna = data("Anna", "Ozola", LocalDate.of(2011, 3, 14), 1);
        UUID id = students.admit(Actor.SYSTEM, admission(anna));
        students.update(Actor.SYSTEM, id, new StudentData("Anna", "Ozola-Liepa", anna.personalCode(), anna.birthDate(),
                anna.gender(), anna.phone(), anna.actualAddress(), anna.declaredAddress(), anna.idDocument(), null));

        assertThat(log.forRow("student", id).getLast().fields()).isEqualTo("{\"last_name\":\"Ozola-Liepa\"}");
    }

    @Test
    void guardiansCanBeAddedAndRemoved() {
        UUID id = admit("Anna", "Ozola");
        UUID father = students.addGuardian(Actor.SYSTEM, id, new GuardianData("Pēteris", "Ozols", "29111111", "tēvs"));
        students.removeGuardian(Actor.SYSTEM, father);
        assertThat(students.details(id).orElseThrow().guardians()).isEmpty();
        assertThat(log.forRow("guardian", father)).extracting(ChangeRecord::operation).containsExactly("insert", "delete");
    }

    @Test
    void aWholeSchoolIsAdmittedInOneTransaction() {
        List<Admission> school = new java.util.ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            LocalDate born = LocalDate.of(2008, 1, 1).plusDays(i % 3_000);
            school.add(admission(data("Vārds" + i, "Uzvārds" + i, born, i / 3), new GuardianData("Māte", "Uzvārde", null, "māte")));
        }
        store.run(Actor.SYSTEM, w -> students.admitAll(w, school));
        assertThat(students.count()).isEqualTo(1_500);
        assertThat(log.count()).isEqualTo(4 + 3 * 1_500);
    }
}
