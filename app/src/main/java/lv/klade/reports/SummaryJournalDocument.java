package lv.klade.reports;

import java.util.List;
import lv.klade.i18n.Messages;
import lv.klade.reports.SummaryJournalData.Row;
import lv.klade.reports.SummaryJournalData.SubjectYear;
import org.openpdf.text.Element;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * A class's summary journal of achievements, landscape: one block per student with a line for each
 * kind of grade (semester 1, semester 2, year, exam, final) under every subject, the year's
 * absences and the promotion decision. The header row repeats on every page, and a student's
 * block is never split across pages. Signed by the director.
 */
public final class SummaryJournalDocument extends ReportDocument<SummaryJournalData> {
    private static final List<String> KINDS = List.of("semester1", "semester2", "year", "exam", "final");
    private static final float NUMBER = 2.2f;
    private static final float NAME = 12;
    private static final float KIND = 6;
    private static final float SUBJECT = 4;
    private static final float ABSENCES = 2.6f;
    private static final float PROMOTION = 10;
    private static final float HEADER_HEIGHT = 96;

    public SummaryJournalDocument() {
    }

    @Override
    public String fileName(SummaryJournalData data, Messages messages) {
        return data.heading().className() + "_" + messages.get("reports.file.summary");
    }

    @Override
    PageLayout layout() {
        return PageLayout.LANDSCAPE;
    }

    @Override
    String titleKey() {
        return "reports.summary.title";
    }

    @Override
    Heading heading(SummaryJournalData data) {
        return data.heading();
    }

    @Override
    void compose(SummaryJournalData data, Sheet sheet) {
        Messages m = sheet.messages();
        sheet.add(Blocks.title(m.get(titleKey()), ""));
        PdfPTable table = Blocks.table(widths(data.subjects().size()));
        header(table, data.subjects(), m);
        int number = 1;
        for (Row row : data.rows()) {
            student(table, number++, row, m);
        }
        sheet.add(table);
        sheet.add(Blocks.text(m.get("reports.summary.legend"), Fonts.TINY, 0));
        sheet.add(Blocks.signatures(List.of(
                new Blocks.Signer(m.get("reports.signer.director"), data.heading().director())),
                m.get("reports.signature")));
    }

    private static float[] widths(int subjects) {
        float[] widths = new float[subjects + 6];
        widths[0] = NUMBER;
        widths[1] = NAME;
        widths[2] = KIND;
        for (int i = 0; i < subjects; i++) {
            widths[3 + i] = SUBJECT;
        }
        widths[subjects + 3] = ABSENCES;
        widths[subjects + 4] = ABSENCES;
        widths[subjects + 5] = PROMOTION;
        return widths;
    }

    private static void header(PdfPTable table, List<String> subjects, Messages m) {
        table.addCell(Blocks.header(m.get("reports.label.no"), Fonts.TINY_BOLD));
        table.addCell(Blocks.header(m.get("reports.label.student"), Fonts.TINY_BOLD));
        table.addCell(Blocks.header(m.get("reports.summary.kind"), Fonts.TINY_BOLD));
        for (String subject : subjects) {
            table.addCell(Blocks.upright(subject, Fonts.TINY_BOLD, HEADER_HEIGHT));
        }
        table.addCell(Blocks.upright(m.get("reports.summary.justified"), Fonts.TINY_BOLD, HEADER_HEIGHT));
        table.addCell(Blocks.upright(m.get("reports.summary.unjustified"), Fonts.TINY_BOLD, HEADER_HEIGHT));
        table.addCell(Blocks.header(m.get("reports.summary.promotion"), Fonts.TINY_BOLD));
        table.setHeaderRows(1);
    }

    /** One outer row per student, so the table never splits a student's five lines across pages. */
    private static void student(PdfPTable table, int number, Row row, Messages m) {
        table.addCell(top(Blocks.centre(number + ".", Fonts.TINY)));
        table.addCell(top(Blocks.left(row.student().listName(), Fonts.TINY_BOLD)));
        PdfPCell grades = new PdfPCell(grades(row.grades(), m));
        grades.setColspan(row.grades().size() + 1);
        grades.setPadding(0);
        table.addCell(grades);
        table.addCell(top(Blocks.centre(Formats.count(row.absences().justified()), Fonts.TINY)));
        table.addCell(top(Blocks.centre(Formats.count(row.absences().unjustified()), Fonts.TINY)));
        table.addCell(top(Blocks.left(row.promotion(), Fonts.TINY)));
    }

    /** The kind labels and the subjects' grades, in columns as wide as the header's. */
    private static PdfPTable grades(List<SubjectYear> subjects, Messages m) {
        float[] widths = new float[subjects.size() + 1];
        widths[0] = KIND;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = SUBJECT;
        }
        PdfPTable inner = new PdfPTable(widths);
        inner.setWidthPercentage(100);
        for (int kind = 0; kind < KINDS.size(); kind++) {
            inner.addCell(line(Blocks.left(m.get("reports.summary.kind." + KINDS.get(kind)), Fonts.TINY), kind));
            for (SubjectYear subject : subjects) {
                inner.addCell(line(Blocks.centre(subject.inOrder().get(kind), Fonts.TINY), kind));
            }
        }
        return inner;
    }

    /** Thin lines between a student's grade lines; the outer cell draws the block's frame. */
    private static PdfPCell line(PdfPCell cell, int kind) {
        cell.setPadding(1.5f);
        cell.setPaddingBottom(2.5f);
        cell.setBorderWidth(0.25f);
        cell.setBorderColor(java.awt.Color.GRAY);
        int border = Rectangle.LEFT | Rectangle.RIGHT;
        if (kind > 0) {
            border |= Rectangle.TOP;
        }
        cell.setBorder(border);
        return cell;
    }

    private static PdfPCell top(PdfPCell cell) {
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }
}
