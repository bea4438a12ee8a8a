package lv.klade.school;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.db.ChangeLog;
import lv.klade.db.Database;
import lv.klade.db.Ids;
import lv.klade.db.JournalStore;
import lv.klade.db.generated.tables.records.StaffRecord;
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
}
