package lv.klade.printing.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.printing.PagePictures;
import lv.klade.printing.PrintRequest;
import lv.klade.printing.PrintService;
import lv.klade.printing.SystemViewer;
import lv.klade.ui.Background;

/**
 * The print section's preview, and what is done with the previewed PDF: saved, opened, printed.
 * The first document's first page shows as soon as it is made (the first pupil's card of a class);
 * the whole document follows in the background while a busy sign says so, and a newer preview or
 * another choice makes a late one's pages count for nothing.
 */
final class PrintPreview {
    /** Preview resolution: sharp enough to read on screen, light enough for a class's pages. */
    static final float PREVIEW_DPI = 72f;
    /** Paper resolution: the pages are printed as pictures. */
    static final float PRINT_DPI = 200f;

    private final Background background;
    private final SystemViewer viewer;
    private final Messages messages;
    private final ReadOnlyStringWrapper error;
    private final ReadOnlyStringWrapper status;
    private final ObservableList<BufferedImage> pages = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper hasPreview = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper preparing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private PrintService.Rendered rendered;
    // Counts previews asked for: work that comes back for an older one is dropped.
    private int asked;

    PrintPreview(Background background, SystemViewer viewer, ReadOnlyStringWrapper error,
                 ReadOnlyStringWrapper status) {
        this.background = background;
        this.viewer = viewer;
        this.messages = background.messages();
        this.error = error;
        this.status = status;
    }

    private record FirstLook(PrintService.Assembled documents, BufferedImage page) {
    }

    /** Shows the first page first, then every page; the files' buttons wait for the whole. */
    void show(PrintService printing, PrintRequest request) {
        clear();
        int mine = asked;
        preparing.set(true);
        background.run(() -> {
            PrintService.Assembled documents = printing.assemble(request);
            return new FirstLook(documents, PagePictures.first(documents.first(), PREVIEW_DPI));
        }, look -> {
            if (mine == asked) {
                pages.setAll(look.page());
                wholeOf(look.documents(), mine);
            }
        }, problem -> failed(mine, problem));
    }

    private record Whole(PrintService.Rendered rendered, List<BufferedImage> pages) {
    }

    private void wholeOf(PrintService.Assembled documents, int mine) {
        background.run(() -> {
            PrintService.Rendered whole = documents.whole();
            return new Whole(whole, PagePictures.render(whole.pdf(), PREVIEW_DPI));
        }, whole -> {
            if (mine == asked) {
                preparing.set(false);
                rendered = whole.rendered();
                pages.setAll(whole.pages());
                hasPreview.set(true);
            }
        }, problem -> failed(mine, problem));
    }

    private void failed(int mine, String problem) {
        if (mine == asked) {
            preparing.set(false);
            error.set(problem);
        }
    }

    /** Forgets the preview (another document was chosen); pages still being made for it are dropped. */
    void clear() {
        asked++;
        rendered = null;
        pages.clear();
        hasPreview.set(false);
        preparing.set(false);
    }

    /** Renders the previewed PDF's pages sharp enough for paper, off the FX thread, then hands them on. */
    void pagesForPrinter(Consumer<List<BufferedImage>> print) {
        PrintService.Rendered document = previewed();
        if (document == null) {
            return;
        }
        busy.set(true);
        background.run(() -> PagePictures.render(document.pdf(), PRINT_DPI), pictures -> {
            busy.set(false);
            print.accept(pictures);
        }, this::workFailed);
    }

    /** The previewed document's file name, for the save chooser. */
    String suggestedFileName() {
        return rendered == null ? "" : rendered.fileName();
    }

    /** Writes the previewed PDF to {@code file}, whole or not at all, off the FX thread. */
    void saveAs(Path file) {
        PrintService.Rendered document = previewed();
        if (document == null) {
            return;
        }
        busy.set(true);
        background.run(() -> {
            write(file, document.pdf());
            return file;
        }, saved -> {
            busy.set(false);
            status.set(messages.get("printing.saved", saved.toString()));
        }, this::workFailed);
    }

    /** Opens the previewed PDF in the system's viewer, from a temporary copy. */
    void openInViewer() {
        PrintService.Rendered document = previewed();
        if (document == null) {
            return;
        }
        background.run(() -> {
            try {
                Path dir = Files.createTempDirectory("klade-print");
                Path file = dir.resolve(document.fileName());
                write(file, document.pdf());
                file.toFile().deleteOnExit();
                dir.toFile().deleteOnExit();
                viewer.open(file);
                return file;
            } catch (IOException e) {
                throw UserError.of("printing.saveFailed", String.valueOf(e.getMessage()));
            }
        }, opened -> status.set(messages.get("printing.opened")), this::workFailed);
    }

    private PrintService.Rendered previewed() {
        if (rendered == null) {
            error.set(messages.get("printing.noPreview"));
        }
        return rendered;
    }

    private void workFailed(String problem) {
        busy.set(false);
        error.set(problem);
    }

    private static void write(Path file, byte[] pdf) {
        Path temp = file.resolveSibling(file.getFileName() + ".part");
        try {
            Files.write(temp, pdf);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // The first failure is the one worth reporting.
            }
            throw UserError.of("printing.saveFailed", String.valueOf(e.getMessage()));
        }
    }

    ObservableList<BufferedImage> pages() {
        return pages;
    }

    ReadOnlyBooleanProperty hasPreviewProperty() {
        return hasPreview.getReadOnlyProperty();
    }

    /** The whole document is still being made; the first page may already show. */
    ReadOnlyBooleanProperty preparingProperty() {
        return preparing.getReadOnlyProperty();
    }

    /** A save or a print is being got ready. */
    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
