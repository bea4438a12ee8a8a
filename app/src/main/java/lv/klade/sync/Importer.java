package lv.klade.sync;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.db.JournalStore;
import lv.klade.db.Writes;
import lv.klade.i18n.Problem;
import lv.klade.i18n.UserError;
import lv.klade.people.StaffMember;
import lv.klade.people.StaffService;

/**
 * Imports one package: verify everything first (the file, at the central copy its authors, and that
 * it is no replay), then apply in one transaction through the write path. At the central copy each
 * change must pass the rights of its author; a PC takes what its central copy signed, since the
 * central copy checked those rights when the changes arrived there.
 */
final class Importer {
    private final JournalStore store;
    private final SyncRepository sync;
    private final ReplicaRepository replica;
    private final StaffService staff;
    private final ChangeRules rules;
    private final Merge merge;
    private final Authors authors;

    Importer(JournalStore store, SyncRepository sync, ReplicaRepository replica, StaffService staff, ChangeRules rules) {
        this.store = store;
        this.sync = sync;
        this.replica = replica;
        this.staff = staff;
        this.rules = rules;
        this.merge = new Merge(replica, sync);
        this.authors = new Authors(staff::byId);
    }

    PackageResult importOne(Actor actor, Path file) {
        return run(actor, file, false);
    }

    /** What importing would do, found by importing in a transaction that is rolled back. */
    PackageResult preview(Actor actor, Path file) {
        return run(actor, file, true);
    }

    private PackageResult run(Actor actor, Path file, boolean onlyTry) {
        Identity me = sync.identity();
        PackageFile.Verified verified;
        try {
            if (!me.isCentral() && !me.isSpoke()) {
                throw UserError.of("sync.notEnrolled");
            }
            verified = PackageFile.verify(file, me, sync::peer);
            String name = String.valueOf(file.getFileName());
            if (me.isCentral()) {
                authors.check(name, verified.sender(), sync.serves(verified.sender().id()), verified.changes());
            }
            refuseReplay(name, verified);
        } catch (UserError e) {
            return PackageResult.refusedWhole(file, e.problem());
        }
        java.util.function.Function<Writes, PackageResult> work = w -> apply(w, actor, file, me, verified);
        return onlyTry ? store.tryOut(actor, work) : store.write(actor, work);
    }

    /**
     * A replay brings nothing new: it has changes, every one of them arrived before (its range ends
     * within what arrived from the sender without a gap, or it is a range imported before), and its
     * acknowledgement is not ahead of the last one. An older package arriving after a newer one that
     * covers it is one too. A package without changes, or with a newer acknowledgement, is not: an
     * export when nothing is new, or one that tells what arrived since, changes nothing else.
     */
    private void refuseReplay(String name, PackageFile.Verified verified) {
        Manifest m = verified.manifest();
        Peer sender = verified.sender();
        boolean arrived = m.toSeq() <= sender.receivedSeq() || sync.imported(sender.id(), m.fromSeq(), m.toSeq());
        if (m.changes() > 0 && arrived && m.acknowledges() <= sender.ackedSeq()) {
            throw UserError.of("sync.package.replay", name, sender.name(), String.valueOf(m.fromSeq()),
                    String.valueOf(m.toSeq()));
        }
    }

    /** Changes applied together with their writes batched; one the database refuses sends its chunk one by one. */
    private static final int CHUNK = 1_000;

    /** What applying changes came to: the counts, the refusals and the notices to put rows back by. */
    private static final class Tally {
        final Set<UUID> seen = new HashSet<>();
        final List<RefusedChange> refused = new ArrayList<>();
        final List<Refusals.Notice> corrections = new ArrayList<>();
        final Map<String, int[]> tables = new TreeMap<>();
        int written;
        int superseded;
        int duplicates;

        void add(Tally chunk) {
            seen.addAll(chunk.seen);
            refused.addAll(chunk.refused);
            corrections.addAll(chunk.corrections);
            chunk.tables.forEach((table, counts) -> {
                int[] total = tables.computeIfAbsent(table, t -> new int[3]);
                for (int i = 0; i < counts.length; i++) {
                    total[i] += counts[i];
                }
            });
            written += chunk.written;
            superseded += chunk.superseded;
            duplicates += chunk.duplicates;
        }
    }

    private PackageResult apply(Writes w, Actor actor, Path file, Identity me, PackageFile.Verified verified) {
        List<Change> changes = verified.changes();
        Set<UUID> known = sync.knownIds(w, changes.stream().map(Change::id).toList());
        ImportReads reads = new ImportReads(w, replica, sync, staff::byId, changes.stream()
                .filter(c -> !known.contains(c.id())).toList());
        Tally total = new Tally();
        for (int from = 0; from < changes.size(); from += CHUNK) {
            List<Change> chunk = changes.subList(from, Math.min(changes.size(), from + CHUNK));
            Tally[] fast = new Tally[1];
            // Optimistic: the whole chunk's writes in batches. The database refusing any of them undoes
            // the chunk; then each change goes alone, so only the refused ones are left out.
            Optional<String> refusedByDatabase = replica.attempt(w, () -> {
                fast[0] = applyChunk(w, me, chunk, known, total.seen, reads, false);
                w.flush();
            });
            if (refusedByDatabase.isPresent()) {
                chunk.forEach(c -> reads.historyChanged(c.table(), c.rowId()));
                fast[0] = applyChunk(w, me, chunk, known, total.seen, reads, true);
            }
            total.add(fast[0]);
        }
        restore(w, total.corrections, total.refused);
        Manifest m = verified.manifest();
        int applied = total.written + total.superseded;
        sync.progress(w, verified.sender().id(), m.fromSeq(), m.toSeq(), m.acknowledges());
        sync.recordPackage(w, new SyncRepository.PackageEntry(verified.sender().id(), "import",
                store.clock().instant(), actor.userId(), m.fromSeq(), m.toSeq(), changes.size(),
                applied, total.duplicates, total.refused.size()));
        return new PackageResult(file, Optional.empty(), verified.sender().id(), verified.sender().name(),
                applied, total.superseded, total.duplicates, total.refused,
                total.corrections.stream().map(Refusals.Notice::refused).toList(), total.tables.entrySet().stream()
                .map(e -> new PackageResult.TableCount(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList());
    }

    /**
     * Applies a chunk of changes. {@code alone}: each change's writes in a savepoint of their own, so
     * the database refusing one refuses only it; else a refusal by the database is thrown.
     */
    private Tally applyChunk(Writes w, Identity me, List<Change> chunk, Set<UUID> known, Set<UUID> seenBefore,
                             ImportReads reads, boolean alone) {
        Tally tally = new Tally();
        for (Change change : chunk) {
            if (known.contains(change.id()) || seenBefore.contains(change.id()) || !tally.seen.add(change.id())) {
                tally.duplicates++;
                continue;
            }
            if (me.isSpoke() && Refusals.TABLE.equals(change.table())) {
                if (takeNotice(w, me, change, tally.refused, tally.corrections, reads)) {
                    tally.superseded++;
                }
                continue;
            }
            Optional<Problem> problem = checkShape(change)
                    .or(() -> me.isCentral() ? rights(change, reads) : Optional.empty());
            if (problem.isEmpty()) {
                Merge.Effect[] effect = new Merge.Effect[1];
                if (alone) {
                    problem = replica.attempt(w, () -> {
                        effect[0] = merge.apply(w, change, reads);
                        w.flush();
                    }).map(reason -> Problem.of("sync.refused.database", reason));
                } else {
                    effect[0] = merge.apply(w, change, reads);
                }
                if (problem.isPresent()) {
                    reads.written(change.table(), change.rowId());
                } else {
                    reads.applied(change);
                    tally.tables.computeIfAbsent(change.table(), t -> new int[3])[change.operation().ordinal()]++;
                    if (effect[0] == Merge.Effect.WRITTEN) {
                        tally.written++;
                    } else {
                        tally.superseded++;
                    }
                }
            }
            if (problem.isPresent()) {
                RefusedChange refusal = new RefusedChange(change.id(), change.table(), change.rowId(),
                        change.userId(), problem.get());
                tally.refused.add(refusal);
                if (me.isCentral()) {
                    noticeFor(w, me, change, refusal, reads);
                }
            }
        }
        return tally;
    }

    /**
     * On a PC, a refusal notice: one about its own change is kept, and its row put back after the
     * package. False, and nothing recorded, when the notice cannot be read.
     */
    private boolean takeNotice(Writes w, Identity me, Change change, List<RefusedChange> refused,
                               List<Refusals.Notice> corrections, ImportReads reads) {
        Optional<Refusals.Notice> notice = Refusals.read(change);
        if (notice.isEmpty()) {
            refused.add(new RefusedChange(change.id(), change.table(), change.rowId(), change.userId(),
                    Problem.of("sync.refused.badValue", change.table())));
            return false;
        }
        if (notice.get().installation().equals(me.id())) {
            sync.keepRefusal(w, notice.get().refused(), me.id(), notice.get().madeAt());
            reads.historyChanged(notice.get().refused().table(), notice.get().refused().rowId());
            corrections.add(notice.get());
        }
        w.record(SyncRepository.toRecord(change));
        return true;
    }

    /** At the central copy: keeps a final refusal, and logs the notice the PC that made the change will get. */
    private void noticeFor(Writes w, Identity me, Change change, RefusedChange refusal, ImportReads reads) {
        if (Refusals.isFinal(refusal.reason())
                && sync.keepRefusal(w, refusal, change.installationId(), change.madeAt())) {
            w.record(SyncRepository.toRecord(Refusals.notice(me, change, refusal.reason(),
                    reads.row(change.table(), change.rowId()), store.clock().instant())));
        }
    }

    /** Puts the rows of this PC's refused changes back; children were refused after their parents, so go first. */
    private void restore(Writes w, List<Refusals.Notice> corrections, List<RefusedChange> refused) {
        for (Refusals.Notice notice : corrections.reversed()) {
            RefusedChange r = notice.refused();
            replica.attempt(w, () -> merge.restore(w, r.table(), r.rowId(), notice.row())).ifPresent(reason ->
                    refused.add(new RefusedChange(r.changeId(), r.table(), r.rowId(), r.userId(),
                            Problem.of("sync.refused.database", reason))));
        }
    }

    /** A change this build cannot apply at all: a table or column it does not have, or a value of the wrong type. */
    private Optional<Problem> checkShape(Change change) {
        if (!replica.isSynced(change.table())) {
            return Optional.of(Problem.of("sync.refused.unknownTable", change.table()));
        }
        Set<String> unknown = replica.unknownColumns(change.table(), change.fields().keySet());
        if (!unknown.isEmpty()) {
            return Optional.of(Problem.of("sync.refused.unknownColumn", change.table(), String.join(", ", unknown)));
        }
        if (!replica.convertible(change.table(), change.fields())) {
            return Optional.of(Problem.of("sync.refused.badValue", change.table()));
        }
        return Optional.empty();
    }

    /** The author must be a current staff member, and the table's rule must allow the change. */
    private Optional<Problem> rights(Change change, ImportReads reads) {
        Optional<StaffMember> author = Optional.ofNullable(change.userId()).flatMap(reads::member)
                .filter(member -> !member.revoked());
        if (author.isEmpty()) {
            return Optional.of(Problem.of("sync.refused.unknownUser", String.valueOf(change.userId())));
        }
        return rules.forTable(change.table()).check(change, author.get(), reads.reader());
    }
}
