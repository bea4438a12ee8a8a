package lv.klade.sync;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import lv.klade.i18n.UserError;

/**
 * Writes and verifies change packages (SYNC-FORMAT.md). Verification comes before anything is
 * applied: every reason to refuse a whole package is found here, and is a {@link UserError}.
 */
final class PackageFile {
    static final String KIND = "changes";

    private PackageFile() {
    }

    /** A package that passed every check: its manifest, its sender and its changes in the sender's order. */
    record Verified(Manifest manifest, Peer sender, List<Change> changes) {
    }

    static void write(Path out, Manifest header, List<Change> changes, String privateKey) {
        byte[] body = ChangeJson.write(changes);
        Manifest manifest = new Manifest(Manifest.FORMAT, KIND, header.school(), header.sender(), header.receiver(),
                header.createdAt(), header.fromSeq(), header.toSeq(), header.acknowledges(), changes.size(),
                Map.of(Manifest.CHANGES, Parts.sha256(body)));
        byte[] manifestBytes = manifest.toBytes();
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put(Manifest.FILE, manifestBytes);
        parts.put(Manifest.CHANGES, body);
        parts.put(Manifest.SIGNATURE, Keys.sign(privateKey, manifestBytes));
        Parts.write(out, parts);
    }

    /**
     * Reads and checks a package addressed to {@code me}; {@code peers} finds the sender's record.
     * A package from a PC may carry only that PC's own changes.
     */
    static Verified verify(Path file, Identity me, Function<UUID, Optional<Peer>> peers) {
        String name = String.valueOf(file.getFileName());
        Map<String, byte[]> parts = Parts.read(file);
        byte[] manifestBytes = parts.get(Manifest.FILE);
        if (manifestBytes == null) {
            throw UserError.of("sync.package.missingPart", name, Manifest.FILE);
        }
        Manifest manifest = manifest(name, manifestBytes);
        if (!KIND.equals(manifest.kind())) {
            throw UserError.of("sync.package.notPackage", name);
        }
        if (!manifest.school().equals(me.schoolId())) {
            throw UserError.of("sync.package.otherSchool", name);
        }
        if (!manifest.receiver().equals(me.id())) {
            throw UserError.of("sync.package.otherReceiver", name);
        }
        Peer sender = peers.apply(manifest.sender())
                .orElseThrow(() -> UserError.of("sync.package.unknownSender", name, manifest.sender()));
        if (sender.revoked()) {
            throw UserError.of("sync.package.revoked", name, sender.name());
        }
        byte[] signature = parts.get(Manifest.SIGNATURE);
        if (signature == null) {
            throw UserError.of("sync.package.unsigned", name);
        }
        if (!Keys.verify(sender.publicKey(), manifestBytes, signature)) {
            throw UserError.of("sync.package.badSignature", name, sender.name());
        }
        byte[] body = checkedPart(name, parts, manifest, Manifest.CHANGES);
        List<Change> changes = changes(name, body);
        if (changes.size() != manifest.changes()) {
            throw UserError.of("sync.package.badChanges", name, "count");
        }
        for (Change change : changes) {
            if (change.seq() < manifest.fromSeq() || change.seq() > manifest.toSeq()) {
                throw UserError.of("sync.package.badChanges", name, "range");
            }
            if (me.isCentral() && !change.installationId().equals(sender.id())) {
                throw UserError.of("sync.package.foreignChange", name, sender.name());
            }
        }
        return new Verified(manifest, sender, changes);
    }

    /** The manifest, once its format is known to be one this build reads. */
    static Manifest manifest(String name, byte[] bytes) {
        int format;
        try {
            format = Manifest.formatOf(bytes);
        } catch (Json.Malformed e) {
            throw UserError.of("sync.package.badManifest", name);
        }
        if (format > Manifest.FORMAT) {
            throw UserError.of("sync.package.newerFormat", name, format, Manifest.FORMAT);
        }
        try {
            return Manifest.parse(bytes);
        } catch (Json.Malformed | IllegalArgumentException e) {
            throw UserError.of("sync.package.badManifest", name);
        }
    }

    /** A part the manifest lists, present and matching its checksum. */
    static byte[] checkedPart(String name, Map<String, byte[]> parts, Manifest manifest, String part) {
        byte[] bytes = parts.get(part);
        String expected = manifest.checksums().get(part);
        if (bytes == null || expected == null) {
            throw UserError.of("sync.package.missingPart", name, part);
        }
        if (!expected.equalsIgnoreCase(Parts.sha256(bytes))) {
            throw UserError.of("sync.package.checksum", name, part);
        }
        return bytes;
    }

    private static List<Change> changes(String name, byte[] body) {
        try {
            return ChangeJson.read(body);
        } catch (Json.Malformed | IllegalArgumentException e) {
            throw UserError.of("sync.package.badChanges", name, String.valueOf(e.getMessage()));
        }
    }
}
