package lv.klade.sync;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import lv.klade.db.Actor;
import lv.klade.db.Database;
import lv.klade.db.Ids;
import lv.klade.db.JournalFile;
import lv.klade.db.JournalStore;
import lv.klade.i18n.UserError;
import lv.klade.people.Credentials;
import lv.klade.people.PasswordHasher;
import lv.klade.people.Role;
import lv.klade.people.StaffMember;
import lv.klade.people.StaffService;
import lv.klade.school.School;
import lv.klade.school.SchoolRepository;

/**
 * Sync by files (DESIGN.md): enrol and revoke PCs at the central copy, join a school on a PC,
 * export and import packages, and report where sync stands. The CLI and the Sync view call this.
 */
public final class SyncService {
    private static final Logger LOG = Logger.getLogger(SyncService.class.getName());
    private final JournalStore store;
    private final SchoolRepository schools;
    private final StaffService staff;
    private final SyncRepository sync;
    private final ReplicaRepository replica;
    private final ScopeRepository scopes;
    private final Importer importer;

    public SyncService(JournalStore store, SchoolRepository schools, StaffService staff, ChangeRules rules) {
        this.store = store;
        this.schools = schools;
        this.staff = staff;
        this.sync = new SyncRepository(store);
        this.replica = new ReplicaRepository(store);
        this.scopes = new ScopeRepository(store);
        this.importer = new Importer(store, sync, replica, staff, rules);
    }

    /**
     * Enrols a PC: records it with a new key pair and writes its enrolment file to {@code out}. The
     * first enrolment makes this journal the school's central copy. Only an administrator may enrol;
     * {@link Actor#SYSTEM} stands for whoever runs the CLI on the central copy's own files.
     */
    public Enrolled enrol(Actor actor, String pcName, Path out) {
        return enrol(actor, pcName, List.of(), out);
    }

    /**
     * Enrols a PC for the staff with these logins: it will receive only what they need and may see
     * ({@link Scope}); no logins, a PC for the whole school.
     */
    public Enrolled enrol(Actor actor, String pcName, List<String> logins, Path out) {
        requireAdministrator(actor);
        List<UUID> serves = new ArrayList<>();
        for (String login : logins) {
            serves.add(staff.byLogin(login.strip()).filter(m -> !m.revoked())
                    .orElseThrow(() -> UserError.of("sync.enrol.unknownUser", login.strip())).id());
        }
        String name = pcName == null ? "" : pcName.strip();
        if (name.isEmpty()) {
            throw UserError.of("sync.enrol.nameMissing");
        }
        Identity central = centralIdentity();
        if (sync.peerNamed(name).isPresent()) {
            throw UserError.of("sync.enrol.nameTaken", name);
        }
        Keys.Pair keys = Keys.generate();
        Keys.Pair box = Box.generate();
        Identity pc = new Identity(Ids.next(), name, Identity.SPOKE, central.schoolId(), keys.publicKey(),
                keys.privateKey(), box.publicKey(), box.privateKey());
        Instant now = store.clock().instant();
        ReplicaRepository.Snapshot snapshot = replica.enrol(new Peer(pc.id(), name, Identity.SPOKE, keys.publicKey(),
                now, false, 0, 0, box.publicKey()), serves);
        Scope scope = scope(serves);
        if (!scope.isWholeSchool()) {
            snapshot = narrowed(snapshot, scope);
        }
        Manifest header = new Manifest(Manifest.FORMAT, EnrolmentFile.KIND, central.schoolId(), central.id(), pc.id(),
                now, 1, snapshot.maxSeq(), 0, snapshot.history().size(), Map.of());
        EnrolmentFile.write(out, header, pc, central, snapshot.rows(), snapshot.history());
        int rows = snapshot.rows().values().stream().mapToInt(List::size).sum();
        return new Enrolled(pc.id(), name, out, rows, snapshot.history().size());
    }

    /** The school as a PC of this scope receives it at enrolment. */
    private static ReplicaRepository.Snapshot narrowed(ReplicaRepository.Snapshot snapshot, Scope scope) {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        snapshot.rows().forEach((table, all) -> rows.put(table, scope.narrows(table)
                ? all.stream().flatMap(row -> scope.narrowRow(table, row).stream()).toList() : all));
        List<Change> history = snapshot.history().stream().flatMap(c -> scope.narrow(c).stream()).toList();
        return new ReplicaRepository.Snapshot(rows, history, snapshot.maxSeq());
    }

    /** What a PC serving these staff may receive: the journals they teach, the classes they tutor. */
    private Scope scope(List<UUID> serves) {
        if (serves.isEmpty()) {
            return Scope.wholeSchool();
        }
        List<StaffMember> members = serves.stream().flatMap(id -> staff.byId(id).stream()).toList();
        Set<UUID> tutored = scopes.tutoredClasses(serves);
        Set<UUID> journals = scopes.journals(serves, tutored);
        Set<UUID> classes = new HashSet<>(tutored);
        classes.addAll(scopes.classesOf(journals));
        return Scope.of(members, journals, tutored, classes, replica::row);
    }

    /**
     * This journal as the central copy, making it one (with its own key pairs) the first time; a central
     * copy made by an older Klade gets the pair PCs encrypt for when it enrols its first PC after the update.
     */
    private Identity centralIdentity() {
        Identity me = sync.identity();
        if (me.isSpoke()) {
            throw UserError.of("sync.enrol.notCentral");
        }
        if (!me.isCentral()) {
            UUID schoolId = schools.school().map(School::id).orElseThrow(() -> UserError.of("school.missing"));
            sync.becomeCentral(schoolId, Keys.generate(), Box.generate());
            me = sync.identity();
        } else if (me.boxPublicKey() == null) {
            sync.giveBoxKeys(Box.generate());
            me = sync.identity();
        }
        return me;
    }

    /** Refuses every later package from the PC; what it sent before stays. */
    public void revoke(Actor actor, String pcName) {
        requireAdministrator(actor);
        if (!sync.identity().isCentral()) {
            throw UserError.of("sync.revoke.notCentral");
        }
        Peer pc = sync.peerNamed(pcName).orElseThrow(() -> UserError.of("sync.unknownPc", pcName));
        sync.revoke(pc.id());
    }

    private void requireAdministrator(Actor actor) {
        if (actor.userId() != null
                && staff.byId(actor.userId()).filter(m -> m.holds(Role.ADMINISTRATOR) && !m.revoked()).isEmpty()) {
            throw UserError.of("sync.enrol.notAdministrator");
        }
    }

    /**
     * Makes a new journal at {@code journal} a PC of the school the enrolment file names, with the
     * identity, keys, rows and history it carries; the person joining opens the file with their login.
     */
    public static Joined join(Path journal, Path enrolmentFile, Credentials who, Clock clock) {
        return join(journal, EnrolmentFile.read(enrolmentFile, who, new PasswordHasher()), clock);
    }

    /**
     * Joins the school as a new journal in {@code folder}, named after the school and the PC the
     * enrolment file names; refused when that journal is already there (the PC has joined before).
     */
    public static Joined joinIn(Path folder, Path enrolmentFile, Credentials who, Clock clock) {
        EnrolmentFile.Contents contents = EnrolmentFile.read(enrolmentFile, who, new PasswordHasher());
        String school = contents.rows().getOrDefault("school", List.of()).stream()
                .map(row -> String.valueOf(row.get("name"))).findFirst().orElse("");
        Path journal = folder.resolve(JournalFile.safeName(school + " " + contents.pc().name(), "klade"));
        if (JournalFile.of(journal).exists()) {
            throw UserError.of("sync.join.alreadyJoined", JournalFile.of(journal).file());
        }
        return join(journal, contents, clock);
    }

    private static Joined join(Path journal, EnrolmentFile.Contents contents, Clock clock) {
        // Built aside and moved into place whole: a join killed half way leaves no journal behind.
        boolean joined = Database.build(journal, clock, database -> {
            boolean empty = new ReplicaRepository(new JournalStore(database, clock)).join(contents);
            // A school's rows written at once leave the file several times their size until compacted.
            database.compact();
            return empty;
        });
        if (!joined) {
            throw UserError.of("sync.join.notEmpty", journal);
        }
        int rows = contents.rows().values().stream().mapToInt(List::size).sum();
        return new Joined(journal, contents.pc().id(), contents.pc().name(), contents.pc().schoolId(), rows,
                contents.history().size());
    }

    /** On a PC: writes a package of every change made here that the central copy has not acknowledged. */
    public ExportResult export(Path out) {
        Identity me = sync.identity();
        if (me.isCentral()) {
            throw UserError.of("sync.export.whichPc");
        }
        Peer central = sync.peers().stream().findFirst().orElseThrow(() -> UserError.of("sync.notEnrolled"));
        return write(me, central, sync.ownChanges(me.id(), central.ackedSeq()), out);
    }

    /**
     * At the central copy: writes a package for one PC of the changes it has not acknowledged that
     * it did not make itself and may see ({@link Scope}), with the refusals of its own changes and the
     * acknowledgement of those that have arrived.
     */
    public ExportResult exportTo(String pcName, Path out) {
        Identity me = sync.identity();
        if (!me.isCentral()) {
            throw UserError.of("sync.export.notCentral");
        }
        Peer pc = sync.peerNamed(pcName).orElseThrow(() -> UserError.of("sync.unknownPc", pcName));
        // What the PC may not see is left out; the range still covers it, so it counts as delivered.
        Scope scope = scope(sync.serves(pc.id()));
        List<Change> changes = sync.changesNotFrom(pc.id(), pc.ackedSeq()).stream()
                .flatMap(c -> (Refusals.TABLE.equals(c.table()) ? Refusals.forPc(c, pc.id(), scope) : scope.narrow(c))
                        .stream())
                .toList();
        return write(me, pc, changes, out);
    }

    private ExportResult write(Identity me, Peer to, List<Change> changes, Path out) {
        if (to.boxPublicKey() == null) {
            // Enrolled by an older Klade, which gave no key to encrypt for: only a new enrolment gives one.
            throw me.isCentral() ? UserError.of("sync.export.pcWithoutBoxKey", to.name())
                    : UserError.of("sync.export.centralWithoutBoxKey", to.name());
        }
        long toSeq = sync.maxSeq();
        long fromSeq = Math.min(to.ackedSeq() + 1, toSeq);
        Instant now = store.clock().instant();
        Manifest header = new Manifest(Manifest.FORMAT, PackageFile.KIND, me.schoolId(), me.id(), to.id(), now,
                fromSeq, toSeq, to.receivedSeq(), changes.size(), Map.of());
        PackageFile.write(out, header, changes, me.privateKey(), to.boxPublicKey());
        sync.recordPackage(new SyncRepository.PackageEntry(to.id(), "export", now, null, fromSeq, toSeq,
                changes.size(), 0, 0, 0));
        LOG.log(Level.INFO, "Exported {0} changes ({1}–{2}) for {3} to {4}", new Object[] {changes.size(), fromSeq,
                toSeq, to.name(), out.getFileName()});
        return new ExportResult(out, to.id(), to.name(), changes.size(), fromSeq, toSeq);
    }

    private static void logImport(PackageResult result) {
        if (result.refusal().isPresent()) {
            LOG.log(Level.WARNING, "Package {0} refused whole: {1}", new Object[] {result.file().getFileName(),
                    result.refusal().get().key()});
        } else {
            LOG.log(Level.INFO, "Package {0} from {1}: {2} applied, {3} superseded, {4} duplicates, {5} refused",
                    new Object[] {result.file().getFileName(), result.senderName(), result.applied(),
                            result.superseded(), result.duplicates(), result.refused().size()});
        }
    }

    /**
     * Imports packages one by one, each in its own transaction: a package refused whole changes
     * nothing and does not stop the others.
     */
    public ImportReport importPackages(Actor actor, List<Path> files) {
        ImportReport report = new ImportReport(files.stream().map(file -> importer.importOne(actor, file)).toList());
        report.packages().forEach(SyncService::logImport);
        return report;
    }

    /**
     * What importing the packages would do, each on its own, without writing anything: each is
     * verified, and its changes go through the rights and the merge in a transaction that is rolled
     * back. The counts per table and the refusals are what an import now would report.
     */
    public ImportReport preview(List<Path> files) {
        return new ImportReport(files.stream().map(file -> importer.preview(Actor.SYSTEM, file)).toList());
    }

    /** The staff a PC may be enrolled for: everyone with a login not revoked, by surname. */
    public List<StaffMember> staffToServe() {
        return staff.all().stream().filter(m -> !m.revoked() && m.login() != null && !m.login().isBlank())
                .sorted(java.util.Comparator.comparing(StaffMember::lastName).thenComparing(StaffMember::firstName))
                .toList();
    }

    /** The package history, newest first. */
    public List<PackageHistory> history() {
        return sync.history();
    }

    public SyncStatus status() {
        Identity me = sync.identity();
        List<SyncStatus.PeerStatus> peers = sync.peers().stream().map(p -> {
            Optional<SyncRepository.PackageEntry> in = sync.lastPackage(p.id(), "import");
            return new SyncStatus.PeerStatus(p.id(), p.name(), p.revoked(), p.enrolledAt(),
                    in.map(SyncRepository.PackageEntry::doneAt), in.map(SyncRepository.PackageEntry::changes).orElse(0),
                    sync.lastPackage(p.id(), "export").map(SyncRepository.PackageEntry::doneAt),
                    sync.serves(p.id()).stream().map(id -> staff.byId(id).map(StaffMember::fullName)
                            .orElse(id.toString())).toList());
        }).toList();
        int unacknowledged = 0;
        Optional<Instant> lastExport = Optional.empty();
        Optional<Instant> lastImport = Optional.empty();
        if (me.isSpoke() && !peers.isEmpty()) {
            Peer central = sync.peers().get(0);
            unacknowledged = sync.countOwnChanges(me.id(), central.ackedSeq());
            lastExport = peers.get(0).lastExportAt();
            lastImport = peers.get(0).lastImportAt();
        }
        return new SyncStatus(me.role(), me.id(), me.name(), me.schoolId(), peers, unacknowledged, lastExport,
                lastImport);
    }
}
