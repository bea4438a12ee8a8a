package lv.klade.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfCopy;
import org.openpdf.text.pdf.PdfReader;

/**
 * Cuts a PDF of several documents into one PDF per document. Each part carries its pages with
 * what they use (the embedded font, the page-count placeholder) and nothing of the other pages;
 * the font is the subset the whole PDF used, a few glyphs more than the part needs.
 */
final class PdfSplitter {
    private PdfSplitter() {
    }

    /** {@code firstPages}: the 1-based page each document starts on, ascending; the last runs to the end. */
    static List<byte[]> split(byte[] pdf, List<Integer> firstPages, String title) {
        PdfReader reader;
        try {
            reader = new PdfReader(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException("a PDF just made could not be read back", e);
        }
        try {
            int pages = reader.getNumberOfPages();
            List<byte[]> parts = new ArrayList<>(firstPages.size());
            for (int i = 0; i < firstPages.size(); i++) {
                int last = i + 1 < firstPages.size() ? firstPages.get(i + 1) - 1 : pages;
                parts.add(part(reader, firstPages.get(i), last, title));
            }
            return parts;
        } finally {
            reader.close();
        }
    }

    private static byte[] part(PdfReader reader, int first, int last, String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(48 * 1024);
        Document document = new Document();
        PdfCopy copy = new PdfCopy(document, out);
        document.addTitle(title);
        document.open();
        try {
            for (int page = first; page <= last; page++) {
                copy.addPage(copy.getImportedPage(reader, page));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a page of a PDF just made could not be copied", e);
        }
        document.close();
        return out.toByteArray();
    }
}
