package lv.klade.people;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.db.ChangeLog;
import lv.klade.db.ChangeRecord;
import lv.klade.db.Database;
import lv.klade.db.Ids;
import lv.klade.db.JournalStore;
import lv.klade.school.ClassRepository;
import lv.klade.testing.Refusals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class StaffServiceTest {
    private static final String HASH = new PasswordHasher(1_000).hash("Sākuma-parole1".toCharArray());

    @TempDir
    Path dir;
    private Database database;
    private JournalStore store;
    private StaffService staff;
    private ChangeLog log;
    private UUID class5a;

    @BeforeEach
    void open() {
        database = Database.create(dir.resolve("j"), Clock.systemUTC());
        store = new JournalStore(database, Clock.systemUTC());
        staff = new StaffService(store);
        log = new ChangeLog(store);
        class5a = new TestSchoolRepository(store).newClass("5.a", 5);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static StaffData member(String first, String last, String login, RoleGrant... roles) {
        return new StaffData(first, last, null, "+371 20000000", null, login, HASH, Set.of(roles));
    }

    private String problemOf(Runnable call) {
        return Refusals.problemOf(log, call);
    }

    @Test
    void theClassNamesTheTutorItIsGivenAndForgetsOneWithdrawn() {
        ClassRepository classes = new ClassRepository(store);
        UUID ilze = staff.add(Actor.SYSTEM, member("Ilze", "Kalniņa", "IKalnina", RoleGrant.of(Role.SUBJECT_TEACHER)));
        UUID juris = staff.add(Actor.SYSTEM, member("Juris", "Ozols", "jozols", RoleGrant.of(Role.SUBJECT_TEACHER)));

        staff.grant(Actor.SYSTEM, ilze, RoleGrant.tutorOf(class5a));
        assertThat(classes.schoolClass(class5a).orElseThrow().tutorId()).isEqualTo(ilze);
        staff.grant(Actor.SYSTEM, juris, RoleGrant.tutorOf(class5a));
        assertThat(classes.schoolClass(class5a).orElseThrow().tutorId()).isEqualTo(juris);
        staff.withdraw(Actor.SYSTEM, ilze, RoleGrant.tutorOf(class5a));
        assertThat(classes.schoolClass(class5a).orElseThrow().tutorId()).isEqualTo(juris);
        staff.withdraw(Actor.SYSTEM, juris, RoleGrant.tutorOf(class5a));
        assertThat(classes.schoolClass(class5a).orElseThrow().tutorId()).isNull();
    }

    @Test
    void aStaffMemberIsStoredWithTheirRolesAndOneChangePerRow() {
        long before = log.since(0).getLast().seq();
        UUID id = staff.add(Actor.SYSTEM, member("Ilze", "Kalniņa", "IKalnina",
                RoleGrant.of(Role.SUBJECT_TEACHER), RoleGrant.tutorOf(class5a)));

        StaffMember ilze = staff.byLogin("ikalnina").orElseThrow();
        assertThat(ilze.id()).isEqualTo(id);
        assertThat(ilze.roles()).containsExactlyInAnyOrder(RoleGrant.of(Role.SUBJECT_TEACHER), RoleGrant.tutorOf(class5a));
        assertThat(log.since(before)).extracting(ChangeRecord::table)
                .containsExactlyInAnyOrder("staff", "staff_role", "staff_role", "school_class");
        assertThat(log.forRow("staff", id).getFirst().fields()).doesNotContain("Sākuma-parole1");
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} {4}: {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # first | last    | code          | login     | email          | problem
            ''      | Kalniņa |               | ikalnina  |                | people.staff.nameMissing
            Ilze    | Kalniņa | 161175-19990  | ikalnina  |                | people.code.checkDigit
            Ilze    | Kalniņa |               | i         |                | people.staff.loginInvalid
            Ilze    | Kalniņa |               | ilze kal  |                | people.staff.loginInvalid
            Ilze    | Kalniņa |               | ikalnina  | ilze.kalnina   | people.staff.emailInvalid
            """)
    void invalidStaffDataIsRefusedAndNothingIsWritten(String first, String last, String code, String login,
                                                       String email, String problem) {
        StaffData data = new StaffData(first, last, code, null, email, login, HASH, Set.of());
        assertThat(problemOf(() -> staff.add(Actor.SYSTEM, data))).isEqualTo(problem);
        assertThat(staff.all()).isEmpty();
    }

    @Test
    void aLoginIsTakenWhateverItsCase() {
        staff.add(Actor.SYSTEM, member("Ilze", "Kalniņa", "ikalnina"));
        assertThat(problemOf(() -> staff.add(Actor.SYSTEM, member("Inga", "Kalniņa", "IKALNINA"))))
                .isEqualTo("people.staff.loginTaken");
    }

    @Test
    void aTutorOfAClassThatDoesNotExistIsRefused() {
        assertThat(problemOf(() -> staff.add(Actor.SYSTEM, member("Ilze", "Kalniņa", "ikalnina",
                RoleGrant.tutorOf(Ids.next()))))).isEqualTo("people.classMissing");
    }

    @Test
    void aRoleCanBeGrantedAndWithdrawn() {
        UUID id = staff.add(Actor.SYSTEM, member("Ilze", "Kalniņa", "ikalnina", RoleGrant.of(Role.SUBJECT_TEACHER)));
        staff.grant(Actor.SYSTEM, id, RoleGrant.of(Role.DEPUTY_DIRECTOR));
        staff.withdraw(Actor.SYSTEM, id, RoleGrant.of(Role.SUBJECT_TEACHER));
        assertThat(staff.byId(id).orElseThrow().roles()).containsExactly(RoleGrant.of(Role.DEPUTY_DIRECTOR));
    }

    @Test
    void withdrawingARoleThatIsNotHeldIsRefused() {
        UUID id = staff.add(Actor.SYSTEM, member("Ilze", "Kalniņa", "ikalnina"));
        assertThat(problemOf(() -> staff.withdraw(Actor.SYSTEM, id, RoleGrant.of(Role.REGISTRAR))))
                .isEqualTo("people.staff.roleNotHeld");
    }

    @Test
    void staffAreListedInLatvianAlphabeticalOrder() {
        store.run(Actor.SYSTEM, w -> staff.addAll(w, List.of(member("Juris", "Šulcs", "jsulcs"),
                member("Anna", "Čudare", "acudare"), member("Pēteris", "Celmiņš", "pcelmins"),
                member("Marta", "Sproģe", "msproge"))));
        assertThat(staff.all()).extracting(StaffMember::lastName).containsExactly("Celmiņš", "Čudare", "Sproģe", "Šulcs");
        assertThat(staff.count()).isEqualTo(4);
    }
}
