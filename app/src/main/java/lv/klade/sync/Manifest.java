package lv.klade.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code manifest.json}: what a package is (SYNC-FORMAT.md). The signature covers its bytes, and
 * it carries a SHA-256 of every other part, so one signature covers the whole package.
 *
 * @param fromSeq the first seq of the sender's log the package covers
 * @param toSeq the last seq of the sender's log it covers
 * @param acknowledges the sender has every change of the receiver's log up to this seq
 * @param encryption how the changes are encrypted for the receiver; empty in an enrolment file
 */
record Manifest(int format, String kind, UUID school, UUID sender, UUID receiver, Instant createdAt,
                long fromSeq, long toSeq, long acknowledges, int changes, Map<String, String> checksums,
                Optional<Encryption> encryption) {
    /** The format this build writes and reads: 2 encrypts a package's changes for its receiver. */
    static final int FORMAT = 2;
    static final String FILE = "manifest.json";
    static final String SIGNATURE = "signature";
    static final String CHANGES = "changes.json";
    /** A change package's {@value #CHANGES}, encrypted for its receiver. */
    static final String SEALED_CHANGES = "changes.json.enc";

    /**
     * @param ephemeralKey the X25519 public key made for this package alone (X.509, Base64)
     * @param nonce the AES-GCM nonce (12 bytes, Base64)
     */
    record Encryption(String algorithm, String ephemeralKey, String nonce) {
    }

    Manifest {
        checksums = Map.copyOf(checksums);
    }

    /** A manifest of plain parts: an enrolment file's. */
    Manifest(int format, String kind, UUID school, UUID sender, UUID receiver, Instant createdAt, long fromSeq,
             long toSeq, long acknowledges, int changes, Map<String, String> checksums) {
        this(format, kind, school, sender, receiver, createdAt, fromSeq, toSeq, acknowledges, changes, checksums,
                Optional.empty());
    }

    byte[] toBytes() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", format);
        json.put("kind", kind);
        json.put("school", school.toString());
        json.put("sender", sender.toString());
        json.put("receiver", receiver.toString());
        json.put("createdAt", createdAt.toString());
        json.put("range", Map.of("from", fromSeq, "to", toSeq));
        json.put("acknowledges", acknowledges);
        json.put("counts", Map.of("changes", changes));
        Map<String, Object> parts = new LinkedHashMap<>();
        checksums.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> parts.put(e.getKey(), Map.of("sha256", e.getValue())));
        json.put("parts", parts);
        encryption.ifPresent(e -> {
            Map<String, Object> how = new LinkedHashMap<>();
            how.put("algorithm", e.algorithm());
            how.put("ephemeralKey", e.ephemeralKey());
            how.put("nonce", e.nonce());
            json.put("encryption", how);
        });
        return Json.bytes(json);
    }

    /** Only the format number, read first: a newer format's other fields may differ. */
    static int formatOf(byte[] bytes) {
        return (int) Json.number(Json.tree(bytes), "format");
    }

    static Manifest parse(byte[] bytes) {
        JsonNode json = Json.tree(bytes);
        JsonNode range = Json.need(json, "range");
        Map<String, String> checksums = new LinkedHashMap<>();
        JsonNode parts = Json.need(json, "parts");
        if (!parts.isObject()) {
            throw new Json.Malformed("parts");
        }
        parts.fields().forEachRemaining(e -> checksums.put(e.getKey(), Json.text(e.getValue(), "sha256")));
        JsonNode how = json.get("encryption");
        Optional<Encryption> encryption = how == null || how.isNull() ? Optional.empty()
                : Optional.of(new Encryption(Json.text(how, "algorithm"), Json.text(how, "ephemeralKey"),
                        Json.text(how, "nonce")));
        return new Manifest((int) Json.number(json, "format"), Json.text(json, "kind"), Json.uuid(json, "school"),
                Json.uuid(json, "sender"), Json.uuid(json, "receiver"), Json.instant(json, "createdAt"),
                Json.number(range, "from"), Json.number(range, "to"), Json.number(json, "acknowledges"),
                (int) Json.number(Json.need(json, "counts"), "changes"), checksums, encryption);
    }
}
