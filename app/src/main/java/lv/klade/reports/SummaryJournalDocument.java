package lv.klade.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import lv.klade.i18n.Messages;
import lv.klade.reports.SummaryJournalData.Row;
import lv.klade.reports.SummaryJournalData.SubjectYear;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * A class's summary journal of achievements, landscape: one block per student with a line for each
 * kind of grade the class has (semester 1, semester 2, year; exam and final only where given) under
 * every graded subject, the year's absences and the promotion decision as a short code explained in
 * the legend. Columns are as wide as their texts need, subject names run upwards and wrap only between
 * words. The header row repeats on every page, a student's block is never split across pages, and the
 * last student's block carries the legend and the signatures, so they never stand alone on a page.
 */
public final class SummaryJournalDocument extends ReportDocument<SummaryJournalData> {
    private static final List<String> KINDS = List.of("semester1", "semester2", "year", "exam", "final");
    /** Kinds always printed, even before any grade of theirs is given. */
    private static final int ALWAYS = 3;
    private static final float CELL_PADDING = 8;
    private static final float MAX_NAME = 130;
    private static final float MIN_HEADER = 40;
    private static final float MAX_HEADER = 84;

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

    /** What the table is laid out by: the kinds printed and the columns' widths in points. */
    private record Layout(List<Integer> kinds, float[] widths, float headerHeight) {
        int columns() {
            return widths.length;
        }
    }

    @Override
    void compose(SummaryJournalData data, Sheet sheet) {
        Messages m = sheet.messages();
        sheet.add(Blocks.title(m.get(titleKey()), ""));
        Layout layout = layout(data, sheet);
        PdfPTable table = Blocks.table(layout.widths());
        table.setSplitRows(false);
        header(table, data.subjects(), layout, m);
        List<Row> rows = data.rows();
        for (int i = 0; i < rows.size() - 1; i++) {
            student(table, i + 1, rows.get(i), layout, m);
        }
        PdfPTable tail = new PdfPTable(layout.widths());
        tail.setWidthPercentage(100);
        if (!rows.isEmpty()) {
            student(tail, rows.size(), rows.getLast(), layout, m);
        }
        tail.addCell(closing(data, layout, m));
        PdfPCell last = new PdfPCell(tail);
        last.setColspan(layout.columns());
        last.setPadding(0);
        last.setBorder(Rectangle.NO_BORDER);
        table.addCell(last);
        sheet.add(table);
    }

    /** The legends and the signatures, across the whole table. */
    private static PdfPCell closing(SummaryJournalData data, Layout layout, Messages m) {
        PdfPCell cell = new PdfPCell();
        cell.setColspan(layout.columns());
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingTop(4);
        cell.addElement(Blocks.text(m.get("reports.summary.legend"), Fonts.TINY, 0));
        if (!data.promotionLegend().isBlank()) {
            cell.addElement(Blocks.text(m.get("reports.summary.promotion") + ": " + data.promotionLegend(),
                    Fonts.TINY, 2));
        }
        PdfPTable signatures = Blocks.signatures(List.of(Blocks.Signer.tutor(data.heading(), m),
                Blocks.Signer.director(data.heading(), m)), m.get("reports.signature"));
        signatures.setSpacingBefore(10);
        cell.addElement(signatures);
        return cell;
    }

    /** The kinds with a grade in the class (semesters and the year always), and widths that fit the texts. */
    private static Layout layout(SummaryJournalData data, Sheet sheet) {
        Messages m = sheet.messages();
        List<Integer> kinds = IntStream.range(0, KINDS.size()).filter(k -> k < ALWAYS || data.rows().stream()
                .anyMatch(r -> r.grades().stream().anyMatch(g -> !g.inOrder().get(k).isBlank()))).boxed().toList();
        float height = headerHeight(data, m);
        float number = Math.max(width(m.get("reports.label.no"), Fonts.TINY_BOLD),
                width(data.rows().size() + ".", Fonts.TINY)) + CELL_PADDING;
        float name = widest(m.get("reports.label.student"), data.rows().stream().map(r -> r.student().listName()),
                Fonts.TINY_BOLD);
        float kind = widest(m.get("reports.summary.kind"), kinds.stream()
                .map(k -> m.get("reports.summary.kind." + KINDS.get(k))), Fonts.TINY_BOLD);
        float justified = upright(m.get("reports.summary.justified"), height);
        float unjustified = upright(m.get("reports.summary.unjustified"), height);
        float promotion = Math.max(upright(m.get("reports.summary.promotion"), height),
                widest("", data.rows().stream().map(Row::promotion), Fonts.TINY_BOLD));
        int subjects = data.subjects().size();
        float subject = Math.max(upright("", height), (sheet.width() - number - Math.min(name, MAX_NAME) - kind
                - justified - unjustified - promotion) / Math.max(1, subjects));
        float[] widths = new float[subjects + 6];
        widths[0] = number;
        widths[1] = Math.min(name, MAX_NAME);
        widths[2] = kind;
        java.util.Arrays.fill(widths, 3, 3 + subjects, subject);
        widths[subjects + 3] = justified;
        widths[subjects + 4] = unjustified;
        widths[subjects + 5] = promotion;
        return new Layout(kinds, widths, height);
    }

    /** Tall enough for the longest upright header on one line, up to a limit past which headers wrap. */
    private static float headerHeight(SummaryJournalData data, Messages m) {
        List<String> headers = new ArrayList<>(data.subjects());
        headers.addAll(List.of(m.get("reports.summary.justified"), m.get("reports.summary.unjustified"),
                m.get("reports.summary.promotion")));
        float height = MIN_HEADER;
        for (String header : headers) {
            height = Math.max(height, width(header, Fonts.TINY_BOLD) + CELL_PADDING);
        }
        return Math.min(height, MAX_HEADER);
    }

    /** The width of a column: its header's or its widest text's, with the cell's padding. */
    private static float widest(String header, java.util.stream.Stream<String> texts, Font font) {
        return Math.max(width(header, Fonts.TINY_BOLD), texts.map(t -> width(t, font)).max(Float::compare).orElse(0f))
                + CELL_PADDING;
    }

    /** How wide a column with an upright header must be: a line for each line the header wraps to. */
    private static float upright(String header, float height) {
        int lines = Math.max(1, (int) Math.ceil(width(header, Fonts.TINY_BOLD) / (height - CELL_PADDING)));
        return lines * Fonts.TINY_BOLD.getSize() * 1.4f + CELL_PADDING;
    }

    private static float width(String text, Font font) {
        return font.getBaseFont().getWidthPoint(text, font.getSize());
    }

    private static void header(PdfPTable table, List<String> subjects, Layout layout, Messages m) {
        table.addCell(Blocks.header(m.get("reports.label.no"), Fonts.TINY_BOLD));
        table.addCell(Blocks.header(m.get("reports.label.student"), Fonts.TINY_BOLD));
        table.addCell(Blocks.header(m.get("reports.summary.kind"), Fonts.TINY_BOLD));
        for (String subject : subjects) {
            table.addCell(Blocks.upright(subject, Fonts.TINY_BOLD, layout.headerHeight()));
        }
        table.addCell(Blocks.upright(m.get("reports.summary.justified"), Fonts.TINY_BOLD, layout.headerHeight()));
        table.addCell(Blocks.upright(m.get("reports.summary.unjustified"), Fonts.TINY_BOLD, layout.headerHeight()));
        table.addCell(Blocks.upright(m.get("reports.summary.promotion"), Fonts.TINY_BOLD, layout.headerHeight()));
        table.setHeaderRows(1);
    }

    /** One outer row per student, so the table never splits a student's lines across pages. */
    private static void student(PdfPTable table, int number, Row row, Layout layout, Messages m) {
        table.addCell(top(Blocks.centre(number + ".", Fonts.TINY)));
        table.addCell(top(Blocks.left(row.student().listName(), Fonts.TINY_BOLD)));
        PdfPCell grades = new PdfPCell(grades(row.grades(), layout, m));
        grades.setColspan(row.grades().size() + 1);
        grades.setPadding(0);
        table.addCell(grades);
        table.addCell(top(Blocks.centre(Formats.count(row.absences().justified()), Fonts.TINY)));
        table.addCell(top(Blocks.centre(Formats.count(row.absences().unjustified()), Fonts.TINY)));
        table.addCell(top(Blocks.centre(row.promotion(), Fonts.TINY_BOLD)));
    }

    /** The kind labels and the subjects' grades, in columns as wide as the header's. */
    private static PdfPTable grades(List<SubjectYear> subjects, Layout layout, Messages m) {
        float[] widths = new float[subjects.size() + 1];
        System.arraycopy(layout.widths(), 2, widths, 0, widths.length);
        PdfPTable inner = new PdfPTable(widths);
        inner.setWidthPercentage(100);
        for (int line = 0; line < layout.kinds().size(); line++) {
            int kind = layout.kinds().get(line);
            inner.addCell(line(Blocks.left(m.get("reports.summary.kind." + KINDS.get(kind)), Fonts.TINY), line));
            for (SubjectYear subject : subjects) {
                inner.addCell(line(Blocks.centre(subject.inOrder().get(kind), Fonts.TINY), line));
            }
        }
        return inner;
    }

    /** Thin lines between a student's grade lines; the outer cell draws the block's frame. */
    private static PdfPCell line(PdfPCell cell, int line) {
        cell.setPadding(0.8f);
        cell.setPaddingBottom(1.8f);
        cell.setBorderWidth(0.25f);
        cell.setBorderColor(java.awt.Color.GRAY);
        int border = Rectangle.LEFT | Rectangle.RIGHT;
        if (line > 0) {
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
