package lv.klade.reports;

import lv.klade.i18n.Messages;
import lv.klade.reports.GradeStatisticsData.Row;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/** Grade statistics of a class per subject: the average and how many of each grade 1–10. */
public final class GradeStatisticsReport extends ReportDocument<GradeStatisticsData> {

    public GradeStatisticsReport() {
    }

    @Override
    public String fileName(GradeStatisticsData data, Messages messages) {
        return data.heading().className() + "_" + messages.get("reports.file.statistics");
    }

    @Override
    PageLayout layout() {
        return PageLayout.PORTRAIT;
    }

    @Override
    String titleKey() {
        return "reports.statistics.title";
    }

    @Override
    Heading heading(GradeStatisticsData data) {
        return data.heading();
    }

    @Override
    void compose(GradeStatisticsData data, Sheet sheet) {
        Messages m = sheet.messages();
        sheet.add(Blocks.title(m.get(titleKey()), Formats.period(data.from(), data.to(), m)));
        float[] widths = {22, 18, 6, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 8};
        PdfPTable table = Blocks.table(widths);
        header(table, m);
        for (Row row : data.rows()) {
            table.addCell(Blocks.left(row.subject(), Fonts.SMALL));
            table.addCell(Blocks.left(row.teacher(), Fonts.SMALL));
            table.addCell(Blocks.centre(row.average(), Fonts.SMALL_BOLD));
            for (int count : row.counts()) {
                table.addCell(Blocks.centre(count == 0 ? "" : Formats.count(count), Fonts.SMALL));
            }
            table.addCell(Blocks.centre(Formats.count(row.total()), Fonts.SMALL));
        }
        sheet.add(table);
    }

    /** Two header rows: the labels, and the scores 1..10 under "number of grades by score". */
    private static void header(PdfPTable table, Messages m) {
        table.addCell(spanned(Blocks.header(m.get("reports.label.subject"), Fonts.SMALL_BOLD), 1, 2));
        table.addCell(spanned(Blocks.header(m.get("reports.label.teacher"), Fonts.SMALL_BOLD), 1, 2));
        table.addCell(spanned(Blocks.header(m.get("reports.statistics.average"), Fonts.SMALL_BOLD), 1, 2));
        table.addCell(spanned(Blocks.header(m.get("reports.statistics.distribution"), Fonts.SMALL_BOLD), 10, 1));
        table.addCell(spanned(Blocks.header(m.get("reports.statistics.count"), Fonts.SMALL_BOLD), 1, 2));
        for (int score = 1; score <= 10; score++) {
            table.addCell(Blocks.header(String.valueOf(score), Fonts.SMALL_BOLD));
        }
        table.setHeaderRows(2);
    }

    private static PdfPCell spanned(PdfPCell cell, int columns, int rows) {
        cell.setColspan(columns);
        cell.setRowspan(rows);
        return cell;
    }
}
