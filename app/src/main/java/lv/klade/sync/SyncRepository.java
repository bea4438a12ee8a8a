package lv.klade.sync;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lv.klade.db.ChangeRecord;
import lv.klade.db.JournalStore;
import lv.klade.db.Writes;
import lv.klade.db.generated.tables.records.ChangeLogRecord;
import lv.klade.db.generated.tables.records.InstallationRecord;
import lv.klade.db.generated.tables.records.SyncPeerRecord;
import lv.klade.db.generated.tables.records.SyncPackageRecord;
import lv.klade.db.generated.tables.records.SyncRefusalRecord;
import lv.klade.i18n.Problem;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import static lv.klade.db.generated.Tables.CHANGE_LOG;
import static lv.klade.db.generated.Tables.INSTALLATION;
import static lv.klade.db.generated.Tables.SYNC_PACKAGE;
import static lv.klade.db.generated.Tables.SYNC_PEER;
import static lv.klade.db.generated.Tables.SYNC_REFUSAL;

/**
 * This PC's sync state (identity, peers, package history) and the change log as sync reads it.
 * None of the sync state is journal content, so it is written directly, never through the change log;
 * writes that belong to an import take that import's {@link Writes}, so they commit with it.
 */
final class SyncRepository {
    private final JournalStore store;

    SyncRepository(JournalStore store) {
        this.store = store;
    }

    Identity identity() {
        InstallationRecord r = store.dsl().selectFrom(INSTALLATION).limit(1).fetchSingle();
        return new Identity(r.getId(), r.getName(), r.getRole(), r.getSchoolId(), r.getPublicKey(), r.getPrivateKey(),
                r.getBoxPublicKey(), r.getBoxPrivateKey());
    }

    void becomeCentral(UUID schoolId, Keys.Pair keys, Keys.Pair box) {
        store.dsl().update(INSTALLATION)
                .set(INSTALLATION.ROLE, Identity.CENTRAL)
                .set(INSTALLATION.SCHOOL_ID, schoolId)
                .set(INSTALLATION.PUBLIC_KEY, keys.publicKey())
                .set(INSTALLATION.PRIVATE_KEY, keys.privateKey())
                .set(INSTALLATION.BOX_PUBLIC_KEY, box.publicKey())
                .set(INSTALLATION.BOX_PRIVATE_KEY, box.privateKey())
                .execute();
    }

    /** Gives a central copy made by an older Klade the X25519 pair packages for it are encrypted with. */
    void giveBoxKeys(Keys.Pair box) {
        store.dsl().update(INSTALLATION)
                .set(INSTALLATION.BOX_PUBLIC_KEY, box.publicKey())
                .set(INSTALLATION.BOX_PRIVATE_KEY, box.privateKey())
                .execute();
    }

    /** Turns a fresh journal into a spoke of the school: its identity becomes the one enrolment gave it. */
    static void becomeSpoke(DSLContext dsl, Identity pc) {
        dsl.update(INSTALLATION)
                .set(INSTALLATION.ID, pc.id())
                .set(INSTALLATION.NAME, pc.name())
                .set(INSTALLATION.ROLE, Identity.SPOKE)
                .set(INSTALLATION.SCHOOL_ID, pc.schoolId())
                .set(INSTALLATION.PUBLIC_KEY, pc.publicKey())
                .set(INSTALLATION.PRIVATE_KEY, pc.privateKey())
                .set(INSTALLATION.BOX_PUBLIC_KEY, pc.boxPublicKey())
                .set(INSTALLATION.BOX_PRIVATE_KEY, pc.boxPrivateKey())
                .execute();
    }

    List<Peer> peers() {
        return store.dsl().selectFrom(SYNC_PEER).orderBy(SYNC_PEER.NAME).fetch(SyncRepository::toPeer);
    }

    Optional<Peer> peer(UUID id) {
        return store.dsl().selectFrom(SYNC_PEER).where(SYNC_PEER.ID.eq(id)).fetchOptional(SyncRepository::toPeer);
    }

    Optional<Peer> peerNamed(String name) {
        return store.dsl().selectFrom(SYNC_PEER).where(SYNC_PEER.NAME.eq(name)).fetchOptional(SyncRepository::toPeer);
    }

    private static Peer toPeer(SyncPeerRecord r) {
        return new Peer(r.getId(), r.getName(), r.getRole(), r.getPublicKey(), r.getEnrolledAt().toInstant(),
                r.getRevoked(), r.getReceivedSeq(), r.getAckedSeq(), r.getBoxPublicKey());
    }

    static void insertPeer(DSLContext dsl, Peer peer) {
        SyncPeerRecord r = dsl.newRecord(SYNC_PEER);
        r.setId(peer.id());
        r.setName(peer.name());
        r.setRole(peer.role());
        r.setPublicKey(peer.publicKey());
        r.setEnrolledAt(utc(peer.enrolledAt()));
        r.setRevoked(peer.revoked());
        r.setReceivedSeq(peer.receivedSeq());
        r.setAckedSeq(peer.ackedSeq());
        r.setBoxPublicKey(peer.boxPublicKey());
        r.insert();
    }

    /** Records the staff a PC serves; none, the whole school. */
    static void serve(DSLContext dsl, UUID peerId, List<UUID> staff) {
        dsl.update(SYNC_PEER)
                .set(SYNC_PEER.SERVES, staff.isEmpty() ? null
                        : String.join(",", staff.stream().map(UUID::toString).toList()))
                .where(SYNC_PEER.ID.eq(peerId))
                .execute();
    }

    /** The staff a PC serves; empty for a PC of the whole school. */
    List<UUID> serves(UUID peerId) {
        String serves = store.dsl().select(SYNC_PEER.SERVES).from(SYNC_PEER).where(SYNC_PEER.ID.eq(peerId))
                .fetchOne(SYNC_PEER.SERVES);
        return serves == null || serves.isBlank() ? List.of()
                : java.util.Arrays.stream(serves.split(",")).map(UUID::fromString).toList();
    }

    void revoke(UUID peerId) {
        store.dsl().update(SYNC_PEER).set(SYNC_PEER.REVOKED, true).where(SYNC_PEER.ID.eq(peerId)).execute();
    }

    /**
     * After a package from the peer: its own changes up to {@code toSeq} have all arrived unless the
     * package left a gap after what had arrived before, and it holds ours up to {@code acknowledges}.
     */
    void progress(Writes w, UUID peerId, long fromSeq, long toSeq, long acknowledges) {
        DSLContext dsl = w.dsl();
        dsl.update(SYNC_PEER)
                .set(SYNC_PEER.RECEIVED_SEQ, DSL.when(SYNC_PEER.RECEIVED_SEQ.ge(fromSeq - 1)
                                .and(SYNC_PEER.RECEIVED_SEQ.lt(toSeq)), DSL.val(toSeq))
                        .otherwise(SYNC_PEER.RECEIVED_SEQ))
                .set(SYNC_PEER.ACKED_SEQ, DSL.greatest(SYNC_PEER.ACKED_SEQ, DSL.val(acknowledges)))
                .where(SYNC_PEER.ID.eq(peerId))
                .execute();
    }

    /** One line of the package history. */
    record PackageEntry(UUID peerId, String direction, Instant doneAt, UUID doneBy, long fromSeq, long toSeq,
                        int changes, int applied, int duplicates, int refused) {
    }

    void recordPackage(DSLContext dsl, PackageEntry entry) {
        SyncPackageRecord r = dsl.newRecord(SYNC_PACKAGE);
        r.setId(UUID.randomUUID());
        r.setPeerId(entry.peerId());
        r.setDirection(entry.direction());
        r.setDoneAt(utc(entry.doneAt()));
        r.setDoneBy(entry.doneBy());
        r.setFromSeq(entry.fromSeq());
        r.setToSeq(entry.toSeq());
        r.setChanges(entry.changes());
        r.setApplied(entry.applied());
        r.setDuplicates(entry.duplicates());
        r.setRefused(entry.refused());
        r.insert();
    }

    void recordPackage(Writes w, PackageEntry entry) {
        recordPackage(w.dsl(), entry);
    }

    void recordPackage(PackageEntry entry) {
        recordPackage(store.dsl(), entry);
    }

    /** Whether a package of exactly this range from the peer was imported here before. */
    boolean imported(UUID peerId, long fromSeq, long toSeq) {
        return store.dsl().fetchExists(SYNC_PACKAGE, SYNC_PACKAGE.PEER_ID.eq(peerId)
                .and(SYNC_PACKAGE.DIRECTION.eq("import"))
                .and(SYNC_PACKAGE.FROM_SEQ.eq(fromSeq))
                .and(SYNC_PACKAGE.TO_SEQ.eq(toSeq)));
    }

    /** Every package sent or received, newest first, with the peer's name. */
    List<PackageHistory> history() {
        return store.dsl().select(SYNC_PACKAGE.DONE_AT, SYNC_PACKAGE.DIRECTION, SYNC_PEER.NAME, SYNC_PACKAGE.CHANGES,
                        SYNC_PACKAGE.APPLIED, SYNC_PACKAGE.DUPLICATES, SYNC_PACKAGE.REFUSED)
                .from(SYNC_PACKAGE).leftJoin(SYNC_PEER).on(SYNC_PEER.ID.eq(SYNC_PACKAGE.PEER_ID))
                .orderBy(SYNC_PACKAGE.DONE_AT.desc())
                .fetch(r -> new PackageHistory(r.value1().toInstant(), "import".equals(r.value2()),
                        r.value3() == null ? "?" : r.value3(), r.value4(), r.value5(), r.value6(), r.value7()));
    }

    /** The newest package each way for one peer. */
    Optional<PackageEntry> lastPackage(UUID peerId, String direction) {
        return store.dsl().selectFrom(SYNC_PACKAGE)
                .where(SYNC_PACKAGE.PEER_ID.eq(peerId).and(SYNC_PACKAGE.DIRECTION.eq(direction)))
                .orderBy(SYNC_PACKAGE.DONE_AT.desc())
                .limit(1)
                .fetchOptional(r -> new PackageEntry(r.getPeerId(), r.getDirection(), r.getDoneAt().toInstant(),
                        r.getDoneBy(), r.getFromSeq(), r.getToSeq(), r.getChanges(), r.getApplied(),
                        r.getDuplicates(), r.getRefused()));
    }

    long maxSeq() {
        return maxSeq(store.dsl());
    }

    static long maxSeq(DSLContext dsl) {
        Long max = dsl.select(DSL.max(CHANGE_LOG.SEQ)).from(CHANGE_LOG).fetchOne(0, Long.class);
        return max == null ? 0 : max;
    }

    /** The changes this installation made itself after {@code afterSeq}: what a PC sends. */
    List<Change> ownChanges(UUID installation, long afterSeq) {
        return store.dsl().selectFrom(CHANGE_LOG)
                .where(CHANGE_LOG.SEQ.gt(afterSeq).and(CHANGE_LOG.INSTALLATION_ID.eq(installation)))
                .orderBy(CHANGE_LOG.SEQ)
                .fetch(SyncRepository::toChange);
    }

    int countOwnChanges(UUID installation, long afterSeq) {
        return store.dsl().fetchCount(CHANGE_LOG,
                CHANGE_LOG.SEQ.gt(afterSeq).and(CHANGE_LOG.INSTALLATION_ID.eq(installation)));
    }

    /** Every change after {@code afterSeq} that the receiver did not make itself: what the central copy sends. */
    List<Change> changesNotFrom(UUID receiver, long afterSeq) {
        return store.dsl().selectFrom(CHANGE_LOG)
                .where(CHANGE_LOG.SEQ.gt(afterSeq).and(CHANGE_LOG.INSTALLATION_ID.ne(receiver)))
                .orderBy(CHANGE_LOG.SEQ)
                .fetch(SyncRepository::toChange);
    }

    /** The whole history of the given tables, oldest first: what a newly enrolled PC starts from. */
    static List<Change> history(DSLContext dsl, Collection<String> tables) {
        return dsl.selectFrom(CHANGE_LOG)
                .where(CHANGE_LOG.TABLE_NAME.in(tables))
                .orderBy(CHANGE_LOG.SEQ)
                .fetch(SyncRepository::toChange);
    }

    /** Copies another journal's history in as it is (ids, authors, PCs and times kept). */
    static void insertHistory(DSLContext dsl, List<Change> changes) {
        List<ChangeLogRecord> records = changes.stream().map(c -> {
            ChangeLogRecord r = new ChangeLogRecord();
            r.setId(c.id());
            r.setTableName(c.table());
            r.setRowId(c.rowId());
            r.setOperation(c.operation().logName());
            r.setFields(Json.compact(c.fields()));
            r.setUserId(c.userId());
            r.setInstallationId(c.installationId());
            r.setMadeAt(utc(c.madeAt()));
            return r;
        }).toList();
        for (int i = 0; i < records.size(); i += 2_000) {
            dsl.batchInsert(records.subList(i, Math.min(records.size(), i + 2_000))).execute();
        }
    }

    /** Which of these change ids this journal already holds, or refused before. */
    Set<UUID> knownIds(Writes w, Collection<UUID> ids) {
        Set<UUID> known = new HashSet<>();
        List<UUID> all = List.copyOf(ids);
        for (int i = 0; i < all.size(); i += 1_000) {
            List<UUID> some = all.subList(i, Math.min(all.size(), i + 1_000));
            known.addAll(w.dsl().select(CHANGE_LOG.ID).from(CHANGE_LOG).where(CHANGE_LOG.ID.in(some))
                    .fetch(CHANGE_LOG.ID));
            known.addAll(w.dsl().select(SYNC_REFUSAL.CHANGE_ID).from(SYNC_REFUSAL)
                    .where(SYNC_REFUSAL.CHANGE_ID.in(some)).fetch(SYNC_REFUSAL.CHANGE_ID));
        }
        return known;
    }

    /**
     * Keeps a refusal: at the central copy one it made, on a PC one of its own changes the central
     * copy refused. False, and nothing written, when it was kept before.
     */
    boolean keepRefusal(Writes w, RefusedChange refused, UUID installation, Instant madeAt) {
        if (w.dsl().fetchExists(SYNC_REFUSAL, SYNC_REFUSAL.CHANGE_ID.eq(refused.changeId()))) {
            return false;
        }
        SyncRefusalRecord r = w.dsl().newRecord(SYNC_REFUSAL);
        r.setChangeId(refused.changeId());
        r.setInstallationId(installation);
        r.setTableName(refused.table());
        r.setRowId(refused.rowId());
        r.setUserId(refused.userId());
        r.setMadeAt(utc(madeAt));
        r.setReasonKey(refused.reason().key());
        r.setReasonArgs(Json.compact(refused.reason().args().stream().map(String::valueOf).toList()));
        r.setRefusedAt(utc(store.clock().instant()));
        r.insert();
        return true;
    }

    /** The refusals kept here, newest first: on a PC, its own changes the central copy refused. */
    List<RefusedChange> refusals() {
        return store.dsl().selectFrom(SYNC_REFUSAL).orderBy(SYNC_REFUSAL.REFUSED_AT.desc())
                .fetch(r -> new RefusedChange(r.getChangeId(), r.getTableName(), r.getRowId(), r.getUserId(),
                        new Problem(r.getReasonKey(), new ArrayList<>(Json.texts(r.getReasonArgs())))));
    }

    /**
     * Every change of one row this journal holds, including those that lost a conflict, but not
     * those the central copy refused: on a PC they stay in the log, and count for nothing.
     */
    List<Change> forRow(Writes w, String table, UUID rowId) {
        return w.dsl().selectFrom(CHANGE_LOG)
                .where(CHANGE_LOG.TABLE_NAME.eq(table).and(CHANGE_LOG.ROW_ID.eq(rowId)))
                .andNotExists(DSL.selectOne().from(SYNC_REFUSAL).where(SYNC_REFUSAL.CHANGE_ID.eq(CHANGE_LOG.ID)))
                .orderBy(CHANGE_LOG.SEQ)
                .fetch(SyncRepository::toChange);
    }

    /**
     * The histories of these rows, as {@link #forRow} gives each, in one list, read a thousand rows
     * at a time by row id alone (an index of its own), the table checked here.
     */
    List<Change> forRows(Writes w, Map<String, ? extends Collection<UUID>> rowIdsByTable) {
        List<Change> changes = new ArrayList<>();
        rowIdsByTable.forEach((table, ids) -> {
            List<UUID> all = List.copyOf(ids);
            for (int i = 0; i < all.size(); i += 1_000) {
                w.dsl().selectFrom(CHANGE_LOG)
                        .where(CHANGE_LOG.ROW_ID.in(all.subList(i, Math.min(all.size(), i + 1_000))))
                        .andNotExists(DSL.selectOne().from(SYNC_REFUSAL).where(SYNC_REFUSAL.CHANGE_ID.eq(CHANGE_LOG.ID)))
                        .orderBy(CHANGE_LOG.SEQ)
                        .fetch().stream().filter(r -> table.equals(r.getTableName()))
                        .forEach(r -> changes.add(toChange(r)));
            }
        });
        return changes;
    }

    private static Change toChange(ChangeLogRecord r) {
        Operation op = Operation.parse(r.getOperation())
                .orElseThrow(() -> new IllegalStateException("Unknown operation in the change log: " + r.getOperation()));
        Map<String, Object> fields = Json.fields(r.getFields());
        return new Change(r.getSeq(), r.getId(), r.getTableName(), r.getRowId(), op, fields, r.getUserId(),
                r.getInstallationId(), r.getMadeAt().toInstant());
    }

    static ChangeRecord toRecord(Change c) {
        return new ChangeRecord(0, c.id(), c.table(), c.rowId(), c.operation().logName(), Json.compact(c.fields()),
                c.userId(), c.installationId(), c.madeAt());
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
