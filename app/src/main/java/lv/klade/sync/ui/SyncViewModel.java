package lv.klade.sync.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lv.klade.db.Actor;
import lv.klade.i18n.Messages;
import lv.klade.people.StaffMember;
import lv.klade.school.School;
import lv.klade.school.SchoolRepository;
import lv.klade.sync.ImportReport;
import lv.klade.sync.PackageHistory;
import lv.klade.sync.SyncService;
import lv.klade.sync.SyncStatus;
import lv.klade.sync.SyncTexts;
import lv.klade.ui.Background;

/**
 * The sync section's state: where sync stands, a preview of packages before they are imported, the
 * report after, the history, and at the central copy its PCs. Every call to the sync service runs
 * off the FX thread.
 */
public final class SyncViewModel {
    private final SyncService sync;
    private final SchoolRepository schools;
    private final Actor actor;
    private final boolean administrator;
    private final Clock clock;
    private final Background background;
    private final Messages messages;
    private final SyncRows rows;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasPreview = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper administersPcs = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> preview = FXCollections.observableArrayList();
    private final ObservableList<String> report = FXCollections.observableArrayList();
    private final ObservableList<PeerRow> peers = FXCollections.observableArrayList();
    private final ObservableList<HistoryRow> history = FXCollections.observableArrayList();
    private final ObservableList<StaffChoice> staff = FXCollections.observableArrayList();
    private final ObjectProperty<PeerRow> selectedPeer = new SimpleObjectProperty<>();
    private final StringProperty pcName = new SimpleStringProperty("");
    private List<Path> previewed = List.of();
    private SyncStatus last;
    private String schoolName = "";

    /**
     * @param administrator whether this person may enrol and revoke PCs (only at the central copy,
     *                      or at a journal that becomes one with its first enrolment)
     */
    public SyncViewModel(SyncService sync, SchoolRepository schools, Actor actor, boolean administrator, Clock clock,
                         Background background) {
        this.sync = sync;
        this.schools = schools;
        this.actor = actor;
        this.administrator = administrator;
        this.clock = clock;
        this.background = background;
        this.messages = background.messages();
        this.rows = new SyncRows(messages);
    }

    private record Loaded(SyncStatus status, List<PackageHistory> history, String school, List<StaffMember> staff) {
    }

    /** Reads the status, the PCs, the history and, for whoever enrols PCs, the staff again. */
    public void load() {
        background.run(() -> new Loaded(sync.status(), sync.history(),
                schools.school().map(School::name).orElse(""), administrator ? sync.staffToServe() : List.of()),
                this::show, this::failed);
    }

    private void show(Loaded loaded) {
        last = loaded.status();
        schoolName = loaded.school();
        status.set(rows.statusLine(last));
        administersPcs.set(administrator && !last.isSpoke());
        String selected = selectedPeer.get() == null ? null : selectedPeer.get().name();
        peers.setAll(last.isSpoke() ? List.of() : last.peers().stream().map(rows::peer).toList());
        selectedPeer.set(peers.stream().filter(p -> p.name().equals(selected)).findFirst().orElse(null));
        history.setAll(loaded.history().stream().map(rows::history).toList());
        // Ticks the administrator made before the reload stay.
        Set<String> ticked = chosenLogins().stream().collect(Collectors.toSet());
        staff.setAll(loaded.staff().stream().map(m -> new StaffChoice(m.login(),
                messages.get("sync.view.staffChoice", m.fullName(), m.login()), ticked.contains(m.login()))).toList());
    }

    /** The logins of the staff ticked for the next PC; none, a PC for the whole school. */
    List<String> chosenLogins() {
        return staff.stream().filter(c -> c.chosen().get()).map(StaffChoice::login).toList();
    }

    /**
     * Writes a package into {@code folder}: on a PC its own changes for the central copy, at the
     * central copy the changes the selected PC lacks.
     */
    public void export(Path folder) {
        boolean central = last != null && last.isCentral();
        String pc = central && selectedPeer.get() != null ? selectedPeer.get().name() : null;
        if (central && pc == null) {
            error.set(messages.get("sync.view.choosePc"));
            return;
        }
        String school = schoolName;
        String own = last == null ? "" : last.name();
        LocalDate today = LocalDate.now(clock.withZone(Messages.RIGA));
        start();
        background.run(() -> {
            Path file = free(folder.resolve(rows.exportFile(school, central ? pc : own, central, today)));
            return central ? sync.exportTo(pc, file) : sync.export(file);
        }, done -> {
            finished(messages.get("sync.view.exported", done.file(), done.changes(), done.receiverName()));
        }, this::failed);
    }

    /** {@code file}, or when a package of that name is there already (a second export today), the next free name. */
    private static Path free(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path candidate = file;
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = file.resolveSibling(name.substring(0, dot) + "-" + n + name.substring(dot));
        }
        return candidate;
    }

    /** Shows what importing {@code files} would do; nothing is written until {@link #apply()}. */
    public void preview(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        List<Path> chosen = List.copyOf(files);
        start();
        report.clear();
        background.run(() -> sync.preview(chosen), result -> {
            busy.set(false);
            previewed = chosen;
            preview.setAll(SyncTexts.preview(result, messages));
            hasPreview.set(true);
        }, this::failed);
    }

    /** Imports the previewed packages and shows the report. */
    public void apply() {
        List<Path> files = previewed;
        if (files.isEmpty()) {
            return;
        }
        start();
        background.run(() -> sync.importPackages(actor, files), (ImportReport result) -> {
            cancel();
            report.setAll(SyncTexts.report(result, messages));
            finished(messages.get("sync.view.applied", result.applied(), result.duplicates(), result.refused()));
        }, this::failed);
    }

    /** Forgets the preview; nothing was imported. */
    public void cancel() {
        previewed = List.of();
        preview.clear();
        hasPreview.set(false);
    }

    /** The suggested name of the enrolment file for the PC named in {@link #pcNameProperty()}. */
    public String suggestedEnrolmentFile() {
        return rows.enrolFile(schoolName, pcName.get());
    }

    /**
     * Enrols the PC named in {@link #pcNameProperty()} for the ticked staff (none ticked: the whole
     * school) and writes its enrolment file to {@code file}.
     */
    public void enrol(Path file) {
        String name = pcName.get();
        List<String> logins = chosenLogins();
        start();
        background.run(() -> sync.enrol(actor, name, logins, file), enrolled -> {
            pcName.set("");
            staff.forEach(c -> c.chosen().set(false));
            finished(messages.get("sync.view.enrolled", enrolled.name(), enrolled.file()));
        }, this::failed);
    }

    /** The question to ask before revoking the selected PC, or null when none is selected. */
    public String revokeQuestion() {
        PeerRow pc = selectedPeer.get();
        return pc == null ? null : messages.get("sync.view.revokeConfirm", pc.name());
    }

    /** Revokes the selected PC: its later packages are refused. */
    public void revoke() {
        PeerRow pc = selectedPeer.get();
        if (pc == null) {
            return;
        }
        start();
        background.run(() -> {
            sync.revoke(actor, pc.name());
            return pc.name();
        }, name -> finished(messages.get("sync.view.revoked", name)), this::failed);
    }

    private void start() {
        busy.set(true);
        error.set("");
        notice.set("");
    }

    private void finished(String text) {
        busy.set(false);
        notice.set(text);
        load();
    }

    private void failed(String text) {
        busy.set(false);
        error.set(text);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What the last action did, in a sentence. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPreviewProperty() {
        return hasPreview.getReadOnlyProperty();
    }

    /** True where this person sees the PCs and may enrol and revoke: an administrator not on a PC. */
    public ReadOnlyBooleanProperty administersPcsProperty() {
        return administersPcs.getReadOnlyProperty();
    }

    /** The preview's lines: per package, per table the counts, then the refusals. */
    public ObservableList<String> preview() {
        return preview;
    }

    /** The last import's report, one line per package and per refused change. */
    public ObservableList<String> report() {
        return report;
    }

    public ObservableList<PeerRow> peers() {
        return peers;
    }

    public ObservableList<HistoryRow> history() {
        return history;
    }

    /** The staff the next PC may be enrolled for, each with its tick. */
    public ObservableList<StaffChoice> staff() {
        return staff;
    }

    public ObjectProperty<PeerRow> selectedPeerProperty() {
        return selectedPeer;
    }

    public StringProperty pcNameProperty() {
        return pcName;
    }

    public Messages messages() {
        return messages;
    }
}
