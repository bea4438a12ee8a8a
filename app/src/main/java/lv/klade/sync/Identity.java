package lv.klade.sync;

import java.util.UUID;

/**
 * This installation's sync identity: role (standalone, central or spoke), school, its Ed25519 pair
 * that signs what it sends, and its X25519 pair that reads what is encrypted for it ({@link Box}).
 * The box keys are null in a journal enrolled, or made the central copy, by an older Klade.
 */
record Identity(UUID id, String name, String role, UUID schoolId, String publicKey, String privateKey,
                String boxPublicKey, String boxPrivateKey) {
    static final String STANDALONE = "standalone";
    static final String CENTRAL = "central";
    static final String SPOKE = "spoke";

    boolean isCentral() {
        return CENTRAL.equals(role);
    }

    boolean isSpoke() {
        return SPOKE.equals(role);
    }
}
