package lv.klade.sync;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lv.klade.db.Actor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Every reason to refuse a whole package: each is reported, and the central copy is left exactly as it was. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefusedPackageTest {
    @TempDir
    static Path folder;
    School school;
    Copy pc;
    Identity pcIdentity;
    Path valid;

    @BeforeAll
    void onePcWithAnEdit() {
        school = new School(folder, 240, 2);
        pc = school.pcs.get(0);
        pcIdentity = new SyncRepository(pc.store).identity();
        pc.school.putSetting(pc.actor("admin"), "a", "1");
        valid = school.export(pc);
    }

    @AfterAll
    void close() {
        school.close();
    }

    private void assertRefused(Path file, String key) {
        var before = school.central.everything();
        ImportReport report = school.central.sync.importPackages(Actor.SYSTEM, List.of(file));
        assertThat(report.packages().get(0).refusal()).hasValueSatisfying(p -> assertThat(p.key()).isEqualTo(key));
        assertThat(report.anyRefused()).isTrue();
        assertThat(school.central.everything()).isEqualTo(before);
    }

    private Map<String, byte[]> parts() {
        return new LinkedHashMap<>(Parts.read(valid));
    }

    private Path write(Map<String, byte[]> parts) {
        Path file = school.nextFile();
        Parts.write(file, parts);
        return file;
    }

    /** A package the PC signed properly, but with the given manifest. */
    private Path signed(Manifest manifest) {
        return signed(parts(), manifest);
    }

    private Path signed(Map<String, byte[]> parts, Manifest manifest) {
        byte[] bytes = manifest.toBytes();
        parts.put(Manifest.FILE, bytes);
        parts.put(Manifest.SIGNATURE, Keys.sign(pcIdentity.privateKey(), bytes));
        return write(parts);
    }

    private Manifest manifest() {
        return Manifest.parse(Parts.read(valid).get(Manifest.FILE));
    }

    @Test
    void corrupt() throws IOException {
        Path file = school.nextFile();
        Files.write(file, "not a package at all".getBytes(StandardCharsets.UTF_8));
        assertRefused(file, "sync.package.unreadable");
    }

    @Test
    void truncated() throws IOException {
        byte[] bytes = Files.readAllBytes(valid);
        Path file = school.nextFile();
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        assertRefused(file, "sync.package.unreadable");
    }

    @Test
    void unsigned() {
        Map<String, byte[]> parts = parts();
        parts.remove(Manifest.SIGNATURE);
        assertRefused(write(parts), "sync.package.unsigned");
    }

    @Test
    void signedByAnotherKey() {
        Map<String, byte[]> parts = parts();
        parts.put(Manifest.SIGNATURE, Keys.sign(Keys.generate().privateKey(), parts.get(Manifest.FILE)));
        assertRefused(write(parts), "sync.package.badSignature");
    }

    @Test
    void tamperedManifest() {
        Map<String, byte[]> parts = parts();
        String text = new String(parts.get(Manifest.FILE), StandardCharsets.UTF_8);
        parts.put(Manifest.FILE, text.replace("\"acknowledges\" : ", "\"acknowledges\" : 9").getBytes(StandardCharsets.UTF_8));
        assertRefused(write(parts), "sync.package.badSignature");
    }

    @Test
    void tamperedChanges() {
        Map<String, byte[]> parts = parts();
        parts.get(Manifest.SEALED_CHANGES)[0] ^= 1;
        assertRefused(write(parts), "sync.package.checksum");
    }

    @Test
    void tamperedChangesResealedWithThePcsKey() {
        Map<String, byte[]> parts = parts();
        byte[] sealed = parts.get(Manifest.SEALED_CHANGES);
        sealed[sealed.length / 2] ^= 1;
        Manifest m = manifest();
        assertRefused(signed(parts, new Manifest(m.format(), m.kind(), m.school(), m.sender(), m.receiver(),
                m.createdAt(), m.fromSeq(), m.toSeq(), m.acknowledges(), m.changes(),
                Map.of(Manifest.SEALED_CHANGES, Parts.sha256(sealed)), m.encryption())), "sync.package.cannotDecrypt");
    }

    @Test
    void missingChanges() {
        Map<String, byte[]> parts = parts();
        parts.remove(Manifest.SEALED_CHANGES);
        assertRefused(write(parts), "sync.package.missingPart");
    }

    @Test
    void changesNotEncrypted() {
        Map<String, byte[]> parts = parts();
        Manifest m = manifest();
        assertRefused(signed(parts, new Manifest(m.format(), m.kind(), m.school(), m.sender(), m.receiver(),
                m.createdAt(), m.fromSeq(), m.toSeq(), m.acknowledges(), m.changes(), m.checksums())),
                "sync.package.notEncrypted");
    }

    @Test
    void forAnotherSchool() {
        Manifest m = manifest();
        assertRefused(signed(new Manifest(m.format(), m.kind(), UUID.randomUUID(), m.sender(), m.receiver(),
                m.createdAt(), m.fromSeq(), m.toSeq(), m.acknowledges(), m.changes(), m.checksums())),
                "sync.package.otherSchool");
    }

    @Test
    void forAnotherReceiver() {
        Manifest m = manifest();
        assertRefused(signed(new Manifest(m.format(), m.kind(), m.school(), m.sender(), UUID.randomUUID(),
                m.createdAt(), m.fromSeq(), m.toSeq(), m.acknowledges(), m.changes(), m.checksums())),
                "sync.package.otherReceiver");
    }

    @Test
    void olderFormat() {
        Manifest m = manifest();
        assertRefused(signed(new Manifest(1, m.kind(), m.school(), m.sender(), m.receiver(),
                m.createdAt(), m.fromSeq(), m.toSeq(), m.acknowledges(), m.changes(), m.checksums())),
                "sync.package.olderFormat");
    }

    @Test
    void newerFormat() {
        Manifest m = manifest();
        assertRefused(signed(new Manifest(Manifest.FORMAT + 1, m.kind(), m.school(), m.sender(), m.receiver(),
                m.createdAt(), m.fromSeq(), m.toSeq(), m.acknowledges(), m.changes(), m.checksums())),
                "sync.package.newerFormat");
    }

    @Test
    void carryingAnotherPcsChanges() {
        UUID setting = UUID.randomUUID();
        Path file = Forge.from(school, pc).change("school_setting", setting, Operation.INSERT,
                Map.of("id", setting.toString(), "setting_key", "x", "setting_value", "1"),
                pc.member("admin").id(), UUID.randomUUID()).write();
        assertRefused(file, "sync.package.foreignChange");
    }

    @Test
    void fromARevokedPc() {
        Copy other = school.pcs.get(1);
        other.school.putSetting(other.actor("admin"), "b", "2");
        Path file = school.export(other);
        school.central.sync.revoke(Actor.SYSTEM, "PC 2");
        assertRefused(file, "sync.package.revoked");
    }
}
