package lv.klade.school;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.grades.GradeKind;
import lv.klade.grades.GradeSettings;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.lessons.AttendanceCode;
import lv.klade.lessons.AttendanceCodes;
import lv.klade.lessons.LessonState;
import lv.klade.people.StaffService;
import lv.klade.shell.Services;
import lv.klade.testing.Refusals;
import lv.klade.timetable.TestSchool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The school settings as the window saves them: every value checked by its rule, all in one transaction. */
class SettingsServiceTest {
    @TempDir
    Path dir;
    private TestSchool school;
    private SchoolSettingsService settings;
    private Actor admin;
    private Actor teacher;

    @BeforeEach
    void open() {
        school = new TestSchool(dir, Clock.systemUTC());
        settings = Services.settings(school.store, school.schools, school.schoolService, new StaffService(school.store));
        UUID adminId = school.staff("admin");
        school.grant(adminId, "ADMINISTRATOR", null);
        admin = Actor.user(adminId);
        UUID teacherId = school.staff("ozola");
        school.grant(teacherId, "SUBJECT_TEACHER", null);
        teacher = Actor.user(teacherId);
    }

    @AfterEach
    void close() {
        school.close();
    }

    @Test
    void everySettingShowsItsSeedDefaultUntilOneIsSaved() {
        assertThat(settings.values()).containsEntry("deadline.lessonEntry", "17:00")
                .containsEntry("attendance.codes", "n:absence;ns:absence,justified;nk:")
                .containsEntry("attendance.unjustifiedLimit", "20")
                .containsEntry("grades.deadline.FORMATIVE", "3")
                .containsEntry("grades.deadline.SUMMATIVE", "7")
                .containsEntry("grades.deadline.daysBeforePeriodEnd", "3")
                .containsEntry("grades.deadline.transcriptDay", "5")
                .containsEntry("grades.weight.TEST", "3")
                .containsEntry("grades.weight.FORMATIVE", "1");
    }

    @Test
    void savedSettingsAreReadBackByTheRulesThatUseThem() {
        Map<String, String> changed = new LinkedHashMap<>();
        changed.put("deadline.lessonEntry", "18:00");
        changed.put("attendance.codes", "n:absence;ns:absence,justified;nk:;at:absence,justified");
        changed.put("attendance.unjustifiedLimit", "15");
        changed.put("grades.deadline.FORMATIVE", "nextLesson");
        changed.put("grades.deadline.SUMMATIVE", "5");
        changed.put("grades.deadline.TEST", "10");
        changed.put("grades.deadline.daysBeforePeriodEnd", "2");
        changed.put("grades.deadline.transcriptDay", "3");
        changed.put("grades.weight.TEST", "4");
        long before = school.log.count();

        settings.save(admin, changed);

        assertThat(settings.values()).containsAllEntriesOf(changed);
        assertThat(school.log.count() - before).isEqualTo(changed.size());
        GradeSettings grading = GradeSettings.from(school.schools.settings());
        assertThat(grading.deadlines().byNextLesson()).containsExactly(GradeKind.FORMATIVE);
        assertThat(grading.deadlines().workingDays()).containsEntry(GradeKind.SUMMATIVE, 5)
                .containsEntry(GradeKind.TEST, 10).doesNotContainKey(GradeKind.FORMATIVE);
        assertThat(grading.deadlines().daysBeforeSemesterEnd()).isEqualTo(2);
        assertThat(grading.deadlines().transcriptDay()).isEqualTo(3);
        assertThat(grading.weights().of(GradeKind.TEST)).isEqualTo(4);
        assertThat(LessonState.parseDeadline(school.schools.setting("deadline.lessonEntry").orElseThrow()))
                .isEqualTo(LocalTime.of(18, 0));
        assertThat(AttendanceCodes.parse(school.schools.setting(AttendanceCodes.SETTING).orElseThrow()).find("AT"))
                .contains(new AttendanceCode("at", true, true));
    }

    @Test
    void valuesAreStoredAsTheirRulesWriteThem() {
        settings.save(admin, Map.of("deadline.lessonEntry", "8.30", "grades.weight.TEST", " 05 ",
                "attendance.codes", "n:Absence; nk"));

        assertThat(settings.values()).containsEntry("deadline.lessonEntry", "08:30")
                .containsEntry("grades.weight.TEST", "5").containsEntry("attendance.codes", "n:absence;nk:");
    }

    @Test
    void savingTheDefaultOfASettingNeverSavedWritesNothing() {
        long before = school.log.count();

        settings.save(admin, Map.of("deadline.lessonEntry", "17:00", "grades.deadline.TEST", "7"));

        assertThat(school.log.count()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            grades.deadline.FORMATIVE           | 0             | settings.number.invalid
            grades.deadline.SUMMATIVE           | 31            | settings.number.invalid
            grades.deadline.TEST                | nextLesson    | settings.number.invalid
            grades.deadline.EXAM                | septiņas      | settings.number.invalid
            grades.deadline.daysBeforePeriodEnd | -1            | settings.number.invalid
            grades.deadline.transcriptDay       | 29            | settings.number.invalid
            grades.deadline.transcriptDay       | 0             | settings.number.invalid
            grades.weight.TEST                  | -1            | settings.number.invalid
            grades.weight.HOMEWORK              | 11            | settings.number.invalid
            grades.weight.SUMMATIVE             | 1.5           | settings.number.invalid
            attendance.unjustifiedLimit         | 0             | settings.number.invalid
            deadline.lessonEntry                | 25:00         | settings.time.invalid
            deadline.lessonEntry                | 17:60         | settings.time.invalid
            deadline.lessonEntry                | pieci         | settings.time.invalid
            deadline.lessonEntry                | ''            | settings.time.invalid
            attendance.codes                    | n:absence;N:  | settings.codes.duplicate
            attendance.codes                    | ns:justified  | settings.codes.justifiedNotAbsence
            attendance.codes                    | nk:           | settings.codes.noAbsence
            attendance.codes                    | ''            | settings.codes.noAbsence
            attendance.codes                    | n k:absence   | settings.codes.invalid
            attendance.codes                    | n:absent      | settings.codes.flagUnknown
            """)
    void aBadValueIsRefusedWithAClearMessageAndNothingIsWritten(String key, String value, String problem) {
        assertThatThrownBy(() -> settings.save(admin, Map.of(key, value == null ? "" : value)))
                .isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.problem().key()).isEqualTo(problem);
                    for (Messages text : new Messages[] {Messages.latvian(), new Messages(Messages.ENGLISH)}) {
                        assertThat(text.text(e.problem())).doesNotContain("!");
                    }
                });
        assertThat(settings.values()).containsEntry(key, defaultOf(key));
    }

    private String defaultOf(String key) {
        return settings.catalog().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow().defaultValue();
    }

    @Test
    void oneBadValueRefusesTheGoodOnesSavedWithIt() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("grades.deadline.TEST", "5");
        values.put("grades.weight.TEST", "-1");

        assertThat(Refusals.problemOf(school.log, () -> settings.save(admin, values)))
                .isEqualTo("settings.number.invalid");
        assertThat(settings.values()).containsEntry("grades.deadline.TEST", "7");
    }

    @Test
    void aSubjectTeacherMayNotChangeTheSettings() {
        assertThat(Refusals.problemOf(school.log, () -> settings.save(teacher, Map.of("grades.deadline.TEST", "5"))))
                .isEqualTo("settings.administratorOnly");
    }

    @Test
    void anUnknownSettingIsRefused() {
        assertThat(Refusals.problemOf(school.log, () -> settings.save(admin, Map.of("grades.deadline.NAP", "5"))))
                .isEqualTo("settings.unknown");
    }
}
