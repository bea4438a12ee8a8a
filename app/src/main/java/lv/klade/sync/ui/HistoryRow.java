package lv.klade.sync.ui;

/** One package in the history, as the table shows it. */
public record HistoryRow(String when, String direction, String peer, int changes, int applied, int duplicates,
                         int refused) {
}
