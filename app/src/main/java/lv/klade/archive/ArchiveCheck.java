package lv.klade.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import lv.klade.i18n.Problem;
import lv.klade.i18n.UserError;

/** An archive's entries checked against its checksum list: which are missing, extra or changed. */
public record ArchiveCheck(int checked, List<String> missing, List<String> extra, List<String> changed) {

    public ArchiveCheck {
        missing = List.copyOf(missing);
        extra = List.copyOf(extra);
        changed = List.copyOf(changed);
    }

    /** True when every listed entry is there, unchanged, and nothing else is. */
    public boolean whole() {
        return missing.isEmpty() && extra.isEmpty() && changed.isEmpty();
    }

    /** An entry's SHA-256; an entry that no longer reads back (its own CRC fails) sums to nothing that matches. */
    private static String sum(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return Checksums.of(in);
        } catch (ZipException damaged) {
            return "";
        }
    }

    /** Re-computes every entry's SHA-256; refused when the file is no ZIP or has no readable checksum list. */
    public static ArchiveCheck of(Path archive) {
        try (ZipFile zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry list = zip.getEntry(Checksums.FILE);
            if (list == null) {
                throw UserError.of("archive.noChecksums", archive, Checksums.FILE);
            }
            Map<String, String> expected;
            try (InputStream in = zip.getInputStream(list)) {
                expected = Checksums.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .orElseThrow(() -> UserError.of("archive.badChecksums", archive, Checksums.FILE));
            }
            Map<String, String> actual = new LinkedHashMap<>();
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (!entry.isDirectory() && !entry.getName().equals(Checksums.FILE)) {
                    actual.put(entry.getName(), sum(zip, entry));
                }
            }
            List<String> missing = new ArrayList<>();
            List<String> changed = new ArrayList<>();
            expected.forEach((name, sum) -> {
                if (!actual.containsKey(name)) {
                    missing.add(name);
                } else if (!actual.get(name).equals(sum)) {
                    changed.add(name);
                }
            });
            List<String> extra = actual.keySet().stream().filter(name -> !expected.containsKey(name)).toList();
            return new ArchiveCheck(expected.size(), missing, extra, changed);
        } catch (ZipException e) {
            throw new UserError(Problem.of("archive.notAZip", archive, String.valueOf(e.getMessage())), e);
        } catch (IOException e) {
            throw new UserError(Problem.of("archive.cannotRead", archive, String.valueOf(e.getMessage())), e);
        }
    }
}
