package lv.klade.tutor;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.db.Ids;
import lv.klade.db.generated.tables.records.GuardianRecord;
import lv.klade.testing.MutableClock;
import lv.klade.testing.Refusals;
import lv.klade.timetable.TestSchool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The tutor's journals on one PC: who writes, who sees, and the one-working-day rule (001 §22). */
class TutorJournalServiceTest {
    /** Tuesday 1 December 2026, 12:00 in Riga. */
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final LocalDate LAST_THURSDAY = LocalDate.of(2026, 11, 26);

    @TempDir
    Path dir;
    private TestSchool school;
    private TutorJournalService journals;
    private UUID tutor;
    private UUID teacher;
    private UUID otherTeacher;
    private UUID deputy;
    private UUID admin;
    private UUID anna;
    private UUID annasMother;
    private UUID mathsJournal;

    @BeforeEach
    void open() {
        school = new TestSchool(dir, new MutableClock(NOW));
        journals = new TutorJournalService(school.store, school.schools, new TutorJournalRepository(school.store));
        tutor = school.staff("ozola");
        school.grant(tutor, "CLASS_TUTOR", school.class7a);
        school.classService.setTutor(Actor.SYSTEM, school.class7a, tutor);
        teacher = school.staff("berzina");
        school.grant(teacher, "SUBJECT_TEACHER", null);
        otherTeacher = school.staff("liepa");
        school.grant(otherTeacher, "SUBJECT_TEACHER", null);
        deputy = school.staff("vietnieks");
        school.grant(deputy, "DEPUTY_DIRECTOR", null);
        admin = school.staff("admins");
        school.grant(admin, "ADMINISTRATOR", null);
        anna = school.students7a.getFirst();
        annasMother = guardian(anna, "Inese", "Kalniņa");
        mathsJournal = school.classJournal(school.class7a, school.maths, teacher);
    }

    /** A bare guardian row (the people feature's write path would check the test school's made-up codes). */
    private UUID guardian(UUID student, String firstName, String lastName) {
        GuardianRecord row = new GuardianRecord();
        row.setId(Ids.next());
        row.setStudentId(student);
        row.setFirstName(firstName);
        row.setLastName(lastName);
        school.store.run(Actor.SYSTEM, w -> w.insert(row));
        return row.getId();
    }

    @AfterEach
    void close() {
        school.close();
    }

    private NewConversation withMother(LocalDate day) {
        return new NewConversation(anna, day, ConversationParty.GUARDIAN, annasMother, "Kavējumi novembrī",
                "Māte rakstīs attaisnojumus tajā pašā nedēļā.");
    }

    private NewBehaviourEntry inMaths(String note) {
        return new NewBehaviourEntry(anna, mathsJournal, MONDAY, BehaviourKind.CONCERN, note);
    }

    @Test
    void theTutorRecordsAConversationWithAParentWithinOneWorkingDay() {
        journals.record(Actor.user(tutor), withMother(MONDAY));

        assertThat(journals.conversations(tutor, school.class7a)).singleElement().satisfies(c -> {
            assertThat(c.withWhom()).isEqualTo("Inese Kalniņa");
            assertThat(c.party()).isEqualTo(ConversationParty.GUARDIAN);
            assertThat(c.late()).isFalse();
            assertThat(c.author()).isEqualTo("ozola Skolotāja");
        });
    }

    @Test
    void aConversationEnteredMoreThanOneWorkingDayLaterIsKeptAndMarkedLate() {
        journals.record(Actor.user(tutor), withMother(LAST_THURSDAY));
        assertThat(journals.conversations(tutor, school.class7a)).singleElement()
                .satisfies(c -> assertThat(c.late()).isTrue());
    }

    @Test
    void aConversationInTheFutureIsRefusedAndNothingIsWritten() {
        assertThat(Refusals.problemOf(school.log, () -> journals.record(Actor.user(tutor),
                withMother(LocalDate.of(2026, 12, 2))))).isEqualTo("tutorJournal.future");
    }

    @Test
    void anotherStudentsGuardianIsRefused() {
        UUID jana = school.students7a.get(1);
        assertThat(Refusals.problemOf(school.log, () -> journals.record(Actor.user(tutor), new NewConversation(jana,
                MONDAY, ConversationParty.GUARDIAN, annasMother, "Tēma", "Norunātais"))))
                .isEqualTo("tutorJournal.notTheirGuardian");
    }

    @Test
    void aSubjectTeacherMayNotRecordAConversation() {
        assertThat(Refusals.problemOf(school.log, () -> journals.record(Actor.user(teacher), withMother(MONDAY))))
                .isEqualTo("tutorJournal.notTutor");
    }

    @Test
    void theDeputyAndTheAdministratorRecordAndSeeEveryConversation() {
        journals.record(Actor.user(deputy), withMother(MONDAY));
        journals.record(Actor.user(admin), withMother(MONDAY));
        journals.record(Actor.user(tutor), withMother(MONDAY));

        assertThat(journals.conversations(deputy, school.class7a)).hasSize(3);
        assertThat(journals.conversations(admin, school.class7a)).hasSize(3);
        assertThat(journals.conversations(tutor, school.class7a)).hasSize(3);
    }

    @Test
    void aTeacherSeesNoConversationsOfTheClass() {
        journals.record(Actor.user(tutor), withMother(MONDAY));
        assertThat(journals.conversations(teacher, school.class7a)).isEmpty();
    }

    @Test
    void aTeacherNotesBehaviourInTheirOwnJournalAndSeesOnlyTheirOwnNotes() {
        journals.note(Actor.user(teacher), inMaths("Traucēja stundu ar telefonu."));
        journals.note(Actor.user(tutor), new NewBehaviourEntry(anna, null, MONDAY, BehaviourKind.PRAISE,
                "Palīdzēja sagatavot klases vakaru."));

        assertThat(journals.behaviour(teacher, school.class7a)).singleElement()
                .satisfies(e -> assertThat(e.journal()).isNotEmpty());
        assertThat(journals.behaviour(tutor, school.class7a)).hasSize(2);
        assertThat(journals.behaviour(deputy, school.class7a)).hasSize(2);
        assertThat(journals.behaviour(admin, school.class7a)).hasSize(2);
        assertThat(journals.behaviour(otherTeacher, school.class7a)).isEmpty();
    }

    @Test
    void aTeacherOfAnotherJournalMayNotNoteBehaviourInIt() {
        assertThat(Refusals.problemOf(school.log, () -> journals.note(Actor.user(otherTeacher), inMaths("Kavēja."))))
                .isEqualTo("tutorJournal.notTeacher");
    }

    @Test
    void aStudentOfAnotherClassCannotBeNotedInTheJournal() {
        assertThat(Refusals.problemOf(school.log, () -> journals.note(Actor.user(teacher), new NewBehaviourEntry(
                school.student7b, mathsJournal, MONDAY, BehaviourKind.CONCERN, "Kavēja."))))
                .isEqualTo("tutorJournal.notInJournal");
    }

    @Test
    void anEmptyNoteIsRefused() {
        assertThat(Refusals.problemOf(school.log, () -> journals.note(Actor.user(tutor), inMaths("  "))))
                .isEqualTo("tutorJournal.noNote");
    }
}
