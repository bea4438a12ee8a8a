package lv.klade.reports;

import lv.klade.i18n.Messages;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Draws what every page carries: the school, the year and the class at the top; the date printed
 * and "page/total" at the bottom. A PDF may hold several documents (a combined batch), each a
 * section with its own heading and page numbers; the total is not known while a page is drawn,
 * so it goes into a placeholder that is filled when the section ends.
 */
final class PageFrame extends PdfPageEventHelper {
    private static final float HEADER_GAP = 22;
    private static final float FOOTER_GAP = 24;
    private static final float NUMBER_SIZE = 8;
    private static final String WIDEST_TOTAL = "999";

    private final Messages messages;
    private Heading heading;
    private PdfTemplate total;
    private int firstPage;
    private int lastEnded;

    PageFrame(Messages messages) {
        this.messages = messages;
    }

    /** Starts a section on the writer's current page; the previous one must have been finished. */
    void begin(PdfWriter writer, Heading heading) {
        this.heading = heading;
        this.firstPage = writer.getPageNumber();
        float width = Fonts.regular().getWidthPoint(WIDEST_TOTAL, NUMBER_SIZE);
        this.total = writer.getDirectContent().createTemplate(width, NUMBER_SIZE + 2);
    }

    /** Writes the section's page count into its placeholder; call once its last page has ended. */
    void finish() {
        if (total == null) {
            return;
        }
        int count = Math.max(1, lastEnded - firstPage + 1);
        total.beginText();
        total.setFontAndSize(Fonts.regular(), NUMBER_SIZE);
        total.setTextMatrix(0, 2);
        total.showText(String.valueOf(count));
        total.endText();
        total = null;
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        finish();
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        if (heading == null) {
            return;
        }
        lastEnded = writer.getPageNumber();
        PdfContentByte cb = writer.getDirectContent();
        float left = document.left();
        float right = document.right();
        float top = document.top() + HEADER_GAP;
        float bottom = document.bottom() - FOOTER_GAP;
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(heading.school(), Fonts.SMALL_BOLD),
                left, top, 0);
        // A document about the whole school (statistics) names no class.
        String yearAndClass = heading.className().isBlank() ? messages.get("reports.page.year", heading.schoolYear())
                : messages.get("reports.page.yearAndClass", heading.schoolYear(), heading.className());
        ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase(yearAndClass, Fonts.SMALL), right, top, 0);
        rule(cb, left, right, top - 4);
        rule(cb, left, right, bottom + NUMBER_SIZE + 4);
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
                new Phrase(messages.get("reports.page.printedOn", heading.printedOn()), Fonts.SMALL), left, bottom, 0);
        pageNumber(cb, lastEnded - firstPage + 1, right, bottom);
    }

    private void pageNumber(PdfContentByte cb, int number, float right, float baseline) {
        String shown = number + "/";
        float totalWidth = total.getWidth();
        float x = right - totalWidth - Fonts.regular().getWidthPoint(shown, NUMBER_SIZE);
        cb.beginText();
        cb.setFontAndSize(Fonts.regular(), NUMBER_SIZE);
        cb.setTextMatrix(x, baseline);
        cb.showText(shown);
        cb.endText();
        cb.addTemplate(total, right - totalWidth, baseline - 2);
    }

    private static void rule(PdfContentByte cb, float from, float to, float y) {
        cb.saveState();
        cb.setLineWidth(0.5f);
        cb.setGrayStroke(0.5f);
        cb.moveTo(from, y);
        cb.lineTo(to, y);
        cb.stroke();
        cb.restoreState();
    }
}
