package lv.klade.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Where a journal lives on disk. H2 keeps a journal named {@code school} in {@code school.mv.db};
 * users may name either.
 */
public record JournalFile(Path base) {
    static final String SUFFIX = ".mv.db";
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt".getBytes(StandardCharsets.US_ASCII);

    public JournalFile {
        base = base.toAbsolutePath().normalize();
    }

    /** The journal a user named, with or without the {@code .mv.db} ending. */
    public static JournalFile of(Path named) {
        String name = named.getFileName().toString();
        if (name.endsWith(SUFFIX)) {
            return new JournalFile(named.resolveSibling(name.substring(0, name.length() - SUFFIX.length())));
        }
        return new JournalFile(named);
    }

    /**
     * A journal file name made from a title (a school's name, a PC's name): ASCII letters, digits
     * and dashes, safe on every file system; {@code fallback} when nothing of the title is left.
     */
    public static String safeName(String title, String fallback) {
        String ascii = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? fallback : slug;
    }

    public Path file() {
        return base.resolveSibling(base.getFileName() + SUFFIX);
    }

    public boolean exists() {
        return Files.isRegularFile(file());
    }

    /** True when the user named a file that exists but cannot be a journal (wrong ending). */
    public static boolean namesForeignFile(Path named) {
        return Files.isRegularFile(named) && !named.getFileName().toString().endsWith(SUFFIX);
    }

    /** True when the file is encrypted (H2's {@code CIPHER=AES} files begin so); false for a plain or foreign one. */
    boolean isEncrypted() {
        try (InputStream in = Files.newInputStream(file())) {
            return Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    String jdbcUrl(boolean mustExist) {
        return plainJdbcUrl(mustExist) + ";CIPHER=AES";
    }

    /** A journal made before journals were encrypted: opened once like this, to be encrypted. */
    String plainJdbcUrl(boolean mustExist) {
        // WRITE_DELAY=0: a commit reaches the file at once; fsync follows each write (JournalStore).
        return "jdbc:h2:file:" + base + ";WRITE_DELAY=0" + (mustExist ? ";IFEXISTS=TRUE" : "");
    }
}
