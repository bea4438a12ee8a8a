package lv.klade.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import lv.klade.i18n.Problem;
import lv.klade.i18n.UserError;

/** The named parts of a package or enrolment file: a plain zip that {@code unzip} opens. */
final class Parts {
    /** No part of a sane package comes near this; a bigger one is damage or a zip bomb. */
    static final long MAX_PART = 1L << 30;

    private Parts() {
    }

    /** Writes the parts in order to a temporary file beside {@code out}, then moves it into place. */
    static void write(Path out, Map<String, byte[]> parts) {
        try {
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createTempFile(parent, ".klade", ".part");
            try (OutputStream file = Files.newOutputStream(temporary); ZipOutputStream zip = new ZipOutputStream(file)) {
                for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                    zip.putNextEntry(new ZipEntry(part.getKey()));
                    zip.write(part.getValue());
                    zip.closeEntry();
                }
            } catch (IOException e) {
                Files.deleteIfExists(temporary);
                throw e;
            }
            Files.move(temporary, out, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UserError(Problem.of("sync.file.cannotWrite", out, e.getMessage()), e);
        }
    }

    /** Reads every part; a file that is not a whole zip, or has a part twice, is refused. */
    static Map<String, byte[]> read(Path file) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (parts.containsKey(entry.getName())) {
                    throw unreadable(file, "duplicate " + entry.getName());
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    byte[] bytes = in.readNBytes((int) Math.min(MAX_PART + 1, Integer.MAX_VALUE - 16));
                    if (bytes.length > MAX_PART) {
                        throw unreadable(file, "part too large");
                    }
                    parts.put(entry.getName(), bytes);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserError error) {
                throw error;
            }
            throw new UserError(Problem.of("sync.package.unreadable", file.getFileName(), String.valueOf(e.getMessage())), e);
        }
        return parts;
    }

    private static UserError unreadable(Path file, String why) {
        return UserError.of("sync.package.unreadable", file.getFileName(), why);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java has no SHA-256", e);
        }
    }
}
