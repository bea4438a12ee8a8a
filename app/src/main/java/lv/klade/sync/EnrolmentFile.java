package lv.klade.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lv.klade.db.JournalKey;
import lv.klade.db.Keyring;
import lv.klade.i18n.UserError;
import lv.klade.people.Credentials;
import lv.klade.people.PasswordHasher;

/**
 * The file the central copy writes when it enrols a PC (SYNC-FORMAT.md): the PC's identity and
 * private keys, the central copy's public keys, the school's rows and their history. Those parts are
 * sealed with a random key that {@code keys.json}, a {@link Keyring}, holds once for each account the
 * PC serves: only someone who can log in as one of them opens it, on the PC, when joining. It still
 * holds a private key: it is to be carried to the PC and deleted, like a password on paper.
 */
final class EnrolmentFile {
    static final String KIND = "enrolment";
    static final String KEYS = "keys.json";
    static final String IDENTITY = "identity.json";
    static final String ROWS = "rows.json";
    private static final List<String> SEALED = List.of(IDENTITY, ROWS, Manifest.CHANGES);

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
        JournalKey sealing = JournalKey.random();
        Keyring keys = Keyring.forAccounts(sealing, rows.getOrDefault("staff", List.of()));
        if (!keys.knowsAnyone()) {
            throw UserError.of("sync.enrol.nobodyCanJoin");
        }
        Map<String, byte[]> body = new LinkedHashMap<>();
        body.put(KEYS, keys.toBytes());
        body.put(IDENTITY, sealing.seal(Json.bytes(identity)));
        body.put(ROWS, sealing.seal(Json.bytes(rows)));
        body.put(Manifest.CHANGES, sealing.seal(ChangeJson.write(history)));
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
     * Reads and checks an enrolment file for the person joining: whole, its parts matching the
     * manifest, opened by their login and password, signed by the central key it names. (That proves
     * the file is whole, not who wrote it: whoever carries it to the PC vouches for it.)
     */
    static Contents read(Path file, Credentials who, PasswordHasher hasher) {
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
        Keyring keys = Keyring.parse(PackageFile.checkedPart(name, parts, manifest, KEYS))
                .orElseThrow(() -> UserError.of("sync.package.badChanges", name, KEYS));
        String login = who.normalLogin();
        JournalKey sealing = (login == null ? Optional.<JournalKey>empty()
                : keys.unlock(login, derivation -> hasher.secret(who.password(), derivation)))
                .orElseThrow(() -> UserError.of("sync.join.notForYou", name));
        Map<String, byte[]> opened = new LinkedHashMap<>();
        for (String part : SEALED) {
            opened.put(part, sealing.unseal(PackageFile.checkedPart(name, parts, manifest, part))
                    .orElseThrow(() -> UserError.of("sync.package.badChanges", name, part)));
        }
        byte[] identityBytes = opened.get(IDENTITY);
        byte[] rowsBytes = opened.get(ROWS);
        byte[] historyBytes = opened.get(Manifest.CHANGES);
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
