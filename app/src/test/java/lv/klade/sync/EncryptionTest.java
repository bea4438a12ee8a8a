package lv.klade.sync;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lv.klade.db.Actor;
import lv.klade.i18n.UserError;
import lv.klade.people.Student;
import lv.klade.people.StudentData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import static lv.klade.db.generated.Tables.INSTALLATION;
import static lv.klade.db.generated.Tables.SYNC_PEER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A change package's changes are encrypted for its receiver: nobody else reads them, nobody changes them unseen. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EncryptionTest {
    @TempDir
    static Path folder;
    School school;
    Copy central;
    Copy first;
    Copy second;

    @BeforeAll
    void aSchoolWithTwoPcs() {
        school = new School(folder.resolve("school"), 120, 2);
        central = school.central;
        first = school.pcs.get(0);
        second = school.pcs.get(1);
    }

    @AfterAll
    void close() {
        school.close();
    }

    @Test
    void aPackagesPartsHoldNoNameNorPersonalCodeOfTheChangesItCarries() {
        Student s = central.studentOutside(null);
        central.students.update(central.actor("admin"), s.id(), new StudentData("Žanete", "Unikālā", "32987654321",
                s.birthDate(), s.gender(), s.phone(), s.actualAddress(), s.declaredAddress(), s.idDocument(),
                s.programmeId()));

        Path file = school.exportTo(first);

        assertThat(Parts.read(file).values()).allSatisfy(part -> assertThat(new String(part, StandardCharsets.UTF_8))
                .doesNotContain("Unikālā", "Žanete", "32987654321"));
        assertThat(first.importOne(file).refusal()).isEmpty();
        assertThat(first.student(s.id()).lastName()).as("the package did carry them").isEqualTo("Unikālā");
        assertThat(first.student(s.id()).personalCode().value()).isEqualTo("32987654321");
    }

    @Test
    void aPackageForOnePcIsRefusedByAnother() {
        Path forFirst = school.exportTo(first);
        var before = second.everything();

        assertThat(Copy.refusalKey(second.importOne(forFirst))).isEqualTo("sync.package.otherReceiver");
        assertThat(second.everything()).isEqualTo(before);
    }

    @Test
    void aPackageEncryptedForOnePcCannotBeReadByAnotherEvenWhenAddressedToIt() {
        Identity centralId = Forge.identity(central);
        Identity to = Forge.identity(second);
        Manifest header = new Manifest(Manifest.FORMAT, PackageFile.KIND, to.schoolId(), centralId.id(), to.id(),
                school.clock.instant(), 1, 1_000_000, 0, 0, Map.of());
        Path file = school.nextFile();
        PackageFile.write(file, header, List.of(), centralId.privateKey(), Forge.identity(first).boxPublicKey());
        var before = second.everything();

        PackageResult result = second.importOne(file);

        assertThat(Copy.refusalKey(result)).isEqualTo("sync.package.cannotDecrypt");
        assertThat(SyncTexts.report(new ImportReport(List.of(result)), lv.klade.i18n.Messages.latvian()))
                .singleElement().asString().contains("nevar atšifrēt", "citam datoram");
        assertThat(second.everything()).isEqualTo(before);
    }

    @Test
    void aPcEnrolledByAnOlderKladeIsToldToEnrolAgain() {
        Copy old = school.enrol("Vecais dators");
        central.store.dsl().update(SYNC_PEER).setNull(SYNC_PEER.BOX_PUBLIC_KEY)
                .where(SYNC_PEER.NAME.eq("Vecais dators")).execute();
        old.store.dsl().update(SYNC_PEER).setNull(SYNC_PEER.BOX_PUBLIC_KEY).execute();

        assertThatThrownBy(() -> school.exportTo(old)).isInstanceOfSatisfying(UserError.class,
                e -> assertThat(e.problem().key()).isEqualTo("sync.export.pcWithoutBoxKey"));
        assertThatThrownBy(() -> school.export(old)).isInstanceOfSatisfying(UserError.class,
                e -> assertThat(e.problem().key()).isEqualTo("sync.export.centralWithoutBoxKey"));
    }

    @Test
    void aCentralCopyMadeByAnOlderKladeMakesItsEncryptionKeysWhenItEnrolsAPc() {
        try (School older = new School(folder.resolve("older"), 40, 1)) {
            older.central.store.dsl().update(INSTALLATION).setNull(INSTALLATION.BOX_PUBLIC_KEY)
                    .setNull(INSTALLATION.BOX_PRIVATE_KEY).execute();

            Copy pc = older.enrol("Jauns dators");
            pc.school.putSetting(pc.actor("admin"), "a", "1");

            assertThat(Forge.identity(older.central).boxPublicKey()).isNotNull();
            assertThat(older.central.importOne(older.export(pc)).refusal()).isEmpty();
            assertThat(older.central.schools.setting("a")).contains("1");
        }
    }

    @Test
    void anEnrolmentFileOfTheOlderFormatIsRefused() throws IOException {
        Path file = folder.resolve("old.enrol");
        central.sync.enrol(Actor.SYSTEM, "Vēl viens", file);
        Map<String, byte[]> parts = new LinkedHashMap<>(Parts.read(file));
        String manifest = new String(parts.get(Manifest.FILE), StandardCharsets.UTF_8);
        parts.put(Manifest.FILE, manifest.replace("\"format\" : 2", "\"format\" : 1").getBytes(StandardCharsets.UTF_8));
        Files.delete(file);
        Parts.write(file, parts);

        assertThatThrownBy(() -> SyncService.join(folder.resolve("vel-viens"), file, SyncFixture.joiner(file), school.clock))
                .isInstanceOfSatisfying(UserError.class,
                        e -> assertThat(e.problem().key()).isEqualTo("sync.package.olderFormat"));
    }
}
