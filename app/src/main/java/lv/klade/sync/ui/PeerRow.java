package lv.klade.sync.ui;

/** One PC in the central copy's list, as the table shows it. */
public record PeerRow(String name, String serves, String enrolled, String state, String lastReceived,
                      String lastSent, boolean revoked) {
}
