package lv.klade.sync;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** Ed25519 keys and signatures with the JDK's own provider; keys travel as Base64 text. */
final class Keys {
    private static final String ALGORITHM = "Ed25519";

    private Keys() {
    }

    /** A key pair as text: the public key (X.509) and the private key (PKCS#8), both Base64. */
    record Pair(String publicKey, String privateKey) {
    }

    /** A new Ed25519 pair, for signing. */
    static Pair generate() {
        return pair(ALGORITHM);
    }

    /** A new key pair of one of the JDK's algorithms ("Ed25519", "X25519"). */
    static Pair pair(String algorithm) {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(algorithm).generateKeyPair();
            Base64.Encoder b64 = Base64.getEncoder();
            return new Pair(b64.encodeToString(pair.getPublic().getEncoded()),
                    b64.encodeToString(pair.getPrivate().getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java has no " + algorithm, e);
        }
    }

    static byte[] sign(String privateKey, byte[] data) {
        try {
            PrivateKey key = KeyFactory.getInstance(ALGORITHM)
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKey)));
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("This PC's sync key is damaged", e);
        }
    }

    /** False for a wrong, damaged or missing signature; never throws. */
    static boolean verify(String publicKey, byte[] data, byte[] signatureBytes) {
        try {
            PublicKey key = KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(data);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }
}
