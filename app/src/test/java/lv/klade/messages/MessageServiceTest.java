package lv.klade.messages;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.testing.MutableClock;
import lv.klade.testing.Refusals;
import lv.klade.timetable.TestSchool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static lv.klade.db.generated.Tables.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

/** Messages and news on one PC: who receives what, who may post news, and refusals that write nothing. */
class MessageServiceTest {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    Path dir;
    private TestSchool school;
    private MessageService messages;
    private UUID tutor;
    private UUID teacher;
    private UUID registrar;
    private UUID deputy;

    @BeforeEach
    void open() {
        school = new TestSchool(dir, new MutableClock(NOW));
        messages = new MessageService(school.store, new MessageRepository(school.store));
        tutor = school.staff("ozola");
        school.grant(tutor, "CLASS_TUTOR", school.class7a);
        school.classService.setTutor(Actor.SYSTEM, school.class7a, tutor);
        teacher = school.staff("berzina");
        school.grant(teacher, "SUBJECT_TEACHER", null);
        registrar = school.staff("lietvedis");
        school.grant(registrar, "REGISTRAR", null);
        deputy = school.staff("vietnieks");
        school.grant(deputy, "DEPUTY_DIRECTOR", null);
    }

    @AfterEach
    void close() {
        school.close();
    }

    @Test
    void aMessageToAPersonReachesOnlyThemWithItsSenderAndTime() {
        messages.send(Actor.user(teacher), NewMessage.toPerson(tutor, "Ekskursija", "Vai 7.a brauks uz Siguldu?"));

        assertThat(messages.inbox(tutor)).singleElement().satisfies(m -> {
            assertThat(m.sender()).isEqualTo("berzina Skolotāja");
            assertThat(m.sentAt()).isEqualTo(NOW);
            assertThat(m.read()).isFalse();
        });
        assertThat(messages.inbox(registrar)).isEmpty();
        assertThat(messages.sent(teacher)).hasSize(1);
    }

    @Test
    void aMessageToAClassesTutorReachesTheTutorOfThatClass() {
        messages.send(Actor.user(registrar), NewMessage.toTutorOf(school.class7a, "Izziņa", "Lūdzu, atnesiet izziņu."));
        assertThat(messages.inbox(tutor)).singleElement().satisfies(m -> {
            assertThat(m.audience()).isEqualTo(MessageAudience.CLASS_TUTOR);
            assertThat(m.className()).isEqualTo("7.a");
        });
    }

    @Test
    void aMessageToAClassWithoutATutorIsRefused() {
        assertThat(Refusals.problemOf(school.log, () -> messages.send(Actor.user(teacher),
                NewMessage.toTutorOf(school.class7b, "Izziņa", "Teksts")))).isEqualTo("messages.noTutor");
    }

    @Test
    void aMessageToSomeoneWhoLeftIsRefusedAndNothingIsWritten() {
        UUID left = school.staff("aizgajusi");
        school.store.run(Actor.SYSTEM, w -> w.update(STAFF, left, Map.of(STAFF.REVOKED, true)));
        assertThat(Refusals.problemOf(school.log, () -> messages.send(Actor.user(teacher),
                NewMessage.toPerson(left, "Sveiki", "Teksts")))).isEqualTo("messages.recipientLeft");
    }

    @Test
    void aMessageToAllTeachersReachesTeachersButNotTheOffice() {
        messages.send(Actor.user(deputy), NewMessage.toAllTeachers("Sanāksme", "Pirmdien 15:00 aktu zālē."));
        assertThat(messages.inbox(tutor)).hasSize(1);
        assertThat(messages.inbox(teacher)).hasSize(1);
        assertThat(messages.inbox(registrar)).isEmpty();
    }

    @Test
    void newsIsPostedByTheOfficeAndShownToEveryone() {
        messages.send(Actor.user(registrar), NewMessage.news("Ziemassvētku koncerts", "22. decembrī plkst. 18:00."));
        assertThat(messages.news(teacher)).singleElement()
                .satisfies(m -> assertThat(m.subject()).isEqualTo("Ziemassvētku koncerts"));
        assertThat(messages.news(deputy)).hasSize(1);
    }

    @Test
    void aTeacherMayNotPostNews() {
        assertThat(Refusals.problemOf(school.log, () -> messages.send(Actor.user(teacher),
                NewMessage.news("Jaunums", "Teksts")))).isEqualTo("messages.notNewsEditor");
    }

    @Test
    void aReadMessageIsNoLongerUnreadAndReadingTwiceWritesOnce() {
        UUID id = messages.send(Actor.user(teacher), NewMessage.toPerson(tutor, "Temats", "Teksts"));
        assertThat(messages.unread(tutor)).isEqualTo(1);
        messages.markRead(Actor.user(tutor), id);
        long changes = school.log.count();
        messages.markRead(Actor.user(tutor), id);

        assertThat(school.log.count()).isEqualTo(changes);
        assertThat(messages.unread(tutor)).isZero();
        assertThat(messages.inbox(tutor)).singleElement().satisfies(m -> assertThat(m.read()).isTrue());
    }

    @Test
    void anEmptySubjectIsRefused() {
        assertThat(Refusals.problemOf(school.log, () -> messages.send(Actor.user(teacher),
                NewMessage.toPerson(tutor, " ", "Teksts")))).isEqualTo("messages.noSubject");
    }
}
