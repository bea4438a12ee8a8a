package lv.klade.sync;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where sync stands here. At the central copy: its PCs and their last packages. On a PC: its central
 * copy, how many of its own changes the central copy has not acknowledged yet, its last export and import.
 */
public record SyncStatus(String role, UUID installationId, String name, UUID schoolId, List<PeerStatus> peers,
                         int unacknowledged, Optional<Instant> lastExport, Optional<Instant> lastImport) {

    public SyncStatus {
        peers = List.copyOf(peers);
    }

    /** The school's central copy, which enrols PCs. */
    public boolean isCentral() {
        return Identity.CENTRAL.equals(role);
    }

    /** A PC that joined its school from an enrolment file. */
    public boolean isSpoke() {
        return Identity.SPOKE.equals(role);
    }

    /**
     * One PC (or, on a PC, the central copy) and its last package each way; {@code serves}, the names
     * of the staff it was enrolled for (empty: the whole school).
     */
    public record PeerStatus(UUID id, String name, boolean revoked, Instant enrolledAt,
                             Optional<Instant> lastImportAt, int lastImportChanges, Optional<Instant> lastExportAt,
                             List<String> serves) {
        public PeerStatus {
            serves = List.copyOf(serves);
        }
    }
}
