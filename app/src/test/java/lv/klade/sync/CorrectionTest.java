package lv.klade.sync;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.grades.Grade;
import lv.klade.grades.GradeKind;
import lv.klade.grades.NewGrade;
import lv.klade.lessons.LessonEntry;
import lv.klade.school.Journal;
import lv.klade.school.SchoolBreak;
import org.junit.jupiter.api.Test;

import static lv.klade.db.generated.Tables.SCHOOL_BREAK;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change the central copy refuses comes back to its PC as a correction: after the round trip the
 * PC holds what the central copy holds, and its import report says which of its changes were refused and why.
 */
class CorrectionTest extends OnePcSchoolTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 10, 5);

    private UUID teacher() {
        return pc.member("skolotajs").id();
    }

    private Journal journal(boolean taught) {
        return pc.classes.journals(pc.yearId()).stream()
                .filter(j -> j.classId() != null && pc.classes.schoolClass(j.classId()).orElseThrow().form() >= 4)
                .filter(j -> j.teachers().stream().anyMatch(t -> t.staffId().equals(teacher())) == taught)
                .findFirst().orElseThrow();
    }

    private UUID firstStudent(Journal journal) {
        return pc.students.ofClass(journal.classId()).get(0).id();
    }

    /** The PC's report of the central copy's answer in a round. */
    private static PackageResult pcReport(List<ImportReport> round) {
        return round.get(1).packages().get(0);
    }

    @Test
    void aTeacherWritingAJournalNotTheirsOfflineEndsWithThePcEqualToTheCentralCopy() {
        Actor actor = Actor.user(teacher());
        Journal own = journal(true);
        Journal other = journal(false);
        UUID ownLesson = pc.lessons.save(actor, LessonEntry.regular(own.id(), MONDAY, 1, teacher(), "Daļskaitļi", null)
                .withMarks(Map.of(firstStudent(own), "n")));
        UUID otherLesson = pc.lessons.save(actor, LessonEntry.regular(other.id(), MONDAY, 2, teacher(), "Svešs", null)
                .withMarks(Map.of(firstStudent(other), "n")));
        // On the PC a teacher may grade in a lesson they taught; the central copy refuses the lesson, so the grade too.
        UUID otherGrade = pc.grades.add(actor, new NewGrade(firstStudent(other), other.id(), otherLesson, null,
                GradeKind.TEST, new Grade.Points(3), null, MONDAY));

        List<ImportReport> round = school.round();

        assertThat(pc.content()).isEqualTo(central.content());
        assertThat(pc.replica.row("lesson", otherLesson)).isEmpty();
        assertThat(pc.replica.row("grade", otherGrade)).isEmpty();
        assertThat(pc.replica.row("lesson", ownLesson)).isPresent();
        assertThat(pcReport(round).refusedAtCentral()).extracting(RefusedChange::table)
                .containsExactlyInAnyOrder("lesson", "attendance_mark", "grade");
        assertThat(pcReport(round).refusedAtCentral()).filteredOn(r -> !r.table().equals("attendance_mark"))
                .extracting(r -> r.reason().key()).containsOnly("sync.refused.notJournalTeacher");
        assertThat(pcReport(round).refused()).isEmpty();
        assertThat(SyncTexts.report(round.get(1), lv.klade.i18n.Messages.latvian()))
                .anyMatch(line -> line.contains("centrālā kopija noraidīja") && line.contains("nemāca žurnālu"));
    }

    @Test
    void aFieldChangedWithoutTheRightGoesBackToTheCentralCopysValue() {
        var student = pc.student(firstStudent(journal(false)));
        String phone = central.student(student.id()).phone();
        pc.setPhone(Actor.user(teacher()), student, "+371 29999999");

        PackageResult answer = pcReport(school.round());

        assertThat(pc.student(student.id()).phone()).isEqualTo(phone);
        assertThat(answer.refusedAtCentral()).singleElement().extracting(RefusedChange::rowId).isEqualTo(student.id());
        assertThat(pc.content()).isEqualTo(central.content());
    }

    @Test
    void aRowDeletedWithoutTheRightComesBack() {
        UUID year = central.yearId();
        LocalDate day = MONDAY.plusDays(30);
        UUID breakId = central.school.addBreak(central.actor("admin"), year, "Brīvdiena", day, day);
        school.round();
        pc.store.run(Actor.user(teacher()), w -> w.delete(SCHOOL_BREAK, breakId));

        school.round();

        assertThat(pc.schools.breaks(year)).extracting(SchoolBreak::id).contains(breakId);
        assertThat(pc.content()).isEqualTo(central.content());
    }

    @Test
    void aChangeMadeOnThePcAfterTheRefusedOneStaysAndReachesTheCentralCopy() {
        var student = pc.student(firstStudent(journal(false)));
        pc.setPhone(Actor.user(teacher()), student, "+371 29999999");
        Path refusedOnTheWay = school.export(pc);
        central.sync.importPackages(Actor.SYSTEM, List.of(refusedOnTheWay));
        Path correction = school.exportTo(pc);
        // Meanwhile the administrator on the PC sets the phone, with the right to.
        pc.setPhone(pc.actor("admin"), pc.student(student.id()), "+371 21111111");

        pc.sync.importPackages(Actor.SYSTEM, List.of(correction));
        assertThat(pc.student(student.id()).phone()).isEqualTo("+371 21111111");
        school.round();

        assertThat(central.student(student.id()).phone()).isEqualTo("+371 21111111");
        assertThat(pc.content()).isEqualTo(central.content());
    }

    @Test
    void aPackageArrivingAgainAtTheCentralCopySendsNoSecondCorrection() {
        pc.school.putSetting(Actor.user(teacher()), "zvans", "8:30");
        Path up = school.export(pc);
        central.sync.importPackages(Actor.SYSTEM, List.of(up));
        pc.school.putSetting(pc.actor("admin"), "zvans.beigas", "15:00");
        Path later = school.export(pc);

        // The same package again is a replay, refused whole since replays are; a later one that
        // carries the refused change again counts it a duplicate, as the central copy kept its refusal.
        ImportReport again = central.sync.importPackages(Actor.SYSTEM, List.of(up, later));
        PackageResult answer = pc.sync.importPackages(Actor.SYSTEM, List.of(school.exportTo(pc))).packages().get(0);

        assertThat(again.packages().get(0).refusal()).hasValueSatisfying(p ->
                assertThat(p.key()).isEqualTo("sync.package.replay"));
        assertThat(again.packages().get(1).duplicates()).isEqualTo(1);
        assertThat(again.packages().get(1).refused()).isEmpty();
        assertThat(answer.refusedAtCentral()).hasSize(1);
        assertThat(pc.content()).isEqualTo(central.content());
    }
}
