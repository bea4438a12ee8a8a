package lv.klade.sync;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import lv.klade.db.Actor;
import lv.klade.i18n.UserError;
import lv.klade.people.Credentials;
import lv.klade.people.PasswordHasher;
import lv.klade.testing.TestLogins;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static lv.klade.db.generated.Tables.STUDENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An enrolment file carries the school sealed: only the PC's own users open it, each with their password. */
class SealedEnrolmentTest {
    @TempDir
    static Path folder;
    private static School school;
    private static Path forTeacher;
    private static String lastName;
    private static String personalCode;

    @BeforeAll
    static void aCentralCopyEnrolsAPcForOneTeacher() {
        school = new School(folder, 40, 0);
        forTeacher = folder.resolve("kabinets.enrol");
        school.central.sync.enrol(Actor.SYSTEM, "Kabinets 3", List.of("skolotajs"), forTeacher);
        var row = school.central.store.dsl().select(STUDENT.LAST_NAME, STUDENT.PERSONAL_CODE).from(STUDENT)
                .where(STUDENT.LAST_NAME.likeRegex("^[A-Za-z]+$")).limit(1).fetchSingle();
        lastName = row.value1();
        personalCode = row.value2();
    }

    @AfterAll
    static void close() {
        school.close();
    }

    @Test
    void theFileAndEachOfItsPartsShowNoStudentNameOrPersonalCode() throws Exception {
        assertThat(contains(Files.readAllBytes(forTeacher), personalCode)).isFalse();
        for (Map.Entry<String, byte[]> part : Parts.read(forTeacher).entrySet()) {
            assertThat(contains(part.getValue(), personalCode)).as(part.getKey()).isFalse();
            assertThat(contains(part.getValue(), lastName)).as(part.getKey()).isFalse();
            assertThat(contains(part.getValue(), "password_hash")).as(part.getKey()).isFalse();
        }
    }

    @Test
    void theTeacherItWasWrittenForOpensIt() {
        EnrolmentFile.Contents contents = EnrolmentFile.read(forTeacher, TestLogins.demo("skolotajs"),
                new PasswordHasher());

        assertThat(contents.pc().name()).isEqualTo("Kabinets 3");
        assertThat(contents.rows().get("student")).isNotEmpty();
    }

    @Test
    void anotherUserOrAWrongPasswordOpensNothing() {
        for (Credentials who : List.of(TestLogins.demo("admin"), TestLogins.demo("audzinataja"),
                Credentials.of("skolotajs", "nepareiza-parole"))) {
            assertThatThrownBy(() -> EnrolmentFile.read(forTeacher, who, new PasswordHasher()))
                    .as(who.login())
                    .isInstanceOfSatisfying(UserError.class,
                            e -> assertThat(e.problem().key()).isEqualTo("sync.join.notForYou"));
        }
        assertThat(folder.resolve("nav")).doesNotExist();
    }

    @Test
    void aTamperedSealedPartIsRefusedEvenWithTheRightPassword() throws Exception {
        Map<String, byte[]> parts = new java.util.LinkedHashMap<>(Parts.read(forTeacher));
        byte[] rows = parts.get(EnrolmentFile.ROWS).clone();
        rows[rows.length / 2] ^= 1;
        parts.put(EnrolmentFile.ROWS, rows);
        Path tampered = folder.resolve("tampered.enrol");
        Parts.write(tampered, parts);

        assertThatThrownBy(() -> EnrolmentFile.read(tampered, TestLogins.demo("skolotajs"), new PasswordHasher()))
                .isInstanceOf(UserError.class);
    }

    private static boolean contains(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1)
                .contains(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    }
}
