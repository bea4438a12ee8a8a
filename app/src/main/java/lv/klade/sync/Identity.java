package lv.klade.sync;

import java.util.UUID;

/** This installation's sync identity: role (standalone, central or spoke), school and key pair. */
record Identity(UUID id, String name, String role, UUID schoolId, String publicKey, String privateKey) {
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
