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
 * Writes and verifies change packages (SYNC-FORMAT.md): signed by the sender, the changes encrypted
 * for the receiver. Verification comes before anything is applied: every reason in the file itself to
 * refuse a whole package is found here, and is a {@link UserError}.
 */
final class PackageFile {
    static final String KIND = "changes";

    private PackageFile() {
    }

    /** A package that passed every check: its manifest, its sender and its changes in the sender's order. */
    record Verified(Manifest manifest, Peer sender, List<Change> changes) {
    }

    /** Writes the changes encrypted for {@code receiverBoxKey}, the manifest signed with {@code privateKey}. */
    static void write(Path out, Manifest header, List<Change> changes, String privateKey, String receiverBoxKey) {
        Box.Sealed sealed = Box.seal(ChangeJson.write(changes), receiverBoxKey, context(header));
        Manifest manifest = new Manifest(Manifest.FORMAT, KIND, header.school(), header.sender(), header.receiver(),
                header.createdAt(), header.fromSeq(), header.toSeq(), header.acknowledges(), changes.size(),
                Map.of(Manifest.SEALED_CHANGES, Parts.sha256(sealed.bytes())), Optional.of(sealed.encryption()));
        byte[] manifestBytes = manifest.toBytes();
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put(Manifest.FILE, manifestBytes);
        parts.put(Manifest.SEALED_CHANGES, sealed.bytes());
        parts.put(Manifest.SIGNATURE, Keys.sign(privateKey, manifestBytes));
        Parts.write(out, parts);
    }

    /** Who sends to whom in which school: bound into the encryption key, so the bytes open only as that package. */
    private static String context(Manifest m) {
        return "Klade changes " + m.school() + " " + m.sender() + " " + m.receiver();
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
        checkAddress(name, manifest, me);
        Peer sender = sender(name, manifest, me, peers);
        byte[] signature = parts.get(Manifest.SIGNATURE);
        if (signature == null) {
            throw UserError.of("sync.package.unsigned", name);
        }
        if (!Keys.verify(sender.publicKey(), manifestBytes, signature)) {
            throw UserError.of("sync.package.badSignature", name, sender.name());
        }
        List<Change> changes = changes(name, opened(name, parts, manifest, me));
        checkChanges(name, manifest, changes, me, sender);
        return new Verified(manifest, sender, changes);
    }

    private static void checkAddress(String name, Manifest manifest, Identity me) {
        if (!KIND.equals(manifest.kind())) {
            throw UserError.of("sync.package.notPackage", name);
        }
        if (!manifest.school().equals(me.schoolId())) {
            throw UserError.of("sync.package.otherSchool", name);
        }
        if (!manifest.receiver().equals(me.id())) {
            throw UserError.of("sync.package.otherReceiver", name);
        }
    }

    /** The sender: enrolled, not revoked, and on a PC its central copy, the only one that sends to a PC. */
    private static Peer sender(String name, Manifest manifest, Identity me, Function<UUID, Optional<Peer>> peers) {
        Peer sender = peers.apply(manifest.sender())
                .orElseThrow(() -> UserError.of("sync.package.unknownSender", name, manifest.sender()));
        if (sender.revoked()) {
            throw UserError.of("sync.package.revoked", name, sender.name());
        }
        if (me.isSpoke() && !Identity.CENTRAL.equals(sender.role())) {
            throw UserError.of("sync.package.notFromCentral", name, sender.name());
        }
        return sender;
    }

    /** The changes part, checked against the signed manifest and decrypted with this installation's key. */
    private static byte[] opened(String name, Map<String, byte[]> parts, Manifest manifest, Identity me) {
        byte[] sealed = checkedPart(name, parts, manifest, Manifest.SEALED_CHANGES);
        Manifest.Encryption how = manifest.encryption()
                .orElseThrow(() -> UserError.of("sync.package.notEncrypted", name));
        return Box.open(sealed, how, me.boxPrivateKey(), context(manifest))
                .orElseThrow(() -> UserError.of("sync.package.cannotDecrypt", name));
    }

    private static void checkChanges(String name, Manifest manifest, List<Change> changes, Identity me, Peer sender) {
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
    }

    /** The manifest, once its format is known to be the one this build reads. */
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
        if (format < Manifest.FORMAT) {
            throw UserError.of("sync.package.olderFormat", name, format, Manifest.FORMAT);
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
