package lv.klade.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import lv.klade.db.JournalFile;
import lv.klade.db.Keyring;
import lv.klade.i18n.Problem;
import lv.klade.i18n.UserError;
import lv.klade.people.Role;
import lv.klade.people.StaffMember;
import lv.klade.printing.PrintKind;
import lv.klade.printing.PrintPeriod;
import lv.klade.printing.PrintService;
import lv.klade.reports.BatchProgress;
import lv.klade.school.SchoolClass;

/**
 * Writes a year's archive: a ZIP made in a temporary file beside the target and moved over it by
 * {@link #finish}, so that a failure or an abandoned archive ({@link #close} without finishing) leaves
 * no half archive behind. Its entries are {@value #SUMMARY}/ and {@value #CARDS}/ (the PDFs),
 * {@value #JOURNAL}/ (the journal file and its keyring, encrypted as they are) and {@code SHA256SUMS}.
 */
public final class YearArchive implements AutoCloseable {
    static final String SUMMARY = "kopsavilkuma-zurnali";
    static final String CARDS = "liecibas";
    static final String JOURNAL = "zurnals";

    private final Path target;
    private final Path temp;
    private final ZipOutputStream zip;
    private final Map<String, String> sums = new LinkedHashMap<>();
    private boolean finished;

    private YearArchive(Path target, Path temp) throws IOException {
        this.target = target;
        this.temp = temp;
        this.zip = new ZipOutputStream(Files.newOutputStream(temp));
    }

    /** Who may archive a year: the administrator and the deputy director. */
    public static boolean mayArchive(StaffMember member) {
        return !member.revoked() && (member.holds(Role.ADMINISTRATOR) || member.holds(Role.DEPUTY_DIRECTOR));
    }

    /** Starts an archive that {@link #finish} puts at {@code target}; refused when its folder cannot take it. */
    public static YearArchive create(Path target) {
        Path absolute = target.toAbsolutePath();
        try {
            return new YearArchive(absolute, Files.createTempFile(absolute.getParent(), ".klade-", ".part"));
        } catch (IOException e) {
            throw new UserError(Problem.of("archive.cannotWrite", absolute, String.valueOf(e.getMessage())), e);
        }
    }

    /** Every class's summary journal and every student's year report card of the printing's year. */
    public void addDocuments(PrintService printing) {
        List<UUID> classes = printing.classes().stream().map(SchoolClass::id).toList();
        addBatch(printing, PrintKind.SUMMARY, classes, SUMMARY);
        addBatch(printing, PrintKind.REPORT_CARD, classes, CARDS);
    }

    private void addBatch(PrintService printing, PrintKind kind, List<UUID> classes, String folder) {
        Path pdfs = null;
        try {
            pdfs = Files.createTempDirectory(temp.getParent(), ".klade-pdf-");
            List<Path> files = printing.batch(kind, classes, new PrintPeriod.Year(), pdfs, false, BatchProgress.NONE,
                    () -> false).files();
            for (Path file : files.stream().sorted().toList()) {
                add(folder + "/" + file.getFileName(), file);
            }
        } catch (IOException e) {
            throw failed(e);
        } finally {
            deleteFolder(pdfs);
        }
    }

    /** The journal file and its keyring as they are on disk: add them after the journal is closed. */
    public void addJournal(Path journal) {
        JournalFile file = JournalFile.of(journal);
        Path keyring = Keyring.path(file);
        add(JOURNAL + "/" + file.file().getFileName(), file.file());
        add(JOURNAL + "/" + keyring.getFileName(), keyring);
    }

    private void add(String name, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            zip.putNextEntry(new ZipEntry(name));
            MessageDigest digest = Checksums.sha256();
            OutputStream out = new DigestOutputStream(zip, digest);
            in.transferTo(out);
            zip.closeEntry();
            sums.put(name, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /** Writes the checksum list and moves the archive into place; returns how many entries it checks. */
    public int finish() {
        try {
            zip.putNextEntry(new ZipEntry(Checksums.FILE));
            zip.write(Checksums.format(sums).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.close();
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // Some network shares cannot rename atomically; a plain replace is the best they offer.
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            finished = true;
            return sums.size();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private UserError failed(IOException e) {
        return new UserError(Problem.of("archive.cannotWrite", target, String.valueOf(e.getMessage())), e);
    }

    /** Deletes the temporary file unless the archive was finished. */
    @Override
    public void close() {
        if (finished) {
            return;
        }
        try {
            zip.close();
        } catch (IOException e) {
            // The half archive is deleted next; what failed in closing it does not matter.
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteFolder(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
