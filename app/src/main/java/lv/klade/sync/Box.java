package lv.klade.sync;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.KDF;
import javax.crypto.KeyAgreement;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.HKDFParameterSpec;

/**
 * Encrypts a package's changes for its receiver alone (SYNC-FORMAT.md, "Encryption"), with the JDK's
 * own providers: a new X25519 key pair per package agrees a secret with the receiver's X25519 key,
 * HKDF-SHA256 makes an AES-256 key of it, and AES-GCM encrypts and authenticates the bytes.
 */
final class Box {
    static final String ALGORITHM = "X25519-HKDF-SHA256-AES-256-GCM";
    private static final String CURVE = "X25519";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Box() {
    }

    /** Bytes encrypted for one receiver, and what the receiver needs besides its private key to read them. */
    record Sealed(byte[] bytes, Manifest.Encryption encryption) {
    }

    /** A new X25519 pair: the public key others encrypt for, the private key that reads what they send. */
    static Keys.Pair generate() {
        return Keys.pair(CURVE);
    }

    /**
     * Encrypts {@code plain} for the holder of {@code receiverKey}. {@code context} (school, sender,
     * receiver) goes into the key, so the bytes read only as a package between these two.
     */
    static Sealed seal(byte[] plain, String receiverKey, String context) {
        try {
            KeyPair ephemeral = KeyPairGenerator.getInstance(CURVE).generateKeyPair();
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            byte[] ephemeralKey = ephemeral.getPublic().getEncoded();
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(ephemeral.getPrivate(),
                            publicKey(Base64.getDecoder().decode(receiverKey)), ephemeralKey, context),
                    new GCMParameterSpec(TAG_BITS, nonce));
            Base64.Encoder b64 = Base64.getEncoder();
            return new Sealed(cipher.doFinal(plain),
                    new Manifest.Encryption(ALGORITHM, b64.encodeToString(ephemeralKey), b64.encodeToString(nonce)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The receiver's encryption key is damaged", e);
        }
    }

    /**
     * The plain bytes; empty when they were not encrypted for {@code privateKey} in this context, or
     * were changed after. Never throws.
     */
    static Optional<byte[]> open(byte[] sealed, Manifest.Encryption how, String privateKey, String context) {
        if (privateKey == null || !ALGORITHM.equals(how.algorithm())) {
            return Optional.empty();
        }
        try {
            Base64.Decoder b64 = Base64.getDecoder();
            byte[] ephemeralKey = b64.decode(how.ephemeralKey());
            PrivateKey mine = KeyFactory.getInstance(CURVE).generatePrivate(
                    new PKCS8EncodedKeySpec(b64.decode(privateKey)));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(mine, publicKey(ephemeralKey), ephemeralKey, context),
                    new GCMParameterSpec(TAG_BITS, b64.decode(how.nonce())));
            return Optional.of(cipher.doFinal(sealed));
        } catch (GeneralSecurityException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The AES key: HKDF over the agreed secret, salted with the package's own public key. */
    private static SecretKey key(PrivateKey mine, PublicKey theirs, byte[] ephemeralKey, String context)
            throws GeneralSecurityException {
        KeyAgreement agreement = KeyAgreement.getInstance("XDH");
        agreement.init(mine);
        agreement.doPhase(theirs, true);
        return KDF.getInstance("HKDF-SHA256").deriveKey("AES", HKDFParameterSpec.ofExtract()
                .addIKM(agreement.generateSecret()).addSalt(ephemeralKey)
                .thenExpand(context.getBytes(StandardCharsets.UTF_8), 32));
    }

    private static PublicKey publicKey(byte[] encoded) throws GeneralSecurityException {
        return KeyFactory.getInstance(CURVE).generatePublic(new X509EncodedKeySpec(encoded));
    }
}
