package lv.klade.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lv.klade.db.Actor;
import lv.klade.people.Admission;
import lv.klade.people.DirectorOrder;
import lv.klade.people.Gender;
import lv.klade.people.PersonalCode;
import lv.klade.people.StudentData;
import lv.klade.school.GroupKind;
import lv.klade.school.Journal;
import lv.klade.school.JournalTeacher;
import lv.klade.school.NewJournal;
import lv.klade.school.SchoolClass;
import lv.klade.school.StudentGroup;
import lv.klade.shell.Services;
import lv.klade.testing.StudentLists;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator sets up a school's structure with {@code klade school|programme|subject|class|group|journal}. */
class MasterDataCliTest {
    /** Students of the set-up school: two in 7.a, one in 7.b. */
    private static final String A1 = PersonalCode.forBirthDate(LocalDate.of(2013, 3, 14), 10).value();
    private static final String A2 = PersonalCode.forBirthDate(LocalDate.of(2013, 5, 2), 20).value();
    private static final String B1 = PersonalCode.forBirthDate(LocalDate.of(2013, 7, 9), 30).value();
    private static final String NOBODY = PersonalCode.forBirthDate(LocalDate.of(2013, 1, 1), 40).value();

    @TempDir
    Path dir;
    private NewSchoolCli school;

    @BeforeEach
    void aNewSchool() {
        school = new NewSchoolCli(dir);
    }

    private void ok(String... words) {
        assertThat(school.run(words)).as(String.join(" ", words) + "\n" + school.err()).isZero();
    }

    /**
     * Classes 7.a (tutor anna) and 7.b with their students, the subject Matemātika, the split "7.a-1"
     * with A1, and the journal "7.a Matemātika" taught by anna: made through the services, for the
     * tests that are about what comes after.
     */
    private void aSetUpSchool() {
        school.read(services -> {
            Actor admin = Actor.user(services.user().id());
            UUID year = services.year().id();
            UUID anna = services.staff().byLogin("anna").orElseThrow().id();
            UUID class7a = services.classes().addClass(admin, year, "7.a", 7, null, anna);
            UUID class7b = services.classes().addClass(admin, year, "7.b", 7, null, null);
            UUID maths = services.classes().addSubject(admin, "Matemātika", "Mat.");
            UUID a1 = admit(services, "Anna", A1, class7a);
            admit(services, "Pēteris", A2, class7a);
            admit(services, "Laura", B1, class7b);
            UUID split = services.classes().addGroup(admin, year, "7.a-1", class7a, GroupKind.SPLIT);
            services.classes().addGroupMembers(admin, split, List.of(a1));
            return services.classes().addJournal(admin, NewJournal.forClass(year, lv.klade.school.JournalKind.SUBJECT,
                    maths, class7a, List.of(JournalTeacher.teacher(anna))));
        });
    }

    private static UUID admit(Services services, String name, String code, UUID classId) {
        LocalDate born = new PersonalCode(code).birthDate().orElseThrow();
        StudentData data = new StudentData(name, "Kalniņa", code, born, Gender.F, null, null, null, null, null);
        return services.students().admit(Actor.SYSTEM, new Admission(data, classId, LocalDate.of(2026, 9, 1),
                new DirectorOrder("1-12/1", LocalDate.of(2026, 8, 28)), List.of()));
    }

    private Journal journal(Services services, String name) {
        return services.classRepository().journals(services.year().id()).stream()
                .filter(j -> j.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theAdministratorSetsUpTheSchoolsStructureFromTheCommandLine() {
        ok("programme", "add", "--code", "21011111", "--name", "Pamatizglītības programma");
        ok("subject", "add", "--name", "Matemātika", "--short", "Mat.");
        ok("subject", "add", "--name", "Vācu valoda", "--short", "Vācu val.");
        ok("class", "add", "--name", "7.a", "--form", "7", "--tutor", "anna", "--programme", "21011111");
        assertThat(school.out()).isEqualTo("Klase pievienota: 7.a | 7. klase | audzinātājs: Anna Bērziņa (anna)"
                + " | programma: 21011111 „Pamatizglītības programma”\n");
        ok("class", "add", "--name", "7.b", "--form", "7");
        List<List<String>> students = StudentLists.students(6, List.of("7.a", "7.b"), List.of(), 1);
        ok("import-students", StudentLists.csv(dir.resolve("skoleni.csv"), StudentLists.HEADERS, students).toString());
        List<String> of7a = students.stream().filter(row -> row.get(6).equals("7.a")).map(row -> row.get(3)).toList();
        ok("group", "add", "--name", "7.a vācu", "--class", "7.a");
        ok("group", "members", "--group", "7.a vācu", "--add", String.join(",", of7a));
        ok("group", "add", "--name", "Koris", "--kind", "interest-education");
        ok("journal", "add", "--group", "7.a vācu", "--subject", "Vācu valoda", "--teacher", "janis", "--from",
                "2026-09-07");
        ok("journal", "add", "--class", "7.b", "--subject", "Matemātika", "--teacher", "anna");

        ok("school", "show");
        assertThat(school.out()).contains("Skolas uzbūve: mācību gads 2026/27",
                "Izglītības programmas: 1\n  21011111 „Pamatizglītības programma”\n",
                "  „Vācu valoda” (Vācu val.)\n",
                "Klases: 2\n  7.a | 7. klase | audzinātājs: Anna Bērziņa (anna) | programma: 21011111",
                "  7.b | 7. klase | audzinātājs: nav | programma: nav\n",
                "  „7.a vācu” | Klases dalījums | klase: 7.a | skolēni: 3\n",
                "  „Koris” | Interešu izglītība | klase: nav | skolēni: 0\n",
                "  „7.a vācu Vācu valoda” | Mācību priekšmets | skolotāji: Jānis Ozols (janis) no 07.09.2026\n",
                "  „7.b Matemātika” | Mācību priekšmets | skolotāji: Anna Bērziņa (anna)\n");
        school.read(services -> {
            UUID year = services.year().id();
            SchoolClass class7a = services.classRepository().classes(year).getFirst();
            assertThat(class7a.tutorId()).isEqualTo(services.staff().byLogin("anna").orElseThrow().id());
            StudentGroup split = services.classRepository().groups(year).stream()
                    .filter(g -> g.name().equals("7.a vācu")).findFirst().orElseThrow();
            assertThat(split.kind()).isEqualTo(GroupKind.SPLIT);
            assertThat(services.classRepository().groupMembers(split.id()).stream()
                    .map(id -> services.students().details(id).orElseThrow().student().personalCode().value()))
                    .containsExactlyInAnyOrderElementsOf(of7a);
            assertThat(journal(services, "7.a vācu Vācu valoda").teachers()).containsExactly(new JournalTeacher(
                    services.staff().byLogin("janis").orElseThrow().id(), lv.klade.school.TeacherRole.TEACHER,
                    LocalDate.of(2026, 9, 7), null));
            return null;
        });
    }

    @Test
    void aTeacherWhoTakesOverAJournalTeachesFromTheirDayAndTheFirstToTheDayBefore() {
        aSetUpSchool();

        ok("journal", "teacher", "--journal", "7.a Matemātika", "--teacher", "janis", "--from", "2027-02-01");
        assertThat(school.out()).isEqualTo("Žurnālā „7.a Matemātika” māca Jānis Ozols (janis) no 01.02.2027.\n");
        ok("journal", "teacher-end", "--journal", "7.a matemātika", "--teacher", "anna", "--to", "2027-01-31");
        assertThat(school.out()).isEqualTo("Žurnālā „7.a Matemātika” Anna Bērziņa (anna) māca līdz 31.01.2027.\n");

        ok("school", "show");
        assertThat(school.out()).contains("„7.a Matemātika” | Mācību priekšmets | skolotāji: "
                + "Anna Bērziņa (anna) līdz 31.01.2027, Jānis Ozols (janis) no 01.02.2027");
        school.read(services -> {
            assertThat(journal(services, "7.a Matemātika").teachersOn(LocalDate.of(2027, 2, 1)))
                    .extracting(JournalTeacher::staffId)
                    .containsExactly(services.staff().byLogin("janis").orElseThrow().id());
            return null;
        });
    }

    @Test
    void renamingASubjectOrAClassRenamesTheirJournals() {
        aSetUpSchool();

        ok("subject", "rename", "--subject", "Matemātika", "--name", "Algebra");
        ok("class", "change", "--class", "7.a", "--name", "7.c", "--no-tutor");
        assertThat(school.out()).isEqualTo("Klase tagad: 7.c | 7. klase | audzinātājs: nav | programma: nav\n");

        List<Journal> journals = school.read(services -> services.classRepository().journals(services.year().id()));
        assertThat(journals).extracting(Journal::name).containsExactly("7.c Algebra");
    }

    @Test
    void schoolShowMarksWhatHasEndedAndWhatWillEnd() {
        aSetUpSchool();

        ok("group", "end", "--group", "7.a-1", "--date", "2026-09-01");
        assertThat(school.out()).isEqualTo(
                "Grupa „7.a-1”: no 01.09.2026 vairs nelieto, izvēlē to nepiedāvā. Atsaukt: klade group reopen.\n");
        ok("subject", "end", "--subject", "Matemātika", "--date", "2027-01-01");
        ok("school", "show");

        assertThat(school.out()).contains("  „7.a-1” | Klases dalījums | klase: 7.a | skolēni: 1"
                        + " | beidzās: no 01.09.2026 vairs nelieto\n",
                "  „Matemātika” (Mat.) | beigsies: no 01.01.2027 vairs nelietos\n");
    }

    @Test
    void whatHasEndedIsNotChosenForSomethingNewUntilItIsReopened() {
        aSetUpSchool();
        ok("class", "end", "--class", "7.b", "--date", "2026-09-01");
        long changes = school.changes();

        assertThat(school.run("group", "add", "--name", "7.b-1", "--class", "7.b")).isEqualTo(1);
        assertThat(school.err()).contains("„7.b” vairs nelieto no 01.09.2026", "klade class reopen");
        assertThat(school.changes()).isEqualTo(changes);

        ok("class", "reopen", "--class", "7.b");
        ok("group", "add", "--name", "7.b-1", "--class", "7.b");
    }

    @Test
    void groupMembersAreListedWithTheirPersonalCodes() {
        aSetUpSchool();

        ok("group", "members", "--group", "7.a-1");

        assertThat(school.out()).isEqualTo("Grupa „7.a-1” (Klases dalījums), skolēni: 1\n  Kalniņa Anna | " + A1
                + " | 7.a\n");
    }

    @Test
    void deleteRemovesWhatNothingUses() {
        aSetUpSchool();
        ok("group", "add", "--name", "Koris", "--kind", "combined");

        ok("group", "delete", "--group", "koris");

        assertThat(school.out()).isEqualTo("Grupa „Koris”: ieraksts dzēsts.\n");
        List<StudentGroup> groups = school.read(services -> services.classRepository().groups(services.year().id()));
        assertThat(groups).extracting(StudentGroup::name).containsExactly("7.a-1");
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                refused("jāsākas ar klases numuru 8", "class", "add", "--name", "7.c", "--form", "8"),
                refused("Darbinieks ar lietotājvārdu „nav-tads” nav atrasts", "class", "add", "--name", "7.c",
                        "--form", "7", "--tutor", "nav-tads"),
                refused("nevar iecelt par klases audzinātāju", "class", "add", "--name", "7.c", "--form", "7",
                        "--tutor", "aiga"),
                refused("nevar iecelt par klases audzinātāju", "class", "change", "--class", "7.b", "--tutor", "aiga"),
                refused("ar kodu „99999999” nav atrasta", "class", "add", "--name", "7.c", "--form", "7",
                        "--programme", "99999999"),
                refused("Programmas kods „2101” nav derīgs", "programme", "add", "--code", "2101", "--name", "X"),
                refused("„matemātika” jau ir", "subject", "add", "--name", "matemātika", "--short", "M"),
                refused("Klase „9.z” šajā mācību gadā nav atrasta", "journal", "add", "--class", "9.z", "--subject",
                        "Matemātika"),
                refused("nevar piesaistīt žurnālam", "journal", "add", "--class", "7.b", "--subject", "Matemātika",
                        "--teacher", "aiga"),
                refused("nav mācību gadā 2026/27", "journal", "add", "--class", "7.b", "--subject", "Matemātika",
                        "--teacher", "anna", "--from", "2026-08-31"),
                refused("Opcijai --from jābūt datumam formā GGGG-MM-DD, nevis „2026-09-31”", "journal", "teacher",
                        "--journal", "7.a Matemātika", "--teacher", "janis", "--from", "2026-09-31"),
                refused("Šis skolotājs nav piesaistīts žurnālam", "journal", "teacher-end", "--journal",
                        "7.a Matemātika", "--teacher", "janis", "--to", "2026-12-31"),
                refused("Žurnāls „7.a Fizika” šajā mācību gadā nav atrasts", "journal", "teacher", "--journal",
                        "7.a Fizika", "--teacher", "janis"),
                refused("tajā var būt tikai 7.a klases skolēni", "group", "members", "--group", "7.a-1", "--add",
                        A2 + "," + B1),
                refused("Skolēns ar personas kodu " + NOBODY + " nav atrasts", "group", "members", "--group", "7.a-1",
                        "--add", NOBODY),
                refused("nav grupā „7.a-1”", "group", "members", "--group", "7.a-1", "--add", A2, "--remove", B1),
                refused("Grupas veids „nezinams” nav zināms", "group", "add", "--name", "X", "--kind", "nezinams"),
                refused("nav mācību gadā 2026/27", "class", "end", "--class", "7.a", "--date", "2027-09-01"),
                refused("To nevar dzēst", "class", "delete", "--class", "7.a"));
    }

    private static Arguments refused(String message, String... words) {
        return Arguments.of(message, words);
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void badInputIsRefusedWithItsMessageAndWritesNothing(String message, String[] words) {
        aSetUpSchool();
        long changes = school.changes();

        assertThat(school.run(words)).isEqualTo(1);

        assertThat(school.err()).contains(message).hasLineCount(1);
        assertThat(school.out()).isEmpty();
        assertThat(school.changes()).isEqualTo(changes);
    }

    static Stream<Arguments> misuses() {
        return Stream.of(
                refused("Lietojums: klade class add|change|end|reopen|delete", "class"),
                refused("Lietojums: klade class add|change|end|reopen|delete", "class", "rename", "--class", "7.a"),
                refused("Trūkst opcijas --form", "class", "add", "--name", "7.c"),
                refused("Komandai class add nav opcijas --date", "class", "add", "--name", "7.c", "--form", "7",
                        "--date", "2026-09-01"),
                refused("Komandai class nav opcijas --colour", "class", "add", "--name", "7.c", "--colour", "red"),
                refused("Opcijai --tutor trūkst vērtības", "class", "add", "--name", "7.c", "--form", "7", "--tutor"),
                refused("vai nu --tutor, vai --no-tutor", "class", "change", "--class", "7.a", "--tutor", "anna",
                        "--no-tutor"),
                refused("Norādiet, ko mainīt", "class", "change", "--class", "7.a"),
                refused("lieks vārds „7.c”", "class", "add", "7.c", "--form", "7"),
                refused("norādiet arī --teacher", "journal", "add", "--class", "7.b", "--subject", "Matemātika",
                        "--from", "2026-09-01"),
                refused("Trūkst opcijas --date", "group", "end", "--group", "7.a-1"));
    }

    @ParameterizedTest
    @MethodSource("misuses")
    void aCommandLineNotOfTheCommandsFormIsMisuseAndWritesNothing(String message, String[] words) {
        aSetUpSchool();
        long changes = school.changes();

        assertThat(school.run(words)).isEqualTo(2);

        assertThat(school.err()).contains(message).hasLineCount(1);
        assertThat(school.changes()).isEqualTo(changes);
    }

    @Test
    void aTeacherSeesTheStructureButOnlyTheAdministratorChangesIt() {
        aSetUpSchool();
        long changes = school.changes();

        assertThat(school.run("school", "show", "--user", "anna")).isZero();
        assertThat(school.out()).contains("7.a | 7. klase | audzinātājs: Anna Bērziņa (anna)");
        assertThat(school.run("class", "add", "--name", "7.c", "--form", "7", "--user", "anna")).isEqualTo(1);

        assertThat(school.err()).contains("maina tikai virslietotājs");
        assertThat(school.changes()).isEqualTo(changes);
    }

    @Test
    void withLangEnItSpeaksEnglish() {
        aSetUpSchool();

        ok("school", "show", "--lang", "en");
        assertThat(school.out()).contains("School structure: school year 2026/27", "Classes: 2",
                "  7.a | form 7 | tutor: Anna Bērziņa (anna) | programme: none",
                "  \"7.a-1\" | Split of a class | class: 7.a | students: 1",
                "  \"7.a Matemātika\" | Subject | teachers: Anna Bērziņa (anna)");
        assertThat(school.run("journal", "add", "--class", "7.b", "--subject", "Matemātika", "--teacher", "aiga",
                "--lang", "en")).isEqualTo(1);
        assertThat(school.err()).contains("no longer works at the school");
    }

    @Test
    void aGroupJournalKeepsTheGroupsKindOfLessons() {
        aSetUpSchool();
        ok("group", "add", "--name", "Robotika", "--kind", "ELECTIVE");
        ok("group", "members", "--group", "Robotika", "--add", A2 + "," + B1);

        ok("journal", "add", "--group", "Robotika", "--subject", "Matemātika");

        assertThat(school.out()).isEqualTo("Žurnāls pievienots: „Robotika Matemātika” | Fakultatīvs | skolotāji: nav\n");
        Map<String, Integer> members = school.read(services -> services.classRepository().groups(services.year().id())
                .stream().collect(Collectors.toMap(StudentGroup::name,
                        g -> services.classRepository().groupMembers(g.id()).size())));
        assertThat(members).containsEntry("Robotika", 2);
    }
}
