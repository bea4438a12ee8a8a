package lv.klade.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Comparator;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import lv.klade.db.JournalFile;
import lv.klade.db.JournalStore;
import lv.klade.db.Keyring;
import lv.klade.i18n.Problem;
import lv.klade.i18n.UserError;
import lv.klade.people.Role;
import lv.klade.people.StaffMember;
import lv.klade.printing.PrintKind;
import lv.klade.printing.PrintPeriod;
import lv.klade.printing.PrintService;
import lv.klade.reports.AtomicFiles;
import lv.klade.reports.BatchProgress;
import lv.klade.school.SchoolClass;

/**
 * Writes a year's archive, a ZIP, whole or not at all: into a temporary file beside the target, moved
 * over it only once every entry and the checksum list are in, so that a failure leaves no half archive.
 * Its entries are {@value #SUMMARY}/, {@value #CARDS}/ and {@value #CERTIFICATES}/ (the PDFs), {@value #JOURNAL}/ (the journal
 * file and its keyring, encrypted as they are) and {@code SHA256SUMS}.
 */
public final class YearArchive {
    static final String SUMMARY = "kopsavilkuma-zurnali";
    static final String CARDS = "liecibas";
    static final String CERTIFICATES = "izglitibas-dokumenti";
    static final String JOURNAL = "zurnals";
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]+");

    /** What goes into an archive; it may throw to abandon it. */
    @FunctionalInterface
    public interface Contents {
        void addTo(YearArchive archive);
    }

    private final ZipOutputStream zip;
    private final Path scratch;
    private final Path target;
    private final Map<String, String> sums = new LinkedHashMap<>();
    private final Set<String> taken = new HashSet<>();

    private YearArchive(ZipOutputStream zip, Path target) {
        this.zip = zip;
        this.target = target;
        this.scratch = target.getParent();
    }

    /** Who may archive a year: the administrator and the deputy director. */
    public static boolean mayArchive(StaffMember member) {
        return !member.revoked() && (member.holds(Role.ADMINISTRATOR) || member.holds(Role.DEPUTY_DIRECTOR));
    }

    /** Writes the archive at {@code target} with the contents and their checksum list; returns how many it checks. */
    public static int write(Path target, Contents contents) {
        Path absolute = target.toAbsolutePath();
        int[] checked = new int[1];
        try {
            AtomicFiles.write(absolute, true, out -> {
                YearArchive archive = new YearArchive(new ZipOutputStream(out), absolute);
                contents.addTo(archive);
                checked[0] = archive.finish();
            });
        } catch (IOException e) {
            throw new UserError(Problem.of("archive.cannotWrite", absolute, String.valueOf(e.getMessage())), e);
        }
        return checked[0];
    }

    /**
     * Every class's summary journal and every student's year report card of the printing's year, and
     * the certificates of forms 9 and 12 (those left without one have their report card).
     */
    public void addDocuments(PrintService printing) {
        List<UUID> classes = printing.classes().stream().map(SchoolClass::id).toList();
        addBatch(printing, PrintKind.SUMMARY, classes, SUMMARY);
        addBatch(printing, PrintKind.REPORT_CARD, classes, CARDS);
        List<UUID> leaving = printing.leavingClasses().stream().map(SchoolClass::id)
                .filter(printing::anyCertificate).toList();
        if (!leaving.isEmpty()) {
            addBatch(printing, PrintKind.CERTIFICATE, leaving, CERTIFICATES);
        }
    }

    private void addBatch(PrintService printing, PrintKind kind, List<UUID> classes, String folder) {
        Path pdfs = null;
        try {
            pdfs = Files.createTempDirectory(scratch, ".klade-pdf-");
            List<Path> files = printing.batch(kind, classes, new PrintPeriod.Year(), pdfs, false, BatchProgress.NONE,
                    () -> false).files();
            for (Path file : files.stream().sorted().toList()) {
                add(folder + "/" + ascii(file.getFileName().toString()), file);
            }
        } catch (IOException e) {
            throw failed(e);
        } finally {
            deleteFolder(pdfs);
        }
    }

    /**
     * The open journal's file, copied as of one moment ({@link JournalStore#copyFileTo}), and its
     * keyring: for the window, where the journal stays open while it is archived.
     */
    public void addOpenJournal(JournalStore store, Path journal) {
        JournalFile file = JournalFile.of(journal);
        Path copy = null;
        try {
            copy = Files.createTempFile(scratch, ".klade-journal-", ".mv.db");
            store.copyFileTo(copy);
            add(JOURNAL + "/" + ascii(file.file().getFileName().toString()), copy);
            Path keyring = Keyring.path(file);
            add(JOURNAL + "/" + ascii(keyring.getFileName().toString()), keyring);
        } catch (IOException | UncheckedIOException e) {
            throw failed(e instanceof UncheckedIOException u ? u.getCause() : (IOException) e);
        } finally {
            if (copy != null) {
                copy.toFile().delete();
            }
        }
    }

    /** The journal file and its keyring as they are on disk: add them after the journal is closed. */
    public void addJournal(Path journal) {
        JournalFile file = JournalFile.of(journal);
        Path keyring = Keyring.path(file);
        add(JOURNAL + "/" + ascii(file.file().getFileName().toString()), file.file());
        add(JOURNAL + "/" + ascii(keyring.getFileName().toString()), keyring);
    }

    /**
     * The name without its diacritics ("Bērziņa" → "Berzina"): ZIP tools disagree about names outside
     * ASCII, and an archive must unpack the same everywhere for years. A clash gets "-2", "-3" ….
     */
    private String ascii(String name) {
        String plain = UNSAFE.matcher(Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", ""))
                .replaceAll("_");
        int dot = plain.lastIndexOf('.');
        String unique = plain;
        for (int n = 2; taken.contains(unique); n++) {
            unique = plain.substring(0, dot) + "-" + n + plain.substring(dot);
        }
        taken.add(unique);
        return unique;
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

    /** The checksum list, last; the stream under the ZIP stays open for the file to be forced and moved. */
    private int finish() throws IOException {
        zip.putNextEntry(new ZipEntry(Checksums.FILE));
        zip.write(Checksums.format(sums).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
        return sums.size();
    }

    private UserError failed(IOException e) {
        return new UserError(Problem.of("archive.cannotWrite", target, String.valueOf(e.getMessage())), e);
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
