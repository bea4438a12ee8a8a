package lv.klade.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** A rendered PDF read back with PDFBox, as a reader's viewer would see it. */
public record Pdf(int pages, List<String> pageTexts, List<String> uprightTexts, List<PDRectangle> sizes,
        List<FontInfo> fonts) {

    /** PDFTextStripper breaks rotated text into scraps; this collects it glyph by glyph instead. */
    private static final class Upright extends PDFTextStripper {
        private final StringBuilder text = new StringBuilder();

        static String text(PDDocument document, int page) throws IOException {
            Upright upright = new Upright();
            upright.setStartPage(page);
            upright.setEndPage(page);
            upright.getText(document);
            return upright.text.toString();
        }

        @Override
        protected void processTextPosition(TextPosition position) {
            if (position.getDir() != 0) {
                text.append(position.getUnicode());
            }
        }
    }

    record FontInfo(String name, boolean type0, boolean embedded) {
    }

    public static Pdf read(Path file) {
        try {
            return read(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Pdf read(byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            List<String> texts = new ArrayList<>();
            List<String> upright = new ArrayList<>();
            List<PDRectangle> sizes = new ArrayList<>();
            List<FontInfo> fonts = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                texts.add(stripper.getText(document));
                upright.add(Upright.text(document, i));
                PDPage page = document.getPage(i - 1);
                sizes.add(page.getMediaBox());
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(new FontInfo(font.getName(), font instanceof PDType0Font, font.isEmbedded()));
                }
            }
            return new Pdf(document.getNumberOfPages(), texts, upright, sizes, fonts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String text() {
        return String.join("\n", pageTexts);
    }

    public String page(int number) {
        return pageTexts.get(number - 1);
    }

    /** The text that runs upwards on a page (rotated header cells), in the order it was drawn. */
    public String upright(int number) {
        return uprightTexts.get(number - 1);
    }

    boolean landscape(int number) {
        PDRectangle size = sizes.get(number - 1);
        return size.getWidth() > size.getHeight();
    }
}
