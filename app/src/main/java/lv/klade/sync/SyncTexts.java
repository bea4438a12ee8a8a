package lv.klade.sync;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lv.klade.i18n.Messages;

/** The import report and the sync status as lines of text, the same in the CLI and the Sync view. */
public final class SyncTexts {
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private SyncTexts() {
    }

    /**
     * One line per package, then one indented line per refused change, and on a PC per change of its
     * own that the central copy refused.
     */
    public static List<String> report(ImportReport report, Messages messages) {
        List<String> lines = new ArrayList<>();
        for (PackageResult p : report.packages()) {
            String file = String.valueOf(p.file().getFileName());
            if (p.refusal().isPresent()) {
                lines.add(messages.get("sync.report.refusedWhole", file, messages.text(p.refusal().get())));
                continue;
            }
            lines.add(messages.get("sync.report.package", file, p.senderName(), p.applied(), p.superseded(),
                    p.duplicates(), p.refused().size()));
            refusals(p, messages, lines);
        }
        return lines;
    }

    /** The package's refused changes, then on a PC those of its own the central copy refused. */
    private static void refusals(PackageResult p, Messages messages, List<String> lines) {
        for (RefusedChange r : p.refused()) {
            lines.add(messages.get("sync.report.refusedChange", r.table(), r.rowId(), messages.text(r.reason())));
        }
        for (RefusedChange r : p.refusedAtCentral()) {
            lines.add(messages.get("sync.report.refusedAtCentral", r.table(), r.rowId(), messages.text(r.reason())));
        }
    }

    /** What a package would change, one line per table, then the refusals as in the report. */
    public static List<String> preview(ImportReport preview, Messages messages) {
        List<String> lines = new ArrayList<>();
        for (PackageResult p : preview.packages()) {
            String file = String.valueOf(p.file().getFileName());
            if (p.refusal().isPresent()) {
                lines.add(messages.get("sync.report.refusedWhole", file, messages.text(p.refusal().get())));
                continue;
            }
            lines.add(messages.get("sync.preview.package", file, p.senderName(), p.applied(), p.duplicates(),
                    p.refused().size()));
            for (PackageResult.TableCount t : p.tables()) {
                lines.add(messages.get("sync.preview.table", t.table(), t.inserts(), t.updates(), t.deletes()));
            }
            refusals(p, messages, lines);
        }
        return lines;
    }

    /** Where sync stands: this copy, then its PCs or its central copy. */
    public static List<String> status(SyncStatus status, Messages messages) {
        List<String> lines = new ArrayList<>();
        if (status.isCentral()) {
            lines.add(messages.get("sync.status.central", status.name(), status.peers().size()));
            for (SyncStatus.PeerStatus pc : status.peers()) {
                lines.add(messages.get(pc.revoked() ? "sync.status.pcRevoked" : "sync.status.pc", pc.name(),
                        moment(pc.enrolledAt()), moment(pc.lastImportAt(), messages), pc.lastImportChanges(),
                        moment(pc.lastExportAt(), messages)));
            }
        } else if (status.isSpoke()) {
            String central = status.peers().stream().findFirst().map(SyncStatus.PeerStatus::name).orElse("?");
            lines.add(messages.get("sync.status.spoke", status.name(), central));
            lines.add(messages.get("sync.status.unacknowledged", status.unacknowledged()));
            lines.add(messages.get("sync.status.lastExport", moment(status.lastExport(), messages)));
            lines.add(messages.get("sync.status.lastImport", moment(status.lastImport(), messages)));
        } else {
            lines.add(messages.get("sync.status.standalone"));
        }
        return lines;
    }

    /** A moment as the school's clock shows it, e.g. "01.10.2026 11:00". */
    public static String moment(Instant instant) {
        return MOMENT.format(instant.atZone(Messages.RIGA));
    }

    private static String moment(Optional<Instant> instant, Messages messages) {
        return instant.map(SyncTexts::moment).orElse(messages.get("sync.status.never"));
    }
}
