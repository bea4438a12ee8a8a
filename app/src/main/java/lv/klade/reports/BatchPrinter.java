package lv.klade.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;

/**
 * Prints many documents of one kind — a class's or the whole school's — either one file each or
 * all in one combined file. Meant for a background thread (it does file work); it reports progress
 * after every document and stops at the next document once {@code cancelled} says so or the
 * thread is interrupted (the interrupt flag is left set).
 *
 * <p>No run leaves a half-written file: every file is written beside its target under a temporary
 * name and moved into place only when complete. One file each: the files finished before a cancel
 * or a failure are kept — each is a whole, valid document, and deleting them would only make the
 * user print them again — and the result lists them. Combined: the file appears only if every
 * document was printed; a cancel or a failure leaves nothing. A file of the same name from an
 * earlier run is replaced.
 *
 * <p>File names are the class, surname, given name and the document's word in the UI language,
 * with Latvian letters kept, e.g. {@code 7.a_Bērziņa_Anna_liecība.pdf} (see {@link FileNames}).
 */
public final class BatchPrinter {
    private static final String PDF = ".pdf";
    /** Documents rendered into one PDF before it is cut into files: few enough that a cancel is quick. */
    private static final int RENDERED_TOGETHER = 20;

    private final Messages messages;
    private final BatchProgress progress;
    private final BooleanSupplier cancelled;

    public BatchPrinter(Messages messages, BatchProgress progress, BooleanSupplier cancelled) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.cancelled = Objects.requireNonNull(cancelled, "cancelled");
    }

    /**
     * One file per document in {@code folder}, which must exist. Documents are rendered a few at a
     * time ({@link ReportDocument#renderEach}) and written one by one, each checked for a cancel.
     */
    public <T> BatchResult printEach(ReportDocument<T> document, List<T> items, Path folder) {
        requireSome(items);
        FileNames names = new FileNames();
        List<Path> written = new ArrayList<>();
        progress.progressed(0, items.size());
        for (int start = 0; start < items.size(); start += RENDERED_TOGETHER) {
            if (stopRequested()) {
                return new BatchResult(written, written.size(), items.size(), true);
            }
            List<T> chunk = items.subList(start, Math.min(items.size(), start + RENDERED_TOGETHER));
            List<byte[]> pdfs = document.renderEach(chunk, messages);
            for (int i = 0; i < chunk.size(); i++) {
                if (stopRequested()) {
                    return new BatchResult(written, written.size(), items.size(), true);
                }
                String base = FileNames.safe(document.fileName(chunk.get(i), messages), String.valueOf(written.size() + 1));
                Path target = folder.resolve(names.unique(base, PDF));
                write(target, pdfs.get(i));
                written.add(target);
                progress.progressed(written.size(), items.size());
            }
        }
        return new BatchResult(written, written.size(), items.size(), false);
    }

    /** All documents in one file, each with its own page numbers; {@code file} appears only when whole. */
    public <T> BatchResult printCombined(ReportDocument<T> document, List<T> items, Path file) {
        requireSome(items);
        int[] printed = {0};
        progress.progressed(0, items.size());
        try {
            AtomicFiles.write(file, true, out -> {
                Sheet sheet = document.open(out, messages);
                for (T item : items) {
                    if (stopRequested()) {
                        throw new Cancelled();
                    }
                    document.addTo(sheet, item);
                    progress.progressed(++printed[0], items.size());
                }
                sheet.close();
            });
        } catch (Cancelled e) {
            return new BatchResult(List.of(), printed[0], items.size(), true);
        } catch (IOException e) {
            throw failed(file, e);
        }
        return new BatchResult(List.of(file), printed[0], items.size(), false);
    }

    private boolean stopRequested() {
        return cancelled.getAsBoolean() || Thread.currentThread().isInterrupted();
    }

    private static void write(Path target, byte[] pdf) {
        try {
            // Not forced to disk one by one: a lost printout is printed again, and forcing 1 500 files
            // took longer than rendering them. The combined file, written once, is forced.
            AtomicFiles.write(target, false, out -> out.write(pdf));
        } catch (IOException e) {
            throw failed(target, e);
        }
    }

    private static UserError failed(Path file, IOException e) {
        return UserError.of("reports.batch.failed", file.toString(), String.valueOf(e.getMessage()));
    }

    private static void requireSome(List<?> items) {
        if (items.isEmpty()) {
            throw UserError.of("reports.batch.empty");
        }
    }

    /** Abandons a combined file; it unwinds through {@link AtomicFiles}, which deletes the temporary file. */
    private static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super(null, null, false, false);
        }
    }
}
