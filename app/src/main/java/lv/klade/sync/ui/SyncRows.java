package lv.klade.sync.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lv.klade.i18n.Messages;
import lv.klade.sync.PackageHistory;
import lv.klade.sync.SyncStatus;
import lv.klade.sync.SyncTexts;

/** Turns sync facts into the texts and file names the section shows. */
final class SyncRows {
    private final Messages messages;

    SyncRows(Messages messages) {
        this.messages = messages;
    }

    /** At the central copy its own line (the PCs have the table); on a PC every line of the status. */
    String statusLine(SyncStatus status) {
        List<String> lines = SyncTexts.status(status, messages);
        return status.isCentral() ? lines.get(0) : String.join("  ·  ", lines);
    }

    PeerRow peer(SyncStatus.PeerStatus pc) {
        String received = pc.lastImportAt()
                .map(at -> messages.get("sync.view.lastReceived", SyncTexts.moment(at), pc.lastImportChanges()))
                .orElse(never());
        String serves = pc.serves().isEmpty() ? messages.get("sync.view.wholeSchool") : String.join(", ", pc.serves());
        return new PeerRow(pc.name(), serves, Messages.date(pc.enrolledAt().atZone(Messages.RIGA).toLocalDate()),
                messages.get(pc.revoked() ? "sync.view.state.revoked" : "sync.view.state.active"), received,
                moment(pc.lastExportAt()), pc.revoked());
    }

    HistoryRow history(PackageHistory p) {
        return new HistoryRow(SyncTexts.moment(p.doneAt()),
                messages.get(p.received() ? "sync.view.received" : "sync.view.sent"), p.peer(), p.changes(),
                p.applied(), p.duplicates(), p.refused());
    }

    private String moment(Optional<Instant> instant) {
        return instant.map(SyncTexts::moment).orElse(never());
    }

    private String never() {
        return messages.get("sync.status.never");
    }

    /** A package's file name: the school, the PC it is from (or, at the central copy, for) and the day. */
    String exportFile(String school, String pc, boolean forPc, LocalDate day) {
        return messages.get(forPc ? "sync.view.exportFileForPc" : "sync.view.exportFile", slug(school), slug(pc),
                day.toString());
    }

    String enrolFile(String school, String pc) {
        return messages.get("sync.view.enrolFile", slug(school), slug(pc));
    }

    /** Plain lower-case ASCII, so the name survives any USB stick: "Rīgas 1. ģimnāzija" → "rigas-1-gimnazija". */
    static String slug(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return plain.isEmpty() ? "klade" : plain;
    }
}
