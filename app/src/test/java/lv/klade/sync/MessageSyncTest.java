package lv.klade.sync;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.db.generated.tables.records.MessageRecord;
import lv.klade.messages.MessageAudience;
import lv.klade.messages.MessageRepository;
import lv.klade.messages.MessageService;
import lv.klade.messages.NewMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Messages travel from the sender's PC through the central copy to the recipients' PCs, and no further. */
class MessageSyncTest {
    @TempDir
    Path folder;
    School school;
    Copy central;
    Copy teacherPc;
    Copy tutorPc;
    Copy registrarPc;

    @BeforeEach
    void threePcs() {
        school = new School(folder, 40, 0);
        central = school.central;
        teacherPc = school.enrol("Skolotāja dators", "skolotajs");
        tutorPc = school.enrol("Audzinātājas dators", "audzinataja");
        registrarPc = school.enrol("Lietveža dators", "lietvedis");
    }

    @AfterEach
    void close() {
        school.close();
    }

    private static MessageService messages(Copy copy) {
        return new MessageService(copy.store, new MessageRepository(copy.store));
    }

    @Test
    void aPersonalMessageReachesTheRecipientsPcAndTheCentralCopyOnly() {
        UUID tutor = teacherPc.member("audzinataja").id();
        messages(teacherPc).send(teacherPc.actor("skolotajs"), NewMessage.toPerson(tutor, "Olimpiāde",
                "Lūdzu, atbrīvojiet Annu no 3. stundas."));

        assertThat(school.round()).noneMatch(ImportReport::anyRefused);

        assertThat(messages(central).inbox(tutor)).hasSize(1);
        assertThat(messages(tutorPc).inbox(tutor)).singleElement().satisfies(m -> {
            assertThat(m.sender()).isEqualTo(teacherPc.member("skolotajs").fullName());
            assertThat(m.body()).isEqualTo("Lūdzu, atbrīvojiet Annu no 3. stundas.");
        });
        assertThat(registrarPc.everything().getOrDefault("message", List.of())).isEmpty();
    }

    @Test
    void theRecipientsReadMarkTravelsBackAndNewsReachesEveryPc() {
        UUID tutor = teacherPc.member("audzinataja").id();
        UUID sent = messages(teacherPc).send(teacherPc.actor("skolotajs"), NewMessage.toPerson(tutor, "Temats", "Teksts"));
        messages(registrarPc).send(registrarPc.actor("lietvedis"), NewMessage.news("Ziemassvētku koncerts",
                "22. decembrī plkst. 18:00 aktu zālē."));
        school.round();

        messages(tutorPc).markRead(tutorPc.actor("audzinataja"), sent);
        assertThat(school.round()).noneMatch(ImportReport::anyRefused);

        assertThat(messages(central).inbox(tutor)).singleElement().satisfies(m -> assertThat(m.read()).isTrue());
        for (Copy pc : List.of(teacherPc, tutorPc, registrarPc)) {
            assertThat(messages(pc).news(pc.member("skolotajs").id())).as(pc.name).singleElement()
                    .satisfies(m -> assertThat(m.audience()).isEqualTo(MessageAudience.NEWS));
        }
    }

    @Test
    void newsForgedByATeacherAndAMessageInAnothersNameAreRefused() {
        UUID teacher = teacherPc.member("skolotajs").id();
        UUID registrar = teacherPc.member("lietvedis").id();
        UUID news = forge(teacher, teacher, MessageAudience.NEWS);
        UUID impersonated = forge(teacher, registrar, MessageAudience.ALL_TEACHERS);

        PackageResult result = central.importOne(school.export(teacherPc));

        assertThat(result.refused()).extracting(r -> r.rowId() + " " + r.reason().key()).containsExactlyInAnyOrder(
                news + " sync.refused.notNewsEditor", impersonated + " sync.refused.notSender");
        assertThat(central.everything().getOrDefault("message", List.of())).isEmpty();
    }

    /** A message row written straight into the PC's journal, as an edited journal could send it. */
    private UUID forge(UUID author, UUID sender, MessageAudience audience) {
        return teacherPc.store.write(Actor.user(author), w -> {
            MessageRecord r = new MessageRecord();
            r.setId(UUID.randomUUID());
            r.setAudience(audience.name());
            r.setSenderId(sender);
            r.setSubject("Viltots");
            r.setBody("Viltots teksts");
            r.setSentAt(OffsetDateTime.now(ZoneOffset.UTC));
            w.insert(r);
            return r.getId();
        });
    }
}
