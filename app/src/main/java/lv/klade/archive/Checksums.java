package lv.klade.archive;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** SHA-256 digests and the {@code sha256sum} file format: "{@code <hex>  <name>}", one entry a line. */
final class Checksums {
    /** The checksum list's name inside an archive; it does not list itself. */
    static final String FILE = "SHA256SUMS";

    private Checksums() {
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    static String of(InputStream in) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[64 * 1024];
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            digest.update(buffer, 0, read);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static String format(Map<String, String> sums) {
        StringBuilder text = new StringBuilder();
        sums.forEach((name, sum) -> text.append(sum).append("  ").append(name).append('\n'));
        return text.toString();
    }

    /** The list read back; empty when a line is not of the format (binary mode's "*" is taken too). */
    static Optional<Map<String, String>> parse(String text) {
        Map<String, String> sums = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (line.length() < 67 || !line.substring(0, 64).matches("[0-9a-fA-F]{64}") || line.charAt(64) != ' '
                    || line.charAt(65) != ' ' && line.charAt(65) != '*') {
                return Optional.empty();
            }
            sums.put(line.substring(66).stripTrailing(), line.substring(0, 64).toLowerCase(java.util.Locale.ROOT));
        }
        return Optional.of(sums);
    }
}
