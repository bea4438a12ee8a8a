package lv.klade.cli;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator reads and changes the school's settings with {@code klade settings show|set|default}. */
class SettingsCliTest {
    @TempDir
    Path dir;
    private NewSchoolCli school;

    @BeforeEach
    void aNewSchool() {
        school = new NewSchoolCli(dir);
    }

    private Map<String, String> saved() {
        return school.read(services -> services.settings().values());
    }

    @Test
    void showListsEachSettingByItsGroupWithWhatItMeans() {
        assertThat(school.run("settings", "show")).isZero();

        assertThat(school.out()).startsWith("Skolas iestatījumi\nTermiņi\n"
                        + "  deadline.lessonEntry = 17:00 | Stundu ieraksti līdz plkst.: 17:00 stundas dienā\n")
                .contains("  grades.deadline.TEST = 7 | Pārbaudes darbs: 7 darba dienu laikā\n",
                        "Kavējumi\n  attendance.codes = n:absence;ns:absence,justified;nk: | Kavējumu kodi: n, ns, nk\n");
    }

    @Test
    void setSavesEveryValueAsItsRuleWritesItAndShowsTheDefaultBeside() {
        assertThat(school.run("settings", "set", "deadline.lessonEntry", "18.00", "grades.deadline.FORMATIVE",
                "nextLesson", "grades.weight.TEST", "04")).isZero();

        assertThat(school.out()).isEqualTo("Iestatījumi saglabāti (mainīti: 3).\n"
                + "  deadline.lessonEntry: 17:00 → 18:00\n  grades.deadline.FORMATIVE: 3 → nextLesson\n"
                + "  grades.weight.TEST: 3 → 4\n");
        assertThat(saved()).containsEntry("deadline.lessonEntry", "18:00").containsEntry("grades.weight.TEST", "4");
        assertThat(school.run("settings", "show")).isZero();
        assertThat(school.out()).contains("  grades.deadline.FORMATIVE = nextLesson | Formatīvais vērtējums: "
                + "līdz nākamajai stundai (noklusējums: 3)\n");
    }

    @Test
    void oneBadValueSavesNoneAndNamesItsSetting() {
        long changes = school.changes();

        assertThat(school.run("settings", "set", "deadline.lessonEntry", "18:00", "grades.weight.TEST", "70"))
                .isEqualTo(1);

        assertThat(school.err()).isEqualTo("grades.weight.TEST: Ierakstiet veselu skaitli no 0 līdz 10; „70” neder."
                + " Nekas nav saglabāts.\n");
        assertThat(school.changes()).isEqualTo(changes);
        assertThat(saved()).containsEntry("deadline.lessonEntry", "17:00");
    }

    @Test
    void aBadAttendanceCodeIsRefusedWithItsRulesMessage() {
        assertThat(school.run("settings", "set", "attendance.codes", "n:absence;k:justified", "--lang", "en"))
                .isEqualTo(1);

        assertThat(school.err()).startsWith("attendance.codes: The code \"k\" is justified but not an absence.")
                .endsWith("Nothing was saved.\n");
    }

    @Test
    void anUnknownSettingIsRefusedByName() {
        long changes = school.changes();

        assertThat(school.run("settings", "set", "grades.deadline.TEST", "5", "nav.tads", "1")).isEqualTo(1);

        assertThat(school.err()).contains("Iestatījums „nav.tads” nav zināms. Nekas nav saglabāts.");
        assertThat(school.changes()).isEqualTo(changes);
    }

    @Test
    void defaultPutsTheSeedsValueBack() {
        assertThat(school.run("settings", "set", "grades.deadline.TEST", "10")).isZero();

        assertThat(school.run("settings", "default", "grades.deadline.TEST")).isZero();

        assertThat(school.out()).isEqualTo("Iestatījumi saglabāti (mainīti: 1).\n  grades.deadline.TEST: 10 → 7\n");
        assertThat(saved()).containsEntry("grades.deadline.TEST", "7");
    }

    @Test
    void savingWhatIsSavedAlreadyChangesNothing() {
        long changes = school.changes();

        assertThat(school.run("settings", "default", "grades.deadline.TEST", "deadline.lessonEntry")).isZero();

        assertThat(school.out()).isEqualTo("Nekas nav mainīts.\n");
        assertThat(school.changes()).isEqualTo(changes);
    }

    @Test
    void onlyTheAdministratorChangesSettings() {
        long changes = school.changes();

        assertThat(school.run("settings", "show", "--user", "anna")).isZero();
        assertThat(school.run("settings", "set", "grades.deadline.TEST", "5", "--user", "anna")).isEqualTo(1);

        assertThat(school.err()).contains("var mainīt tikai administrators");
        assertThat(school.changes()).isEqualTo(changes);
    }

    @Test
    void aKeyWithoutItsValueOrNoKeyAtAllIsMisuse() {
        assertThat(school.run("settings", "set", "grades.deadline.TEST", "5", "grades.weight.TEST")).isEqualTo(2);
        assertThat(school.err()).startsWith("Lietojums: klade settings set ATSLĒGA VĒRTĪBA");
        assertThat(school.run("settings", "default")).isEqualTo(2);
        assertThat(school.run("settings", "show", "extra")).isEqualTo(2);
        assertThat(school.run("settings", "show", "--name", "x")).isEqualTo(2);
    }

    @Test
    void withLangEnItSpeaksEnglish() {
        assertThat(school.run("settings", "show", "--lang", "en")).isZero();

        assertThat(school.out()).startsWith("School settings\nDeadlines\n"
                + "  deadline.lessonEntry = 17:00 | Lesson entries by: 17:00 on the lesson's day\n");
    }
}
