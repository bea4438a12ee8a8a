package lv.klade.sync;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lv.klade.db.Actor;
import lv.klade.grades.Grade;
import lv.klade.grades.GradeKind;
import lv.klade.grades.NewGrade;
import lv.klade.people.Role;
import lv.klade.people.RoleGrant;
import lv.klade.people.StaffMember;
import lv.klade.school.Journal;
import lv.klade.school.JournalTeacher;
import lv.klade.school.SchoolClass;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A PC enrolled for a teacher of 7.a receives what that teacher needs and may see, and no more. */
class NarrowingTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 10, 5);
    @TempDir
    Path folder;
    School school;
    Copy central;
    Copy pc;
    StaffMember teacher;
    Journal ownJournal;
    Journal otherJournal;

    @BeforeEach
    void aPcForATeacherOf7a() {
        school = new School(folder, 120, 0);
        central = school.central;
        List<Journal> journals = central.classes.journals(central.yearId());
        UUID class7a = central.classes.classes(central.yearId()).stream().filter(c -> c.name().equals("7.a"))
                .map(SchoolClass::id).findFirst().orElseThrow();
        ownJournal = journals.stream().filter(j -> class7a.equals(j.classId()))
                .filter(j -> j.teachers().stream().anyMatch(t -> !central.staff.byId(t.staffId()).orElseThrow()
                        .holds(Role.ADMINISTRATOR) && tutored(t.staffId()).isEmpty()))
                .findFirst().orElseThrow();
        teacher = ownJournal.teachers().stream().map(JournalTeacher::staffId).map(id -> central.staff.byId(id).orElseThrow())
                .filter(m -> tutored(m.id()).isEmpty()).findFirst().orElseThrow();
        Set<UUID> taught = journals.stream().filter(j -> j.teachers().stream().anyMatch(t -> t.staffId().equals(teacher.id())))
                .map(Journal::id).collect(Collectors.toSet());
        // A journal the teacher does not teach, of a class they do not tutor (they tutor none).
        otherJournal = journals.stream().filter(j -> j.classId() != null && !taught.contains(j.id())
                        && central.classes.schoolClass(j.classId()).orElseThrow().form() >= 4)
                .filter(j -> !central.students.ofClass(j.classId()).isEmpty() && !j.teachers().isEmpty())
                .findFirst().orElseThrow();
        Path enrolment = folder.resolve("kabinets-7.zip");
        central.sync.enrol(Actor.SYSTEM, "Kabinets 7", List.of(teacher.login()), enrolment);
        SyncService.join(folder.resolve("pc"), enrolment, SyncFixture.joiner(enrolment), school.clock);
        pc = new Copy(folder.resolve("pc"), "Kabinets 7", school.clock);
        school.pcs.add(pc);
    }

    @AfterEach
    void close() {
        school.close();
    }

    private List<UUID> tutored(UUID staffId) {
        return central.staff.byId(staffId).orElseThrow().roles().stream().filter(g -> g.role() == Role.CLASS_TUTOR)
                .map(RoleGrant::classId).toList();
    }

    private UUID grade(Journal journal, int points) {
        UUID student = central.students.ofClass(journal.classId()).get(0).id();
        UUID by = journal.teachers().get(0).staffId();
        return central.grades.add(Actor.user(by), NewGrade.of(student, journal.id(), GradeKind.TEST,
                new Grade.Points(points), MONDAY));
    }

    @Test
    void theTeachersJournalGradesArriveAndAnotherClasssDoNot() {
        UUID own = grade(ownJournal, 8);
        UUID other = grade(otherJournal, 5);

        school.round();

        assertThat(pc.replica.row("grade", own)).isPresent();
        assertThat(pc.replica.row("grade", other)).isEmpty();
    }

    @Test
    void noGuardiansNorStudentsPersonalCodesReachATeachersPc() {
        assertThat(central.content().get("guardian")).isNotEmpty();

        assertThat(pc.content().get("guardian")).isEmpty();
        assertThat(pc.students.ofClass(ownJournal.classId())).isNotEmpty()
                .allSatisfy(s -> assertThat(s.personalCode().value()).isEmpty());
        assertThat(pc.content().get("grade")).allSatisfy(row -> assertThat(row).doesNotContain(otherJournal.id().toString()));
    }

    @Test
    void aStudentsNewPhoneStaysAtTheCentralCopyButTheNameArrives() {
        var student = central.students.ofClass(ownJournal.classId()).get(0);
        central.setPhone(central.actor("admin"), student, "+371 26666666");

        school.round();

        assertThat(pc.student(student.id()).phone()).isNull();
        assertThat(pc.student(student.id()).lastName()).isEqualTo(student.lastName());
    }

    @Test
    void narrowedAwayChangesCountAsDelivered() {
        grade(otherJournal, 4);
        school.round();

        central.sync.importPackages(Actor.SYSTEM, List.of(school.export(pc)));

        SyncRepository log = new SyncRepository(central.store);
        assertThat(log.peerNamed(pc.name).orElseThrow().ackedSeq()).isEqualTo(log.maxSeq());
    }

    /** The password hash each staff row of the PC's enrolment file carries, by staff id. */
    private static Map<UUID, Object> hashes(Path enrolmentFile) {
        return read(enrolmentFile).rows().get("staff").stream()
                .collect(Collectors.toMap(row -> UUID.fromString(row.get("id").toString()),
                        row -> row.get("password_hash")));
    }

    /** The enrolment file as whoever joins from it opens it. */
    private static EnrolmentFile.Contents read(Path enrolmentFile) {
        return EnrolmentFile.read(enrolmentFile, SyncFixture.joiner(enrolmentFile), new lv.klade.people.PasswordHasher());
    }

    private String hashAtTheCentralCopy(UUID staffId) {
        return central.replica.row("staff", staffId).orElseThrow().get("password_hash").toString();
    }

    @Test
    void theEnrolmentFileCarriesTheTeachersPasswordHashAndNoOneElses() {
        Map<UUID, Object> hashes = hashes(folder.resolve("kabinets-7.zip"));

        assertThat(hashes.get(teacher.id())).isEqualTo(hashAtTheCentralCopy(teacher.id()));
        assertThat(hashes).hasSize(central.staff.all().size()).allSatisfy((id, hash) -> {
            if (!id.equals(teacher.id())) {
                assertThat(hash).as("the hash of %s", id).isEqualTo("");
            }
        });
        assertThat(read(folder.resolve("kabinets-7.zip")).history())
                .filteredOn(c -> c.table().equals("staff") && !c.rowId().equals(teacher.id()))
                .allSatisfy(c -> assertThat(c.fields().get("password_hash")).isIn("", null));
    }

    @Test
    void aRegistrarsPcGetsEveryonesPersonalCodeButOnlyTheRegistrarsPasswordHash() {
        UUID registrar = central.member("lietvedis").id();
        school.enrol("Kanceleja", "lietvedis");

        Map<UUID, Object> hashes = hashes(folder.resolve("Kanceleja.enrol"));

        assertThat(hashes.get(registrar)).isEqualTo(hashAtTheCentralCopy(registrar));
        assertThat(hashes.get(teacher.id())).isEqualTo("");
        assertThat(read(folder.resolve("Kanceleja.enrol")).rows().get("staff"))
                .filteredOn(row -> row.get("id").equals(teacher.id().toString())).singleElement()
                .satisfies(row -> assertThat(row.get("personal_code")).isNotNull()
                        .isEqualTo(central.replica.row("staff", teacher.id()).orElseThrow().get("personal_code")));
    }

    @Test
    void aNewPasswordReachesOnlyThePcOfItsUser() {
        var accounts = new lv.klade.people.AccountService(central.store, new lv.klade.people.PasswordHasher(),
                school.clock);
        UUID admin = central.member("admin").id();
        accounts.setPassword(central.actor("admin"), teacher.id(), "jauna-parole-1".toCharArray());
        accounts.setPassword(central.actor("admin"), admin, "jauna-parole-2".toCharArray());

        Path file = school.exportTo(pc);
        SyncRepository pcLog = new SyncRepository(pc.store);
        List<Change> staff = PackageFile.verify(file, pcLog.identity(), pcLog::peer).changes().stream()
                .filter(c -> c.table().equals("staff")).toList();
        pc.sync.importPackages(Actor.SYSTEM, List.of(file));

        assertThat(staff).singleElement().satisfies(c -> {
            assertThat(c.rowId()).isEqualTo(teacher.id());
            assertThat(c.fields()).containsKey("password_hash");
        });
        var onThePc = new lv.klade.people.AccountService(pc.store, new lv.klade.people.PasswordHasher(), school.clock);
        assertThat(onThePc.login(teacher.login(), "jauna-parole-1".toCharArray()))
                .isInstanceOf(lv.klade.people.LoginResult.Success.class);
        assertThat(onThePc.login("admin", "jauna-parole-2".toCharArray()))
                .isInstanceOf(lv.klade.people.LoginResult.WrongPassword.class);
    }

    @Test
    void whatThePcMaySeeEndsEqualAfterEditsOnBothSides() {
        UUID ownLesson = pc.lessons.save(Actor.user(teacher.id()), lv.klade.lessons.LessonEntry.regular(ownJournal.id(),
                MONDAY, 1, teacher.id(), "Daļskaitļi", null));
        UUID own = grade(ownJournal, 9);
        grade(otherJournal, 3);

        school.round();

        assertThat(pc.replica.row("lesson", ownLesson)).isEqualTo(central.replica.row("lesson", ownLesson));
        assertThat(pc.replica.row("grade", own)).isEqualTo(central.replica.row("grade", own));
        for (String table : List.of("staff_role", "journal", "journal_teacher", "school_class", "timetable_entry",
                "planned_test", "school_setting")) {
            assertThat(pc.content().get(table)).as(table).isEqualTo(central.content().get(table));
        }
        Map<String, List<String>> pcRows = pc.content();
        assertThat(pcRows.get("grade")).isSubsetOf(central.content().get("grade"));
    }
}
