package lv.klade.sync;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lv.klade.i18n.Problem;

/**
 * What importing one package did. A package refused whole has its reason and changed nothing;
 * otherwise each of its changes was applied (written, or kept in the history after losing a
 * conflict: {@code superseded}), was a duplicate, or was refused. On a PC, {@code refusedAtCentral}
 * lists its own changes the central copy refused, whose rows this import put back as the central copy holds them.
 */
public record PackageResult(Path file, Optional<Problem> refusal, UUID sender, String senderName, int applied,
                            int superseded, int duplicates, List<RefusedChange> refused,
                            List<RefusedChange> refusedAtCentral, List<TableCount> tables) {

    public PackageResult {
        refused = List.copyOf(refused);
        refusedAtCentral = List.copyOf(refusedAtCentral);
        tables = List.copyOf(tables);
    }

    static PackageResult refusedWhole(Path file, Problem reason) {
        return new PackageResult(file, Optional.of(reason), null, null, 0, 0, 0, List.of(), List.of(), List.of());
    }

    /** The applied changes of one table, by operation. */
    public record TableCount(String table, int inserts, int updates, int deletes) {
    }

    /** True when the package, or any change in it, was refused. */
    public boolean anyRefused() {
        return refusal.isPresent() || !refused.isEmpty();
    }
}
