package lv.klade.sync;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.db.Ids;
import lv.klade.db.generated.tables.records.AbsenceJustificationRecord;
import lv.klade.grades.Grade;
import lv.klade.grades.GradeKind;
import lv.klade.grades.NewGrade;
import lv.klade.grades.TestPlan;
import lv.klade.grades.TestScope;
import lv.klade.lessons.AbsenceToJustify;
import lv.klade.lessons.JustificationReason;
import lv.klade.lessons.LessonEntry;
import lv.klade.people.Role;
import lv.klade.people.RoleGrant;
import lv.klade.school.Journal;
import lv.klade.school.JournalTeacher;
import org.junit.jupiter.api.Test;

import static lv.klade.db.generated.Tables.ATTENDANCE_MARK;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rights of lessons, absences, grades and the test planner at the central copy: each forbidden
 * change is refused on its own and listed in the report, and the rest of its package applies.
 */
class RightsRulesTest extends OnePcSchoolTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 10, 5);

    private UUID id(String login) {
        return pc.member(login).id();
    }

    /** Journals of a class from the 4th form up (points, not levels), that {@code staffId} does or does not teach. */
    private List<Journal> journals(UUID staffId, boolean teaches) {
        return pc.classes.journals(pc.yearId()).stream()
                .filter(j -> j.classId() != null && pc.classes.schoolClass(j.classId()).orElseThrow().form() >= 4)
                .filter(j -> j.teachers().stream().anyMatch(t -> t.staffId().equals(staffId)) == teaches)
                .toList();
    }

    private UUID firstStudent(Journal journal) {
        return pc.students.ofClass(journal.classId()).get(0).id();
    }

    private PackageResult sendToCentral() {
        ImportReport report = central.sync.importPackages(Actor.SYSTEM, List.of(school.export(pc)));
        return report.packages().get(0);
    }

    @Test
    void aTeacherWritingAJournalNotTheirsIsRefusedAndTheirOwnJournalApplies() {
        UUID teacher = id("skolotajs");
        Journal own = journals(teacher, true).get(0);
        Journal other = journals(teacher, false).get(0);
        Actor actor = Actor.user(teacher);
        UUID ownLesson = pc.lessons.save(actor, LessonEntry.regular(own.id(), MONDAY, 1, teacher, "Daļskaitļi", null)
                .withMarks(Map.of(firstStudent(own), "n")));
        UUID otherLesson = pc.lessons.save(actor, LessonEntry.regular(other.id(), MONDAY, 2, teacher, "Svešs", null)
                .withMarks(Map.of(firstStudent(other), "n")));
        UUID ownGrade = pc.grades.add(actor, NewGrade.of(firstStudent(own), own.id(), GradeKind.TEST,
                new Grade.Points(8), MONDAY));
        UUID otherGrade = pc.gradeWithoutRightsCheck(actor, firstStudent(other), other.id(), MONDAY);

        PackageResult result = sendToCentral();

        assertThat(result.refusal()).isEmpty();
        assertThat(result.refused()).extracting(RefusedChange::table)
                .containsExactlyInAnyOrder("lesson", "attendance_mark", "grade");
        assertThat(result.refused()).extracting(RefusedChange::rowId).contains(otherLesson, otherGrade);
        assertThat(result.refused()).filteredOn(r -> !r.table().equals("attendance_mark"))
                .extracting(r -> r.reason().key()).containsOnly("sync.refused.notJournalTeacher");
        assertThat(central.replica.row("lesson", ownLesson)).isPresent();
        assertThat(central.replica.row("grade", ownGrade)).isPresent();
        assertThat(central.replica.row("lesson", otherLesson)).isEmpty();
        assertThat(central.replica.row("grade", otherGrade)).isEmpty();
        assertThat(result.applied()).isEqualTo(3);
    }

    @Test
    void theDeputyDirectorsGradeInAnyJournalApplies() {
        UUID deputy = id("vietnieks");
        Journal journal = journals(deputy, false).get(0);
        UUID grade = pc.grades.add(Actor.user(deputy), NewGrade.of(firstStudent(journal), journal.id(),
                GradeKind.TEST, new Grade.Points(7), MONDAY));

        PackageResult result = sendToCentral();

        assertThat(result.refused()).isEmpty();
        assertThat(central.replica.row("grade", grade)).isPresent();
    }

    @Test
    void aNonTutorJustifyingAnAbsenceIsRefusedAndTheTutorsJustificationApplies() {
        UUID tutor = id("audzinataja");
        UUID tutorsClass = pc.member("audzinataja").roles().stream().filter(g -> g.role() == Role.CLASS_TUTOR)
                .map(RoleGrant::classId).findFirst().orElseThrow();
        Journal journal = pc.classes.journals(pc.yearId()).stream()
                .filter(j -> tutorsClass.equals(j.classId()) && !j.teachers().isEmpty()).findFirst().orElseThrow();
        UUID teacher = journal.teachers().stream().map(JournalTeacher::staffId).findFirst().orElseThrow();
        UUID stranger = pc.staff.all().stream().filter(m -> !m.holds(Role.ADMINISTRATOR) && !m.id().equals(tutor)
                && m.roles().stream().noneMatch(g -> tutorsClass.equals(g.classId()))).findFirst().orElseThrow().id();
        List<UUID> pupils = pc.students.ofClass(tutorsClass).stream().limit(2).map(s -> s.id()).toList();
        pc.lessons.save(Actor.user(teacher), LessonEntry.regular(journal.id(), MONDAY, 1, teacher, "Tēma", null)
                .withMarks(Map.of(pupils.get(0), "n", pupils.get(1), "n")));
        List<AbsenceToJustify> absent = pc.absences.toJustify(tutorsClass);
        UUID byTutor = pc.absences.justify(Actor.user(tutor), absent.get(0).markId(), JustificationReason.ILLNESS, MONDAY);
        // The PC's own service refuses a stranger; an edited journal or an old build could still send it.
        UUID forged = pc.store.write(Actor.user(stranger), w -> {
            AbsenceJustificationRecord r = new AbsenceJustificationRecord();
            r.setId(Ids.next());
            r.setStudentId(absent.get(1).studentId());
            r.setReason(JustificationReason.ILLNESS.name());
            r.setStarts(MONDAY);
            r.setEnds(MONDAY);
            r.setJustifiedAt(java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC));
            r.setJustifiedBy(stranger);
            w.insert(r);
            w.update(ATTENDANCE_MARK, absent.get(1).markId(), Map.of(ATTENDANCE_MARK.JUSTIFICATION_ID, r.getId()));
            return r.getId();
        });

        PackageResult result = sendToCentral();

        assertThat(result.refused()).extracting(RefusedChange::table)
                .containsExactlyInAnyOrder("absence_justification", "attendance_mark");
        assertThat(result.refused()).extracting(r -> r.reason().key()).containsOnly("sync.refused.notClassTutor");
        assertThat(central.replica.row("absence_justification", byTutor)).isPresent();
        assertThat(central.replica.row("absence_justification", forged)).isEmpty();
        assertThat(central.replica.row("attendance_mark", absent.get(0).markId()).orElseThrow().get("justification_id"))
                .isEqualTo(byTutor);
        assertThat(central.replica.row("attendance_mark", absent.get(1).markId()).orElseThrow().get("justification_id"))
                .isNull();
    }

    @Test
    void aTeacherChangingAPublishedTestIsRefusedAndTheirDraftChangeApplies() {
        UUID teacher = id("skolotajs");
        Journal own = journals(teacher, true).get(0);
        Actor actor = Actor.user(teacher);
        TestPlan first = new TestPlan(own.classId(), own.id(), MONDAY.plusDays(2), 1, TestScope.END_OF_TOPIC, "Daļskaitļi");
        TestPlan second = new TestPlan(own.classId(), own.id(), MONDAY.plusDays(9), 1, TestScope.END_OF_TOPIC, "Procenti");
        UUID published = pc.planner.plan(actor, first, true);
        UUID draft = pc.planner.plan(actor, second, true);
        assertThat(school.round()).noneMatch(ImportReport::anyRefused);
        central.planner.publish(central.actor("vietnieks"), published);
        // Offline, the PC has not heard of the publication: the teacher still edits a draft there.
        pc.planner.change(actor, published, withTopic(first, "Daļskaitļi un decimāldaļas"), true);
        pc.planner.change(actor, draft, withTopic(second, "Procenti un proporcijas"), true);

        PackageResult result = sendToCentral();

        assertThat(result.refused()).singleElement().satisfies(r -> {
            assertThat(r.rowId()).isEqualTo(published);
            assertThat(r.reason().key()).isEqualTo("sync.refused.publishedTest");
        });
        assertThat(central.replica.row("planned_test", published).orElseThrow().get("topic")).isEqualTo("Daļskaitļi");
        assertThat(central.replica.row("planned_test", draft).orElseThrow().get("topic"))
                .isEqualTo("Procenti un proporcijas");
    }

    private static TestPlan withTopic(TestPlan plan, String topic) {
        return new TestPlan(plan.classId(), plan.journalId(), plan.date(), plan.lessons(), plan.scope(), topic);
    }
}
