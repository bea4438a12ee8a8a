package lv.klade.sync;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.db.Ids;
import lv.klade.i18n.Messages;
import lv.klade.people.Student;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import static lv.klade.db.generated.Tables.STAFF_ROLE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PC may send changes only in the name of the users it serves, and takes packages only from its
 * central copy: packages signed with a real PC key but naming anyone else are refused whole.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorsTest {
    @TempDir
    static Path folder;
    School school;
    Copy central;
    Copy teachersPc;
    Copy tutorsPc;
    Copy wholeSchoolPc;
    Student student;

    @BeforeAll
    void aTeachersPcATutorsPcAndOneForTheWholeSchool() {
        school = new School(folder, 120, 0);
        central = school.central;
        teachersPc = school.enrol("Kabinets 12", "skolotajs");
        tutorsPc = school.enrol("Kabinets 14", "audzinataja");
        wholeSchoolPc = school.enrol("Kanceleja");
        student = central.studentOutside(null);
    }

    @AfterAll
    void close() {
        school.close();
    }

    private UUID id(String login) {
        return central.member(login).id();
    }

    /** The package is refused whole with {@code key}, and the central copy is left exactly as it was. */
    private PackageResult assertRefusedWhole(Path file, String key) {
        var before = central.everything();
        PackageResult result = central.importOne(file);
        assertThat(result.refusal()).hasValueSatisfying(p -> assertThat(p.key()).isEqualTo(key));
        assertThat(central.everything()).isEqualTo(before);
        return result;
    }

    private String latvian(PackageResult result) {
        return Messages.latvian().text(result.refusal().orElseThrow());
    }

    @Test
    void theAdministratorsNameOnATeachersPcsPackageRefusesItWhole() {
        String phone = central.student(student.id()).phone();
        UUID grant = Ids.next();
        Path file = Forge.from(school, teachersPc)
                .change("student", student.id(), Operation.UPDATE, Map.of("phone", "+371 26666666"), id("admin"))
                .change("staff_role", grant, Operation.INSERT, Map.of("id", grant.toString(),
                        "staff_id", id("skolotajs").toString(), "role", "ADMINISTRATOR"), id("admin"))
                .write();

        PackageResult result = assertRefusedWhole(file, "sync.package.foreignAuthor");

        assertThat(latvian(result)).contains("„Kabinets 12”", "„" + central.member("admin").fullName() + "”",
                "neapkalpo");
        assertThat(central.student(student.id()).phone()).isEqualTo(phone);
        assertThat(central.store.dsl().fetchExists(STAFF_ROLE, STAFF_ROLE.ID.eq(grant))).isFalse();
    }

    @Test
    void aTeacherServedByAnotherPcCannotBeNamedOnThisOnesPackage() {
        Path file = Forge.from(school, teachersPc)
                .change("student", student.id(), Operation.UPDATE, Map.of("phone", "+371 26666667"), id("audzinataja"))
                .write();

        PackageResult result = assertRefusedWhole(file, "sync.package.foreignAuthor");

        assertThat(latvian(result)).contains(central.member("audzinataja").fullName());
    }

    @Test
    void aChangeWithoutAnAuthorRefusesThePackageWhole() {
        Path file = Forge.from(school, tutorsPc)
                .change("student", student.id(), Operation.UPDATE, Map.of("phone", "+371 26666668"), null)
                .write();

        assertRefusedWhole(file, "sync.package.noAuthor");
    }

    @Test
    void aChangeClaimingToBeTheCentralCopysOwnRefusesThePackageWhole() {
        Path file = Forge.from(school, teachersPc)
                .change("student", student.id(), Operation.UPDATE, Map.of("phone", "+371 26666669"),
                        id("skolotajs"), Forge.identity(central).id())
                .write();

        assertRefusedWhole(file, "sync.package.foreignChange");
    }

    @Test
    void theServedUsersChangesAreJudgedOneByOne() {
        UUID setting = Ids.next();
        Path file = Forge.from(school, teachersPc)
                .change("school_setting", setting, Operation.INSERT, Map.of("id", setting.toString(),
                        "setting_key", "forged.by.teacher", "setting_value", "1"), id("skolotajs"))
                .write();

        PackageResult result = central.importOne(file);

        assertThat(result.refusal()).isEmpty();
        assertThat(result.refused()).singleElement().extracting(r -> r.reason().key()).isEqualTo("sync.refused.role");
    }

    @Test
    void aPcOfTheWholeSchoolMaySendForAnyStaffMemberButNotForAStranger() {
        UUID stranger = UUID.randomUUID();
        Path forAdmin = Forge.from(school, wholeSchoolPc)
                .change("student", student.id(), Operation.UPDATE, Map.of("phone", "+371 26666670"), id("admin"))
                .write();
        Path forStranger = Forge.from(school, wholeSchoolPc)
                .change("student", student.id(), Operation.UPDATE, Map.of("phone", "+371 26666671"), stranger)
                .write();

        PackageResult refused = assertRefusedWhole(forStranger, "sync.package.foreignAuthor");
        assertThat(central.importOne(forAdmin).refusal()).isEmpty();

        assertThat(latvian(refused)).contains(stranger.toString());
        assertThat(central.student(student.id()).phone()).isEqualTo("+371 26666670");
    }

    /** A package to {@code to} claiming to come from {@code sender}, signed with {@code signer}'s key. */
    private Path toAPc(Copy to, UUID sender, Copy signer) {
        Identity receiver = Forge.identity(to);
        Manifest header = new Manifest(Manifest.FORMAT, PackageFile.KIND, receiver.schoolId(), sender, receiver.id(),
                school.clock.instant(), 1, 1_000_000, 0, 0, Map.of());
        Path file = school.nextFile();
        PackageFile.write(file, header, List.of(), Forge.identity(signer).privateKey(), receiver.boxPublicKey());
        return file;
    }

    @Test
    void aPcRefusesAPackageSignedWithAnotherPcsKey() {
        var before = teachersPc.everything();
        Path asCentral = toAPc(teachersPc, Forge.identity(central).id(), tutorsPc);
        Path asItself = toAPc(teachersPc, Forge.identity(tutorsPc).id(), tutorsPc);

        ImportReport report = teachersPc.sync.importPackages(Actor.SYSTEM, List.of(asCentral, asItself));

        assertThat(report.packages()).extracting(p -> p.refusal().orElseThrow().key())
                .containsExactly("sync.package.badSignature", "sync.package.unknownSender");
        assertThat(teachersPc.everything()).isEqualTo(before);
    }
}
