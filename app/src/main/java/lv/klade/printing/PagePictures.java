package lv.klade.printing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import lv.klade.i18n.UserError;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** A PDF's pages as pictures, for the preview and the printer. Slow: call it off the FX thread. */
public final class PagePictures {
    private PagePictures() {
    }

    /** Every page at {@code dpi} dots per inch. */
    public static List<BufferedImage> render(byte[] pdf, float dpi) {
        return render(pdf, dpi, Integer.MAX_VALUE);
    }

    /** The first page only, for a quick look while the rest is made. */
    public static BufferedImage first(byte[] pdf, float dpi) {
        return render(pdf, dpi, 1).getFirst();
    }

    private static List<BufferedImage> render(byte[] pdf, float dpi, int most) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            int count = Math.min(most, document.getNumberOfPages());
            List<BufferedImage> pages = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                pages.add(renderer.renderImageWithDPI(i, dpi, ImageType.RGB));
            }
            return pages;
        } catch (IOException e) {
            throw UserError.of("printing.unreadable", String.valueOf(e.getMessage()));
        }
    }
}
