package lv.klade.sync;

import java.nio.file.Path;
import java.util.UUID;

/** A package written: where, for whom, how many changes, and the range of the sender's log it covers. */
public record ExportResult(Path file, UUID receiver, String receiverName, int changes, long fromSeq, long toSeq) {
}
