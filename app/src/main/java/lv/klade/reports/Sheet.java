package lv.klade.reports;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import lv.klade.i18n.Messages;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.PdfWriter;

/**
 * An open PDF that documents are composed into: one document, or many in a combined batch, each
 * starting on a new page with its own heading and page numbers. Closing it finishes the PDF; the
 * stream stays open for its owner.
 */
final class Sheet implements AutoCloseable {
    private static final float SIDE = 42;
    private static final float TOP = 58;
    private static final float BOTTOM = 56;

    private final Document document;
    private final PdfWriter writer;
    private final PageFrame frame;
    private final Messages messages;
    private final List<Integer> firstPages = new ArrayList<>();
    private boolean started;

    Sheet(OutputStream out, PageLayout layout, Messages messages) {
        this.messages = messages;
        this.document = new Document(layout.size(), SIDE, SIDE, TOP, BOTTOM);
        this.writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        this.frame = new PageFrame(messages);
        writer.setPageEvent(frame);
        document.open();
    }

    /** Starts a document on a fresh page: the frame prints its heading and counts its pages from 1. */
    void startDocument(Heading heading, String title) {
        if (started) {
            document.newPage();
            frame.finish();
        }
        started = true;
        firstPages.add(writer.getPageNumber());
        frame.begin(writer, heading);
        document.addTitle(title);
    }

    void add(Element element) {
        document.add(element);
    }

    /** The page each document started on, in the order they were started (1 for the first). */
    List<Integer> firstPages() {
        return List.copyOf(firstPages);
    }

    Messages messages() {
        return messages;
    }

    String text(String key, Object... args) {
        return messages.get(key, args);
    }

    /** A blank drawing of this size, for a document to draw into and place as an image. */
    org.openpdf.text.pdf.PdfTemplate template(float width, float height) {
        return writer.getDirectContent().createTemplate(width, height);
    }

    /** Width of the text area, for tables that size columns in points. */
    float width() {
        return document.right() - document.left();
    }

    @Override
    public void close() {
        document.close();
    }
}
