package lv.klade.sync;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.grades.Grade;
import lv.klade.grades.GradeKind;
import lv.klade.grades.NewGrade;
import lv.klade.lessons.LessonEntry;
import lv.klade.lessons.LessonType;
import lv.klade.school.Journal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A substitution the deputy director did not record beforehand: the substitute records the lesson
 * as substituted, naming themself, on its day, and the central copy takes it and its attendance.
 */
class AdHocSubstitutionTest extends OnePcSchoolTest {
    /** The day the test school's clock shows. */
    private static final LocalDate TODAY = LocalDate.of(2026, 10, 1);
    UUID substitute;
    Journal other;
    UUID student;

    @BeforeEach
    void anotherTeachersJournal() {
        substitute = pc.member("skolotajs").id();
        other = pc.classes.journals(pc.yearId()).stream()
                .filter(j -> j.classId() != null && !j.teachers().isEmpty()
                        && pc.classes.schoolClass(j.classId()).orElseThrow().form() >= 4)
                .filter(j -> j.teachers().stream().noneMatch(t -> t.staffId().equals(substitute)))
                .findFirst().orElseThrow();
        student = pc.students.ofClass(other.classId()).get(0).id();
    }

    private UUID substituted(LocalDate day, UUID taughtBy) {
        UUID absent = other.teachers().get(0).staffId();
        return pc.lessons.save(Actor.user(substitute), LessonEntry.regular(other.id(), day, 3, taughtBy, "Aizvietošana", null)
                .withType(new LessonType.Substituted(absent, "Slimība", null, null))
                .withMarks(Map.of(student, "n")));
    }

    private PackageResult sendToCentral() {
        return central.sync.importPackages(Actor.SYSTEM, List.of(school.export(pc))).packages().get(0);
    }

    @Test
    void aSubstituteRecordingTheLessonOnItsDayIsAcceptedWithItsAttendance() {
        UUID lesson = substituted(TODAY, substitute);

        PackageResult result = sendToCentral();

        assertThat(result.refused()).isEmpty();
        assertThat(central.replica.row("lesson", lesson)).isPresent();
        assertThat(central.content().get("attendance_mark")).anyMatch(row -> row.contains(lesson.toString())
                && row.contains(student.toString()));
    }

    @Test
    void aSubstitutedLessonOfAnotherDayWithoutAnAssignmentIsRefused() {
        substituted(TODAY.plusDays(4), substitute);

        PackageResult result = sendToCentral();

        assertThat(result.refused()).extracting(RefusedChange::table).contains("lesson", "attendance_mark");
        assertThat(result.refused()).filteredOn(r -> r.table().equals("lesson"))
                .extracting(r -> r.reason().key()).containsOnly("sync.refused.notJournalTeacher");
    }

    @Test
    void aSubstitutedLessonNamingSomeoneElseAsWhoTaughtIsRefused() {
        UUID colleague = other.teachers().get(0).staffId();
        substituted(TODAY, colleague);

        PackageResult result = sendToCentral();

        assertThat(result.refused()).extracting(RefusedChange::table).contains("lesson");
    }

    @Test
    void aSubstitutesGradeInTheLessonTheyTaughtIsAccepted() {
        UUID lesson = substituted(TODAY, substitute);
        UUID grade = pc.grades.add(Actor.user(substitute), new NewGrade(student, other.id(), lesson, null,
                GradeKind.FORMATIVE, new Grade.Percent(80), null, TODAY));

        PackageResult result = sendToCentral();

        assertThat(result.refused()).isEmpty();
        assertThat(central.replica.row("grade", grade)).isPresent();
    }
}
