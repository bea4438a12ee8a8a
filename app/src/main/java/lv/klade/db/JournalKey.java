package lv.klade.db;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A random key: the one a journal file is encrypted with, or the one an enrolment file's contents
 * are sealed with. It is never stored as it is: a {@link Keyring} keeps it wrapped once for each
 * account, so only a right password gives it back.
 */
public final class JournalKey {
    private static final int BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] bytes;

    private JournalKey(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("A journal key has " + BYTES + " bytes, not " + bytes.length);
        }
        this.bytes = bytes.clone();
    }

    /** A new key for a new journal. */
    public static JournalKey random() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return new JournalKey(bytes);
    }

    static JournalKey of(byte[] bytes) {
        return new JournalKey(bytes);
    }

    /** The bytes encrypted with this key (AES-256-GCM, a random nonce first), for a file that travels. */
    public byte[] seal(byte[] plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(bytes, "AES"), new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** What {@link #seal} sealed with this key; empty for another key's bytes or damaged ones. */
    public Optional<byte[]> unseal(byte[] sealed) {
        if (sealed == null || sealed.length < NONCE_BYTES + 16) {
            return Optional.empty();
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(bytes, "AES"),
                    new GCMParameterSpec(128, sealed, 0, NONCE_BYTES));
            return Optional.of(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES));
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    byte[] bytes() {
        return bytes.clone();
    }

    /** H2's file password for {@code CIPHER=AES}: the key as hex, which H2 stretches into its AES key. */
    char[] filePassword() {
        return HexFormat.of().formatHex(bytes).toCharArray();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JournalKey key && Arrays.equals(bytes, key.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        // Never in a log or a message.
        return "JournalKey[hidden]";
    }
}
