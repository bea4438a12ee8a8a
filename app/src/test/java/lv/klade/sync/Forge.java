package lv.klade.sync;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lv.klade.db.Ids;

/**
 * Packages as a tampered PC, or whoever took its key, could make them: signed with the real key read
 * from the PC's journal and encrypted for the real receiver, holding whatever changes the test chooses.
 */
final class Forge {
    private final School school;
    private final Copy pc;
    private final List<Change> changes = new ArrayList<>();

    private Forge(School school, Copy pc) {
        this.school = school;
        this.pc = pc;
    }

    /** A package {@code pc} sends its central copy. */
    static Forge from(School school, Copy pc) {
        return new Forge(school, pc);
    }

    static Identity identity(Copy copy) {
        return new SyncRepository(copy.store).identity();
    }

    /** A change made on this PC, by {@code user}, as its change log would hold it. */
    Forge change(String table, UUID row, Operation operation, Map<String, Object> fields, UUID user) {
        return change(table, row, operation, fields, user, identity(pc).id());
    }

    /** A change said to be made on {@code installation}. */
    Forge change(String table, UUID row, Operation operation, Map<String, Object> fields, UUID user,
                 UUID installation) {
        long seq = SyncRepository.maxSeq(pc.store.dsl()) + changes.size() + 1;
        changes.add(new Change(seq, Ids.next(), table, row, operation, fields, user, installation,
                Instant.parse("2026-10-01T09:00:00Z")));
        return this;
    }

    /** Writes the package: after everything the central copy acknowledged, up to the last change. */
    Path write() {
        SyncRepository log = new SyncRepository(pc.store);
        Identity me = log.identity();
        Peer central = log.peers().get(0);
        long to = SyncRepository.maxSeq(pc.store.dsl()) + changes.size();
        Manifest header = new Manifest(Manifest.FORMAT, PackageFile.KIND, me.schoolId(), me.id(), central.id(),
                school.clock.instant(), central.ackedSeq() + 1, to, central.receivedSeq(), changes.size(), Map.of());
        Path file = school.nextFile();
        PackageFile.write(file, header, changes, me.privateKey(), central.boxPublicKey());
        return file;
    }
}
