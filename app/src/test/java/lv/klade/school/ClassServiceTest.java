package lv.klade.school;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.db.ChangeLog;
import lv.klade.db.Database;
import lv.klade.db.Ids;
import lv.klade.db.JournalStore;
import lv.klade.db.generated.tables.records.StaffRecord;
import lv.klade.db.generated.tables.records.StaffRoleRecord;
import lv.klade.db.generated.tables.records.StudentRecord;
import lv.klade.i18n.UserError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClassServiceTest {
    @TempDir
    Path dir;
    private Database database;
    private JournalStore store;
    private ClassRepository repository;
    private ClassService service;
    private ChangeLog log;
    private UUID yearId;
    private UUID maths;

    @BeforeEach
    void open() {
        database = Database.create(dir.resolve("j"), Clock.systemUTC());
        store = new JournalStore(database, Clock.systemUTC());
        SchoolRepository schools = new SchoolRepository(store);
        SchoolService schoolService = new SchoolService(store, schools);
        repository = new ClassRepository(store);
        service = new ClassService(store, schools, repository);
        log = new ChangeLog(store);
        yearId = store.write(Actor.SYSTEM, w -> schoolService.defaultYear(w,
                schoolService.createSchool(w, "Rīgas 1. vidusskola", null, null), 2026));
        maths = service.addSubject(Actor.SYSTEM, "Matemātika", "Mat.");
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** Staff belong to the people feature; a bare row is enough for a journal's teacher. */
    private UUID staff(String login) {
        UUID id = Ids.next();
        StaffRecord row = new StaffRecord();
        row.setId(id);
        row.setFirstName("Anna");
        row.setLastName("Bērziņa");
        row.setLogin(login);
        row.setPasswordHash("x");
        row.setRevoked(false);
        store.run(Actor.SYSTEM, w -> w.insert(row));
        return id;
    }

    private void assertRefusedWithNothingWritten(Runnable write, String key) {
        long changes = log.count();
        assertThatThrownBy(write::run).isInstanceOfSatisfying(UserError.class,
                e -> assertThat(e.problem().key()).isEqualTo(key));
        assertThat(log.count()).isEqualTo(changes);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2101111
            210111112
            2101111A
            """)
    void aProgrammeCodeMustBeEightDigits(String code) {
        assertRefusedWithNothingWritten(() -> service.addProgramme(Actor.SYSTEM, code, "Pamatizglītība"),
                "programme.codeInvalid");
    }

    @Test
    void aProgrammeIsListedByItsCode() {
        service.addProgramme(Actor.SYSTEM, "21011111", "Pamatizglītības programma");

        assertThat(repository.programmes()).extracting(Programme::code).containsExactly("21011111");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            8.a, 7, class.nameInvalid
            a7,  7, class.nameInvalid
            13.a, 13, class.formInvalid
            """)
    void aClassNameMustStartWithItsForm(String name, int form, String key) {
        assertRefusedWithNothingWritten(() -> service.addClass(Actor.SYSTEM, yearId, name, form, null, null), key);
    }

    @Test
    void aClassRecordsOneChangeAndIsUniqueInTheYear() {
        long before = log.count();
        service.addClass(Actor.SYSTEM, yearId, "7.a", 7, null, null);
        assertThat(log.count()).isEqualTo(before + 1);

        assertRefusedWithNothingWritten(() -> service.addClass(Actor.SYSTEM, yearId, "7.A", 7, null, null),
                "class.duplicate");
        assertThat(repository.classCount(yearId)).isEqualTo(1);
    }

    @Test
    void aClassJournalIsNamedAfterItsClassAndSubjectAndListsItsTeachers() {
        UUID teacher = staff("anna");
        UUID accompanist = staff("ilze");
        UUID classId = service.addClass(Actor.SYSTEM, yearId, "7.a", 7, null, teacher);
        long before = log.count();

        service.addJournal(Actor.SYSTEM, NewJournal.forClass(yearId, JournalKind.SUBJECT, maths, classId,
                List.of(JournalTeacher.teacher(teacher), new JournalTeacher(accompanist, TeacherRole.ACCOMPANIST))));

        assertThat(log.count()).isEqualTo(before + 3);
        Journal journal = repository.journals(yearId).getFirst();
        assertThat(journal.name()).isEqualTo("7.a Matemātika");
        assertThat(journal.teachers()).extracting(JournalTeacher::role)
                .containsExactly(TeacherRole.TEACHER, TeacherRole.ACCOMPANIST);
        assertThat(repository.journalsOfTeacher(yearId, accompanist)).extracting(Journal::id).containsExactly(journal.id());
        assertThat(repository.journalCount(yearId)).isEqualTo(1);
    }

    @Test
    void aCombinedGroupJournalIsNamedAfterTheGroup() {
        UUID groupId = service.addGroup(Actor.SYSTEM, yearId, "10. kl. padziļinātā", null);

        service.addJournal(Actor.SYSTEM, NewJournal.forGroup(yearId, JournalKind.ELECTIVE, maths, groupId, List.of()));

        assertThat(repository.groups(yearId)).singleElement().satisfies(g -> assertThat(g.combined()).isTrue());
        assertThat(repository.journals(yearId)).extracting(Journal::name)
                .containsExactly("10. kl. padziļinātā Matemātika");
    }

    @Test
    void aJournalForBothAClassAndAGroupIsRefused() {
        UUID classId = service.addClass(Actor.SYSTEM, yearId, "7.a", 7, null, null);
        UUID groupId = service.addGroup(Actor.SYSTEM, yearId, "7.a 1. grupa", classId);

        assertRefusedWithNothingWritten(() -> service.addJournal(Actor.SYSTEM,
                new NewJournal(yearId, JournalKind.SUBJECT, maths, classId, groupId, List.of())), "journal.classOrGroup");
    }

    @Test
    void aTeacherNamedTwiceInAJournalWritesNothing() {
        UUID teacher = staff("anna");
        UUID classId = service.addClass(Actor.SYSTEM, yearId, "7.a", 7, null, null);

        assertRefusedWithNothingWritten(() -> service.addJournal(Actor.SYSTEM, NewJournal.forClass(yearId,
                JournalKind.SUBJECT, maths, classId, List.of(JournalTeacher.teacher(teacher),
                        new JournalTeacher(teacher, TeacherRole.ACCOMPANIST)))), "journal.teacherTwice");
        assertThat(repository.journalCount(yearId)).isZero();
    }

    @Test
    void aSubjectWithTheSameNameIsRefused() {
        assertRefusedWithNothingWritten(() -> service.addSubject(Actor.SYSTEM, "matemātika", "M"), "subject.duplicate");
    }

    // --- master data set up by the administrator ---

    private UUID student(String code, UUID classId) {
        UUID id = Ids.next();
        StudentRecord row = new StudentRecord();
        row.setId(id);
        row.setFirstName("Jānis");
        row.setLastName("Kalniņš");
        row.setPersonalCode(code);
        row.setBirthDate(LocalDate.of(2013, 5, 1));
        row.setGender("M");
        row.setClassId(classId);
        store.run(Actor.SYSTEM, w -> w.insert(row));
        return id;
    }

    private UUID staffWithRole(String login, String role) {
        UUID id = staff(login);
        StaffRoleRecord row = new StaffRoleRecord();
        row.setId(Ids.next());
        row.setStaffId(id);
        row.setRole(role);
        store.run(Actor.SYSTEM, w -> w.insert(row));
        return id;
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            '',   Pamatizglītība, programme.codeInvalid
            21011111, '  ',      programme.nameMissing
            """)
    void aProgrammeNeedsACodeAndAName(String code, String name, String key) {
        assertRefusedWithNothingWritten(() -> service.addProgramme(Actor.SYSTEM, code, name), key);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            7.a,  0,  class.formInvalid
            0.a,  0,  class.formInvalid
            13.b, 13, class.formInvalid
            '',   7,  class.nameInvalid
            """)
    void aClassFormIsOneToTwelve(String name, int form, String key) {
        assertRefusedWithNothingWritten(() -> service.addClass(Actor.SYSTEM, yearId, name, form, null, null), key);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            '',   Mat., subject.nameMissing
            Fizika, ' ', subject.shortNameMissing
            """)
    void aSubjectNeedsBothNames(String name, String shortName, String key) {
        assertRefusedWithNothingWritten(() -> service.addSubject(Actor.SYSTEM, name, shortName), key);
    }

    @Test
    void aGroupNeedsAName() {
        assertRefusedWithNothingWritten(() -> service.addGroup(Actor.SYSTEM, yearId, " ", null, GroupKind.ELECTIVE),
                "group.nameMissing");
    }

    @Test
    void renamingAClassToAnotherOfTheYearIsRefused() {
        service.addClass(Actor.SYSTEM, yearId, "7.a", 7, null, null);
        UUID b = service.addClass(Actor.SYSTEM, yearId, "7.b", 7, null, null);

        assertRefusedWithNothingWritten(() -> service.changeClass(Actor.SYSTEM, b, "7.A", 7, null), "class.duplicate");
    }

    @Test
    void renamingAClassRenamesItsJournals() {
        UUID classId = service.addClass(Actor.SYSTEM, yearId, "7.a", 7, null, null);
        service.addJournal(Actor.SYSTEM, NewJournal.forClass(yearId, JournalKind.SUBJECT, maths, classId, List.of()));

        service.changeClass(Actor.SYSTEM, classId, "7.c", 7, null);

        assertThat(repository.journals(yearId)).extracting(Journal::name).containsExactly("7.c Matemātika");
    }

    @Test
    void aSplitTakesOnlyStudentsOfItsClass() {
        UUID a = service.addClass(Actor.SYSTEM, yearId, "7.a", 7, null, null);
        UUID b = service.addClass(Actor.SYSTEM, yearId, "7.b", 7, null, null);
        UUID ofA = student("010513-10001", a);
        UUID ofB = student("010513-10002", b);
        UUID split = service.addGroup(Actor.SYSTEM, yearId, "7.a 1. grupa", a, GroupKind.SPLIT);

        assertRefusedWithNothingWritten(() -> service.addGroupMembers(Actor.SYSTEM, split, List.of(ofA, ofB)),
                "group.studentOfOtherClass");
        assertThat(repository.groupMembers(split)).isEmpty();
    }

    @Test
    void aCombinedGroupTakesStudentsOfSeveralClasses() {
        UUID a = service.addClass(Actor.SYSTEM, yearId, "7.a", 7, null, null);
        UUID b = service.addClass(Actor.SYSTEM, yearId, "7.b", 7, null, null);
        UUID elective = service.addGroup(Actor.SYSTEM, yearId, "Robotika", null, GroupKind.ELECTIVE);

        int added = service.addGroupMembers(Actor.SYSTEM, elective,
                List.of(student("010513-10001", a), student("010513-10002", b)));

        assertThat(added).isEqualTo(2);
        assertThat(repository.groups(yearId)).singleElement()
                .satisfies(g -> assertThat(g.kind()).isEqualTo(GroupKind.ELECTIVE));
    }

    /** The staff member leaves: their account is revoked. */
    private UUID revoked(UUID staffId) {
        store.run(Actor.SYSTEM, w -> w.dsl().update(lv.klade.db.generated.Tables.STAFF)
                .set(lv.klade.db.generated.Tables.STAFF.REVOKED, true)
                .where(lv.klade.db.generated.Tables.STAFF.ID.eq(staffId)).execute());
        return staffId;
    }

    @Test
    void aTeacherWhoHasLeftIsNotMadeAJournalTeacher() {
        UUID left = revoked(staff("aiga"));
        UUID classId = service.addClass(Actor.SYSTEM, yearId, "7.a", 7, null, null);

        assertRefusedWithNothingWritten(() -> service.addJournal(Actor.SYSTEM, NewJournal.forClass(yearId,
                JournalKind.SUBJECT, maths, classId, List.of(JournalTeacher.teacher(left)))), "journal.teacherLeft");
    }

    @Test
    void aStaffMemberWhoHasLeftIsNotMadeAClassTutor() {
        UUID left = revoked(staff("aiga"));
        UUID classId = service.addClass(Actor.SYSTEM, yearId, "7.a", 7, null, null);

        assertRefusedWithNothingWritten(() -> service.addClass(Actor.SYSTEM, yearId, "7.b", 7, null, left),
                "class.tutorLeft");
        assertRefusedWithNothingWritten(() -> service.setTutor(Actor.SYSTEM, classId, left), "class.tutorLeft");
    }

    @Test
    void aTutorWhoHasLeftStaysWhenTheClassIsSavedWithThem() {
        UUID tutor = staff("aiga");
        UUID classId = service.addClass(Actor.SYSTEM, yearId, "7.a", 7, null, tutor);
        revoked(tutor);

        service.setTutor(Actor.SYSTEM, classId, tutor);

        assertThat(repository.schoolClass(classId)).hasValueSatisfying(c -> assertThat(c.tutorId()).isEqualTo(tutor));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2026-08-31, 2027-01-31
            2027-02-01, 2027-09-01
            2027-03-01, 2027-02-01
            """)
    void aJournalTeachersDatesAreWithinTheYear(LocalDate starts, LocalDate ends) {
        UUID teacher = staff("anna");
        UUID classId = service.addClass(Actor.SYSTEM, yearId, "7.a", 7, null, null);
        UUID journal = service.addJournal(Actor.SYSTEM,
                NewJournal.forClass(yearId, JournalKind.SUBJECT, maths, classId, List.of()));

        assertThatThrownBy(() -> service.addJournalTeacher(Actor.SYSTEM, journal,
                new JournalTeacher(teacher, TeacherRole.TEACHER, starts, ends)))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.problem().key()).startsWith("range."));
    }

    @Test
    void aReplacedTeacherTeachesToTheirLastDayAndTheNewOneFromTheirFirst() {
        UUID first = staff("anna");
        UUID second = staff("ilze");
        UUID classId = service.addClass(Actor.SYSTEM, yearId, "7.a", 7, null, null);
        UUID journal = service.addJournal(Actor.SYSTEM,
                NewJournal.forClass(yearId, JournalKind.SUBJECT, maths, classId, List.of(JournalTeacher.teacher(first))));

        service.endJournalTeacher(Actor.SYSTEM, journal, first, LocalDate.of(2027, 1, 31));
        service.addJournalTeacher(Actor.SYSTEM, journal,
                new JournalTeacher(second, TeacherRole.TEACHER, LocalDate.of(2027, 2, 1), null));

        Journal read = repository.journals(yearId).getFirst();
        assertThat(read.teachersOn(LocalDate.of(2027, 1, 31))).extracting(JournalTeacher::staffId).containsExactly(first);
        assertThat(read.teachersOn(LocalDate.of(2027, 2, 1))).extracting(JournalTeacher::staffId).containsExactly(second);
        assertThat(repository.journalsOfTeacher(yearId, second)).extracting(Journal::id).containsExactly(journal);
    }

    @Test
    void onlyTheAdministratorChangesMasterData() {
        UUID teacher = staffWithRole("skolotajs", "SUBJECT_TEACHER");
        UUID admin = staffWithRole("admin", "ADMINISTRATOR");

        assertRefusedWithNothingWritten(() -> service.addSubject(Actor.user(teacher), "Fizika", "Fiz."),
                "masterData.notAdministrator");
        service.addSubject(Actor.user(admin), "Fizika", "Fiz.");
        assertThat(repository.subjects()).extracting(Subject::name).contains("Fizika");
    }

    @Test
    void anUnusedClassIsDeleted() {
        UUID classId = service.addClass(Actor.SYSTEM, yearId, "7.a", 7, null, null);

        service.delete(Actor.SYSTEM, MasterItem.CLASS, classId);

        assertThat(repository.classes(yearId)).isEmpty();
    }

    @Test
    void aClassWithStudentsIsEndedNotDeleted() {
        UUID classId = service.addClass(Actor.SYSTEM, yearId, "7.a", 7, null, null);
        student("010513-10001", classId);

        assertRefusedWithNothingWritten(() -> service.delete(Actor.SYSTEM, MasterItem.CLASS, classId),
                "masterData.inUse");
        service.end(Actor.SYSTEM, MasterItem.CLASS, classId, LocalDate.of(2027, 1, 1));

        SchoolClass ended = repository.classes(yearId).getFirst();
        assertThat(ended.endedOn(LocalDate.of(2027, 1, 1))).isTrue();
        assertThat(ended.endedOn(LocalDate.of(2026, 12, 31))).isFalse();
    }

    @Test
    void aClassEndsWithinItsYear() {
        UUID classId = service.addClass(Actor.SYSTEM, yearId, "7.a", 7, null, null);

        assertRefusedWithNothingWritten(() -> service.end(Actor.SYSTEM, MasterItem.CLASS, classId,
                LocalDate.of(2027, 9, 1)), "range.outsideYear");
    }

    @Test
    void aSubjectWithAJournalIsKeptAndAnUnusedGroupGoesWithItsMembers() {
        UUID classId = service.addClass(Actor.SYSTEM, yearId, "7.a", 7, null, null);
        service.addJournal(Actor.SYSTEM, NewJournal.forClass(yearId, JournalKind.SUBJECT, maths, classId, List.of()));
        UUID group = service.addGroup(Actor.SYSTEM, yearId, "7.a 1. grupa", classId);
        service.addGroupMembers(Actor.SYSTEM, group, List.of(student("010513-10001", classId)));

        assertRefusedWithNothingWritten(() -> service.delete(Actor.SYSTEM, MasterItem.SUBJECT, maths),
                "masterData.inUse");
        service.delete(Actor.SYSTEM, MasterItem.GROUP, group);

        assertThat(repository.groups(yearId)).isEmpty();
        assertThat(repository.groupMembers(group)).isEmpty();
    }
}
