package lv.klade.sync;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import lv.klade.db.Actor;
import lv.klade.db.Keyring;
import lv.klade.people.Credentials;
import lv.klade.testing.TestLogins;
import lv.klade.school.SchoolRepository;

/**
 * A demo school's central copy, and a PC once it joins from an enrolment file, for tests outside this
 * package (the Sync view's): the {@link School} and {@link Copy} of the sync tests behind a public face.
 */
public final class SyncFixture implements AutoCloseable {
    private final School school;

    private SyncFixture(School school) {
        this.school = school;
    }

    /**
     * Who joins from an enrolment file: its keys name the users the PC was enrolled for, each with the
     * demo password; the administrator when the file lets them in.
     */
    public static Credentials joiner(Path enrolmentFile) {
        Keyring keys = Keyring.parse(Parts.read(enrolmentFile).get(EnrolmentFile.KEYS)).orElseThrow();
        return TestLogins.demo(keys.knows(TestLogins.ADMIN) ? TestLogins.ADMIN : keys.logins().getFirst());
    }

    /** A demo school's central copy with no PC yet. */
    public static SyncFixture central(Path folder) {
        return new SyncFixture(new School(folder, 40, 0));
    }

    /** The clock every copy shares; it moves a millisecond each time it is read. */
    public Clock clock() {
        return school.clock;
    }

    public Path folder() {
        return school.folder;
    }

    /** Makes a new journal a PC from the enrolment file the central copy wrote for {@code name}, and opens it. */
    public void join(Path enrolmentFile, String name) {
        Path journal = school.folder.resolve("pc-" + (school.pcs.size() + 1));
        SyncService.join(journal, enrolmentFile, joiner(enrolmentFile), school.clock);
        school.pcs.add(new Copy(journal, name, school.clock));
    }

    /**
     * The rows of {@code table} in a journal that joins from the enrolment file: another PC, opened
     * only to count and closed again, so the PC the other methods speak of stays the same.
     */
    public int rowsAfterJoining(Path enrolmentFile, String table) {
        Path journal = school.folder.resolve("counted-" + enrolmentFile.getFileName());
        SyncService.join(journal, enrolmentFile, joiner(enrolmentFile), school.clock);
        try (Copy pc = new Copy(journal, "counted", school.clock)) {
            return pc.everything().getOrDefault(table, List.of()).size();
        }
    }

    /** The rows of {@code table} in the central copy. */
    public int centralRows(String table) {
        return school.central.everything().getOrDefault(table, List.of()).size();
    }

    public SyncService centralSync() {
        return school.central.sync;
    }

    public SchoolRepository centralSchools() {
        return school.central.schools;
    }

    public Actor centralActor(String login) {
        return school.central.actor(login);
    }

    public SyncService pcSync() {
        return pc().sync;
    }

    public SchoolRepository pcSchools() {
        return pc().schools;
    }

    public Actor pcActor(String login) {
        return pc().actor(login);
    }

    /** On the PC, the administrator sets setting "a" and a teacher, who may not, sets "b". */
    public void pcChangesSettingsOneRefusedAtTheCentralCopy() {
        pc().school.putSetting(pc().actor("admin"), "a", "1");
        pc().school.putSetting(pc().actor("skolotajs"), "b", "1");
    }

    /** Everything in the central copy's journal: what a preview must leave as it was. */
    public Map<String, List<String>> centralEverything() {
        return school.central.everything();
    }

    private Copy pc() {
        return school.pcs.get(school.pcs.size() - 1);
    }

    @Override
    public void close() {
        school.close();
    }
}
