package lv.klade.people;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes passwords with PBKDF2-HMAC-SHA256 and a random salt, as
 * {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} (Base64). Hashing is slow on purpose: to give many
 * accounts one password (the demo school), hash it once and store the same text for each.
 */
public final class PasswordHasher {
    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 210_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    public PasswordHasher(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive: " + iterations);
        }
        this.iterations = iterations;
    }

    public PasswordHasher() {
        this(DEFAULT_ITERATIONS);
    }

    /** The text to store for this password; a new salt each time. */
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder();
        return String.join("$", PREFIX, Integer.toString(iterations), b64.encodeToString(salt),
                b64.encodeToString(derive(password, salt, iterations)));
    }

    /**
     * True when the password matches the stored text. The stored iteration count is used, so hashes
     * made with another setting still verify; text in any other shape never matches.
     */
    public boolean matches(char[] password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            return false;
        }
        try {
            int storedIterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            // Constant time: how long the comparison takes says nothing about how much matched.
            return storedIterations > 0 && MessageDigest.isEqual(expected, derive(password, salt, storedIterations));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The secret this password gives under a stored hash's derivation (the hash without its last
     * part: {@code pbkdf2-sha256$<iterations>$<salt>}), which a journal's keyring names; empty for a
     * derivation of another shape.
     */
    public Optional<byte[]> secret(char[] password, String derivation) {
        String[] parts = derivation == null ? new String[0] : derivation.split("\\$");
        if (parts.length != 3 || !parts[0].equals(PREFIX)) {
            return Optional.empty();
        }
        try {
            int storedIterations = Integer.parseInt(parts[1]);
            return storedIterations > 0
                    ? Optional.of(derive(password, Base64.getDecoder().decode(parts[2]), storedIterations))
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }
}
