package lv.klade.sync;

import java.time.Instant;
import java.util.UUID;

/**
 * The other end of sync: at the central copy an enrolled PC, on a PC its central copy.
 *
 * @param receivedSeq every change the peer made itself, up to this seq of its log, has arrived here
 * @param ackedSeq the peer has said it holds every change of this journal's log up to this seq
 * @param boxPublicKey the X25519 key packages for the peer are encrypted for; null for a PC enrolled
 *                     by an older Klade, which must be enrolled again
 */
record Peer(UUID id, String name, String role, String publicKey, Instant enrolledAt, boolean revoked,
            long receivedSeq, long ackedSeq, String boxPublicKey) {
}
