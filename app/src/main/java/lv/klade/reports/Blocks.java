package lv.klade.reports;

import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/** The pieces documents are built of: titles, labelled lines, tables and signature lines. */
final class Blocks {
    private static final float PAD = 3;
    private static final java.awt.Color HEADER_SHADE = new java.awt.Color(0xE4, 0xE8, 0xEE);

    private Blocks() {
    }

    /** The document's title, centred, with a line under it (the subtitle; may be blank). */
    static Paragraph title(String title, String subtitle) {
        Paragraph p = new Paragraph(title, Fonts.TITLE);
        p.setAlignment(Element.ALIGN_CENTER);
        if (!subtitle.isBlank()) {
            p.add(new Chunk("\n", Fonts.SUBTITLE));
            p.add(new Chunk(subtitle, Fonts.SUBTITLE));
        }
        p.setSpacingAfter(12);
        return p;
    }

    /** "Label: value" on one line, the label in bold. */
    static Paragraph labelled(String label, String value) {
        // Without a font of its own the paragraph names Helvetica, which is not embedded.
        Paragraph p = new Paragraph("", Fonts.BODY);
        p.add(new Chunk(label + ": ", Fonts.BODY_BOLD));
        p.add(new Chunk(value, Fonts.BODY));
        p.setSpacingAfter(3);
        return p;
    }

    static Paragraph text(String text, Font font, float spacingBefore) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingBefore(spacingBefore);
        return p;
    }

    /** A full-width table with relative column widths. */
    static PdfPTable table(float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setSpacingAfter(6);
        return table;
    }

    static PdfPCell header(String text, Font font) {
        PdfPCell cell = cell(text, font, Element.ALIGN_CENTER);
        cell.setBackgroundColor(HEADER_SHADE);
        return cell;
    }

    /** A shaded header cell whose text runs upwards, for narrow columns under long names. */
    static PdfPCell upright(String text, Font font, float height) {
        PdfPCell cell = header(text, font);
        cell.setRotation(90);
        cell.setFixedHeight(height);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        return cell;
    }

    static PdfPCell cell(String text, Font font, int align) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(align);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(PAD);
        cell.setPaddingTop(PAD - 1);
        return cell;
    }

    static PdfPCell left(String text, Font font) {
        return cell(text, font, Element.ALIGN_LEFT);
    }

    static PdfPCell centre(String text, Font font) {
        return cell(text, font, Element.ALIGN_CENTER);
    }

    /** One signer: what they are, a line to sign on, their name beside it, a note under the role (Z.v.). */
    record Signer(String role, String name, String note) {

        Signer(String role, String name) {
            this(role, name, "");
        }

        Signer withNote(String text) {
            return new Signer(role, name, text);
        }

        /** The class tutor, titled in the form that fits them. */
        static Signer tutor(Heading heading, lv.klade.i18n.Messages m) {
            return new Signer(m.get(heading.tutorForm().key("reports.signer.classTutor")), heading.classTutor());
        }

        /** The director, titled in the form that fits them. */
        static Signer director(Heading heading, lv.klade.i18n.Messages m) {
            return new Signer(m.get(heading.directorForm().key("reports.signer.director")), heading.director());
        }
    }

    /** Signature lines, one per signer, kept together at the end of the document. */
    static PdfPTable signatures(List<Signer> signers, String signatureCaption) {
        PdfPTable table = table(30, 40, 30);
        table.setSpacingBefore(28);
        table.setKeepTogether(true);
        for (Signer signer : signers) {
            table.addCell(plain(signer.role(), Fonts.BODY, Element.ALIGN_LEFT, 22));
            PdfPCell line = plain("", Fonts.BODY, Element.ALIGN_CENTER, 22);
            line.setBorder(Rectangle.BOTTOM);
            table.addCell(line);
            table.addCell(plain(signer.name(), Fonts.BODY, Element.ALIGN_CENTER, 22));
            table.addCell(plain(signer.note(), Fonts.BODY, Element.ALIGN_CENTER, 0));
            table.addCell(plain(signatureCaption, Fonts.SMALL, Element.ALIGN_CENTER, 0));
            table.addCell(plain("", Fonts.SMALL, Element.ALIGN_LEFT, 0));
        }
        return table;
    }

    private static PdfPCell plain(String text, Font font, int align, float height) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(align);
        cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
        cell.setPaddingBottom(height > 0 ? 3 : 8);
        if (height > 0) {
            cell.setMinimumHeight(height);
        }
        return cell;
    }
}
