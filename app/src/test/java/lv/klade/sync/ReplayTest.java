package lv.klade.sync;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import lv.klade.db.Actor;
import lv.klade.i18n.Messages;
import lv.klade.lessons.LessonEntry;
import lv.klade.people.Student;
import lv.klade.school.Journal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A package that brings nothing new from its sender is a replay: refused whole, it changes nothing, not
 * even the acknowledgements or the package history. A package that tells something new is not one.
 */
class ReplayTest extends OnePcSchoolTest {
    @Test
    void aPackageImportedAgainIsAReplayThatChangesNothing() {
        pc.school.putSetting(pc.actor("admin"), "a", "1");
        Path up = school.export(pc);
        central.importOne(up);
        var before = central.everything();

        ImportReport again = central.sync.importPackages(Actor.SYSTEM, List.of(up));

        assertThat(Copy.refusalKey(again.packages().get(0))).isEqualTo("sync.package.replay");
        assertThat(again.anyRefused()).isTrue();
        assertThat(central.everything()).as("not even sync_peer or sync_package").isEqualTo(before);
        assertThat(SyncTexts.report(again, Messages.latvian())).singleElement().asString()
                .contains("ir atkārtota", "„PC 1”");
        assertThat(SyncTexts.report(again, Messages.forLanguage("en"))).singleElement().asString()
                .contains("is a replay", "\"PC 1\"");
    }

    @Test
    void anOlderPackageArrivingAfterANewerOneThatCoversItIsAReplay() {
        pc.school.putSetting(pc.actor("admin"), "a", "1");
        Path older = school.export(pc);
        pc.school.putSetting(pc.actor("admin"), "b", "2");
        Path newer = school.export(pc);

        ImportReport report = central.sync.importPackages(Actor.SYSTEM, List.of(newer, older));

        assertThat(report.packages()).extracting(Copy::refusalKey).containsExactly("", "sync.package.replay");
        assertThat(central.schools.setting("a")).contains("1");
        assertThat(central.schools.setting("b")).contains("2");
    }

    @Test
    void aPcRefusesAReplayOfTheCentralCopysPackage() {
        central.school.putSetting(central.actor("admin"), "a", "1");
        Path down = school.exportTo(pc);
        pc.importOne(down);
        var before = pc.everything();

        assertThat(Copy.refusalKey(pc.importOne(down))).isEqualTo("sync.package.replay");
        assertThat(pc.everything()).isEqualTo(before);
    }

    @Test
    void exportsWithNothingNewAreNoReplays() {
        pc.school.putSetting(pc.actor("admin"), "a", "1");
        school.round();
        school.round();

        List<ImportReport> idle = List.of(
                central.sync.importPackages(Actor.SYSTEM, List.of(school.export(pc), school.export(pc))),
                pc.sync.importPackages(Actor.SYSTEM, List.of(school.exportTo(pc), school.exportTo(pc))));

        assertThat(idle).noneMatch(ImportReport::anyRefused);
    }

    /**
     * The central copy answers before the PC's package arrives, with nothing the PC may see: the PC then
     * sends its change again with the same range, but with an acknowledgement the central copy lacks.
     */
    @Test
    void aPackageWithANewerAcknowledgementIsNoReplayThoughItsChangesArrivedBefore() {
        Copy teachers = school.enrol("Kabinets 12", "skolotajs");
        var teacher = teachers.member("skolotajs");
        Journal own = teachers.classes.journalsOfTeacher(teachers.yearId(), teacher.id()).get(0);
        teachers.lessons.save(Actor.user(teacher.id()),
                LessonEntry.regular(own.id(), LocalDate.of(2026, 10, 5), 1, teacher.id(), "Daļskaitļi", null));
        Path first = school.export(teachers);
        // A plain teacher sees no student's phone.
        Student student = central.studentOutside(null);
        central.setPhone(central.actor("admin"), student, "+371 27777777");
        Path answer = school.exportTo(teachers);
        central.importOne(first);
        assertThat(teachers.importOne(answer).applied()).as("the phone is not for this PC").isZero();
        Path again = school.export(teachers);

        PackageResult result = central.importOne(again);

        assertThat(result.refusal()).isEmpty();
        assertThat(result.duplicates()).isEqualTo(1);
        long answered = Manifest.parse(Parts.read(answer).get(Manifest.FILE)).toSeq();
        assertThat(new SyncRepository(central.store).peerNamed("Kabinets 12").orElseThrow().ackedSeq())
                .as("the PC holds the answer").isEqualTo(answered);
        assertThat(Copy.refusalKey(central.importOne(first))).isEqualTo("sync.package.replay");
    }
}
