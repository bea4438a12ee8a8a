package lv.klade.sync;

import java.time.Instant;

/** One package in the history: when, which way, with whom, and what became of its changes. */
public record PackageHistory(Instant doneAt, boolean received, String peer, int changes, int applied, int duplicates,
                             int refused) {
}
