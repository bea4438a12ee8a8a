package lv.klade.sync;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.db.generated.tables.records.TutorConversationRecord;
import lv.klade.people.Role;
import lv.klade.people.RoleGrant;
import lv.klade.people.StaffMember;
import lv.klade.school.Journal;
import lv.klade.school.JournalTeacher;
import lv.klade.tutor.BehaviourKind;
import lv.klade.tutor.ConversationParty;
import lv.klade.tutor.NewBehaviourEntry;
import lv.klade.tutor.NewConversation;
import lv.klade.tutor.TutorJournalRepository;
import lv.klade.tutor.TutorJournalService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tutor's journals travel only to the PCs of those who may see them: the class's tutor, the entry's
 * author, the deputy director and the administrator; the central copy refuses entries their rights do not allow.
 */
class TutorJournalSyncTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 10, 1);
    @TempDir
    Path folder;
    School school;
    Copy central;
    Copy tutorPc;
    Copy teacherPc;
    Copy deputyPc;
    Copy registrarPc;
    UUID tutorsClass;
    UUID pupil;

    @BeforeEach
    void aSchoolWithPcsForATutorATeacherTheDeputyAndTheRegistrar() {
        school = new School(folder, 120, 0);
        central = school.central;
        tutorPc = school.enrol("Audzinātājas dators", "audzinataja");
        teacherPc = school.enrol("Skolotāja dators", "skolotajs");
        deputyPc = school.enrol("Vietnieka dators", "vietnieks");
        registrarPc = school.enrol("Lietveža dators", "lietvedis");
        tutorsClass = central.member("audzinataja").roles().stream().filter(g -> g.role() == Role.CLASS_TUTOR)
                .map(RoleGrant::classId).findFirst().orElseThrow();
        pupil = central.students.ofClass(tutorsClass).getFirst().id();
        assertThat(central.member("skolotajs").roles()).noneMatch(g -> tutorsClass.equals(g.classId()));
    }

    @AfterEach
    void close() {
        school.close();
    }

    private static TutorJournalService journals(Copy copy) {
        return new TutorJournalService(copy.store, copy.schools, new TutorJournalRepository(copy.store));
    }

    private static int rows(Copy copy, String table) {
        return copy.everything().getOrDefault(table, List.of()).size();
    }

    private NewConversation talk() {
        return new NewConversation(pupil, TODAY, ConversationParty.STUDENT, null, "Kavējumi",
                "Nākamnedēļ apmeklēs konsultācijas.");
    }

    @Test
    void aTutorsConversationReachesTheCentralCopyAndTheDeputyButNoTeacherOrRegistrarPc() {
        journals(tutorPc).record(tutorPc.actor("audzinataja"), talk());

        assertThat(school.round()).noneMatch(ImportReport::anyRefused);

        assertThat(rows(central, "tutor_conversation")).isEqualTo(1);
        assertThat(rows(deputyPc, "tutor_conversation")).isEqualTo(1);
        assertThat(rows(teacherPc, "tutor_conversation")).isZero();
        assertThat(rows(registrarPc, "tutor_conversation")).isZero();
        assertThat(journals(deputyPc).conversations(deputyPc.member("vietnieks").id(), tutorsClass)).hasSize(1);
    }

    @Test
    void aTeachersPcEnrolledLaterGetsNoConversationsInItsFirstCopy() {
        journals(tutorPc).record(tutorPc.actor("audzinataja"), talk());
        school.round();

        Copy late = school.enrol("Vēlāk pievienots dators", "skolotajs");

        assertThat(rows(late, "tutor_conversation")).isZero();
        assertThat(late.content().toString()).doesNotContain("Nākamnedēļ apmeklēs konsultācijas.");
        Copy deputysNew = school.enrol("Vietnieka otrais dators", "vietnieks");
        assertThat(rows(deputysNew, "tutor_conversation")).isEqualTo(1);
    }

    @Test
    void aConversationForgedByATeacherIsRefusedAtTheCentralCopy() {
        StaffMember teacher = teacherPc.member("skolotajs");
        // The PC's service refuses a teacher; an edited journal could still send the row.
        UUID forged = teacherPc.store.write(Actor.user(teacher.id()), w -> {
            TutorConversationRecord r = new TutorConversationRecord();
            r.setId(UUID.randomUUID());
            r.setStudentId(pupil);
            r.setClassId(tutorsClass);
            r.setHeldOn(TODAY);
            r.setParty(ConversationParty.STUDENT.name());
            r.setTopic("Pārbaude");
            r.setAgreed("Nekas");
            r.setLate(false);
            r.setWrittenAt(OffsetDateTime.now(ZoneOffset.UTC));
            r.setWrittenBy(teacher.id());
            w.insert(r);
            return r.getId();
        });

        PackageResult result = central.importOne(school.export(teacherPc));

        assertThat(result.refused()).singleElement().satisfies(r -> {
            assertThat(r.rowId()).isEqualTo(forged);
            assertThat(r.reason().key()).isEqualTo("sync.refused.notTutorJournal");
        });
        assertThat(rows(central, "tutor_conversation")).isZero();
    }

    @Test
    void theDeputysAndTheAdministratorsConversationsFromAPcApply() {
        journals(deputyPc).record(deputyPc.actor("vietnieks"), talk());
        Copy adminPc = school.enrol("Virslietotāja dators", "admin");
        journals(adminPc).record(adminPc.actor("admin"), talk());

        assertThat(school.round()).noneMatch(ImportReport::anyRefused);

        assertThat(rows(central, "tutor_conversation")).isEqualTo(2);
        assertThat(rows(tutorPc, "tutor_conversation")).isEqualTo(2);
        assertThat(rows(teacherPc, "tutor_conversation")).isZero();
    }

    @Test
    void aTeachersBehaviourNoteReachesTheTutorButNotAnotherTeacher() {
        StaffMember teacher = central.member("skolotajs");
        Journal journal = central.classes.journals(central.yearId()).stream().filter(j -> j.classId() != null)
                .filter(j -> j.teachers().stream().map(JournalTeacher::staffId).anyMatch(teacher.id()::equals))
                .filter(j -> !central.students.ofClass(j.classId()).isEmpty()).findFirst().orElseThrow();
        UUID student = central.students.ofClass(journal.classId()).getFirst().id();
        journals(teacherPc).note(teacherPc.actor("skolotajs"), new NewBehaviourEntry(student, journal.id(), TODAY,
                BehaviourKind.CONCERN, "Traucēja stundu."));
        Copy otherTeacherPc = school.enrol("Cita skolotāja dators", otherTeacherThan(teacher, journal.classId()).login());

        assertThat(school.round()).noneMatch(ImportReport::anyRefused);

        assertThat(rows(central, "behaviour_entry")).isEqualTo(1);
        assertThat(rows(otherTeacherPc, "behaviour_entry")).isZero();
        assertThat(rows(deputyPc, "behaviour_entry")).isEqualTo(1);
        assertThat(rows(registrarPc, "behaviour_entry")).isZero();
    }

    /** A teacher who neither is {@code teacher}, tutors {@code classId}, nor works in the office. */
    private StaffMember otherTeacherThan(StaffMember teacher, UUID classId) {
        return central.staff.all().stream().filter(m -> m.holds(Role.SUBJECT_TEACHER) && !m.id().equals(teacher.id()))
                .filter(m -> !m.holds(Role.ADMINISTRATOR) && !m.holds(Role.DEPUTY_DIRECTOR) && !m.holds(Role.REGISTRAR))
                .filter(m -> m.roles().stream().noneMatch(g -> classId.equals(g.classId())))
                .filter(m -> central.classes.schoolClass(classId).map(c -> !m.id().equals(c.tutorId())).orElse(true))
                .findFirst().orElseThrow();
    }
}
