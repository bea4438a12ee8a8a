package lv.klade.reports;

import lv.klade.i18n.Messages;
import lv.klade.reports.AbsenceReportData.Row;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.PdfPTable;

/**
 * A class's absences per student for a period, with the class total; a student over the
 * unjustified limit is marked with "*" and a note says what it means.
 */
public final class AbsenceReport extends ReportDocument<AbsenceReportData> {

    public AbsenceReport() {
    }

    @Override
    public String fileName(AbsenceReportData data, Messages messages) {
        return data.heading().className() + "_" + messages.get("reports.file.absences");
    }

    @Override
    PageLayout layout() {
        return PageLayout.PORTRAIT;
    }

    @Override
    String titleKey() {
        return "reports.absences.title";
    }

    @Override
    Heading heading(AbsenceReportData data) {
        return data.heading();
    }

    @Override
    void compose(AbsenceReportData data, Sheet sheet) {
        Messages m = sheet.messages();
        sheet.add(Blocks.title(m.get(titleKey()), Formats.period(data.from(), data.to(), m)));
        PdfPTable table = Blocks.table(6, 34, 15, 15, 15, 15);
        for (String key : new String[] {"reports.label.no", "reports.label.student", "reports.absences.justified",
                "reports.absences.unjustified", "reports.absences.total", "reports.absences.late"}) {
            table.addCell(Blocks.header(m.get(key), Fonts.SMALL_BOLD));
        }
        table.setHeaderRows(1);
        boolean anyOver = false;
        int number = 1;
        for (Row row : data.rows()) {
            boolean over = row.absences().unjustified() > data.unjustifiedLimit();
            anyOver |= over;
            String name = row.student().listName() + (over ? " *" : "");
            line(table, number++ + ".", name, row.absences(), row.late(), over ? Fonts.BODY_BOLD : Fonts.BODY);
        }
        line(table, "", m.get("reports.absences.sum"), data.total(), data.totalLate(), Fonts.BODY_BOLD);
        sheet.add(table);
        if (anyOver) {
            sheet.add(Blocks.text(m.get("reports.absences.overLimit", String.valueOf(data.unjustifiedLimit())),
                    Fonts.SMALL, 2));
        }
    }

    private static void line(PdfPTable table, String number, String name, Absences absences, int late, Font font) {
        table.addCell(Blocks.centre(number, Fonts.BODY));
        table.addCell(Blocks.left(name, font));
        table.addCell(Blocks.centre(Formats.count(absences.justified()), Fonts.BODY));
        table.addCell(Blocks.centre(Formats.count(absences.unjustified()), font));
        table.addCell(Blocks.centre(Formats.count(absences.total()), Fonts.BODY));
        table.addCell(Blocks.centre(Formats.count(late), Fonts.BODY));
    }
}
