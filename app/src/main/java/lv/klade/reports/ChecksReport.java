package lv.klade.reports;

import lv.klade.i18n.Messages;
import org.openpdf.text.pdf.PdfPTable;

/** The deputy director's checks: one row per finding with its day, kind, journal or class and detail. */
public final class ChecksReport extends ReportDocument<ChecksReportData> {

    public ChecksReport() {
    }

    @Override
    public String fileName(ChecksReportData data, Messages messages) {
        return messages.get("checks.file");
    }

    @Override
    PageLayout layout() {
        return PageLayout.PORTRAIT;
    }

    @Override
    String titleKey() {
        return "checks.section";
    }

    @Override
    Heading heading(ChecksReportData data) {
        return data.heading();
    }

    @Override
    void compose(ChecksReportData data, Sheet sheet) {
        Messages m = sheet.messages();
        sheet.add(Blocks.title(m.get(titleKey()), data.period()));
        if (data.lines().isEmpty()) {
            sheet.add(Blocks.text(m.get("checks.none"), Fonts.BODY, 6));
            return;
        }
        PdfPTable table = Blocks.table(12, 30, 28, 30);
        for (String key : new String[] {"checks.column.day", "checks.column.kind", "checks.column.names",
                "checks.column.detail"}) {
            table.addCell(Blocks.header(m.get(key), Fonts.SMALL_BOLD));
        }
        table.setHeaderRows(1);
        for (ChecksReportData.Line line : data.lines()) {
            table.addCell(Blocks.centre(line.date(), Fonts.SMALL));
            table.addCell(Blocks.left(line.kind(), Fonts.SMALL));
            table.addCell(Blocks.left(line.names(), Fonts.SMALL));
            table.addCell(Blocks.left(line.detail(), Fonts.SMALL));
        }
        sheet.add(table);
        sheet.add(Blocks.text(m.get("checks.count", data.lines().size()), Fonts.BODY, 6));
    }
}
