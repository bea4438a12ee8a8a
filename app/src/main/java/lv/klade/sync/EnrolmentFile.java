package lv.klade.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lv.klade.i18n.UserError;

/**
 * The file the central copy writes when it enrols a PC (SYNC-FORMAT.md): the PC's identity and
 * private key, the central copy's public key, the school's rows and their history. It holds a
 * private key: it is to be carried to the PC and deleted, like a password on paper.
 */
final class EnrolmentFile {
    static final String KIND = "enrolment";
    static final String IDENTITY = "identity.json";
    static final String ROWS = "rows.json";

    private EnrolmentFile() {
    }

    /** What a PC needs to join: its identity, its central copy, the rows and their history. */
    record Contents(Manifest manifest, Identity pc, Peer central, Map<String, List<Map<String, Object>>> rows,
                    List<Change> history) {
    }

    static void write(Path out, Manifest header, Identity pc, Identity central,
                      Map<String, List<Map<String, Object>>> rows, List<Change> history) {
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("installation", pc.id().toString());
        identity.put("name", pc.name());
        identity.put("school", pc.schoolId().toString());
        identity.put("publicKey", pc.publicKey());
        identity.put("privateKey", pc.privateKey());
        identity.put("boxPublicKey", pc.boxPublicKey());
        identity.put("boxPrivateKey", pc.boxPrivateKey());
        identity.put("central", Map.of("installation", central.id().toString(), "name", central.name(),
                "publicKey", central.publicKey(), "boxPublicKey", central.boxPublicKey()));
        Map<String, byte[]> body = new LinkedHashMap<>();
        body.put(IDENTITY, Json.bytes(identity));
        body.put(ROWS, Json.bytes(rows));
        body.put(Manifest.CHANGES, ChangeJson.write(history));
        Map<String, String> checksums = new LinkedHashMap<>();
        body.forEach((name, bytes) -> checksums.put(name, Parts.sha256(bytes)));
        Manifest manifest = new Manifest(Manifest.FORMAT, KIND, header.school(), header.sender(), header.receiver(),
                header.createdAt(), header.fromSeq(), header.toSeq(), header.acknowledges(), history.size(), checksums);
        byte[] manifestBytes = manifest.toBytes();
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put(Manifest.FILE, manifestBytes);
        parts.putAll(body);
        parts.put(Manifest.SIGNATURE, Keys.sign(central.privateKey(), manifestBytes));
        Parts.write(out, parts);
    }

    /**
     * Reads and checks an enrolment file: whole, its parts matching the manifest, signed by the
     * central key it names. (That proves the file is whole, not who wrote it: whoever carries it
     * to the PC vouches for it, as for the private key inside.)
     */
    static Contents read(Path file) {
        String name = String.valueOf(file.getFileName());
        Map<String, byte[]> parts = Parts.read(file);
        byte[] manifestBytes = parts.get(Manifest.FILE);
        if (manifestBytes == null) {
            throw UserError.of("sync.package.missingPart", name, Manifest.FILE);
        }
        Manifest manifest = PackageFile.manifest(name, manifestBytes);
        if (!KIND.equals(manifest.kind())) {
            throw UserError.of("sync.join.notEnrolment", name);
        }
        byte[] identityBytes = PackageFile.checkedPart(name, parts, manifest, IDENTITY);
        byte[] rowsBytes = PackageFile.checkedPart(name, parts, manifest, ROWS);
        byte[] historyBytes = PackageFile.checkedPart(name, parts, manifest, Manifest.CHANGES);
        try {
            JsonNode identity = Json.tree(identityBytes);
            JsonNode central = Json.need(identity, "central");
            Identity pc = new Identity(Json.uuid(identity, "installation"), Json.text(identity, "name"),
                    Identity.SPOKE, Json.uuid(identity, "school"), Json.text(identity, "publicKey"),
                    Json.text(identity, "privateKey"), Json.text(identity, "boxPublicKey"),
                    Json.text(identity, "boxPrivateKey"));
            Peer centralPeer = new Peer(Json.uuid(central, "installation"), Json.text(central, "name"),
                    Identity.CENTRAL, Json.text(central, "publicKey"), manifest.createdAt(), false,
                    manifest.toSeq(), 0, Json.text(central, "boxPublicKey"));
            byte[] signature = parts.get(Manifest.SIGNATURE);
            if (signature == null) {
                throw UserError.of("sync.package.unsigned", name);
            }
            if (!Keys.verify(centralPeer.publicKey(), manifestBytes, signature)
                    || !manifest.school().equals(pc.schoolId()) || !manifest.receiver().equals(pc.id())) {
                throw UserError.of("sync.package.badSignature", name, centralPeer.name());
            }
            return new Contents(manifest, pc, centralPeer, rows(Json.tree(rowsBytes)), ChangeJson.read(historyBytes));
        } catch (Json.Malformed | IllegalArgumentException e) {
            throw UserError.of("sync.package.badChanges", name, String.valueOf(e.getMessage()));
        }
    }

    private static Map<String, List<Map<String, Object>>> rows(JsonNode json) {
        if (!json.isObject()) {
            throw new Json.Malformed(ROWS);
        }
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        json.fields().forEachRemaining(e -> {
            List<Map<String, Object>> table = new ArrayList<>();
            Json.array(e.getValue()).forEach(row -> table.add(Json.fields(row)));
            rows.put(e.getKey(), table);
        });
        return rows;
    }
}
