package lv.klade.reports;

import lv.klade.i18n.Messages;
import lv.klade.reports.TestPlannerData.PlannedTest;
import org.openpdf.text.pdf.PdfPTable;

/** A class's test planner: the planned tests by date, subject, length and scope. */
public final class TestPlannerReport extends ReportDocument<TestPlannerData> {

    public TestPlannerReport() {
    }

    @Override
    public String fileName(TestPlannerData data, Messages messages) {
        return data.heading().className() + "_" + messages.get("reports.file.planner");
    }

    @Override
    PageLayout layout() {
        return PageLayout.PORTRAIT;
    }

    @Override
    String titleKey() {
        return "reports.planner.title";
    }

    @Override
    Heading heading(TestPlannerData data) {
        return data.heading();
    }

    @Override
    void compose(TestPlannerData data, Sheet sheet) {
        Messages m = sheet.messages();
        sheet.add(Blocks.title(m.get(titleKey()), Formats.period(data.from(), data.to(), m)));
        if (data.tests().isEmpty()) {
            sheet.add(Blocks.text(m.get("reports.planner.none"), Fonts.BODY, 6));
            return;
        }
        PdfPTable table = Blocks.table(12, 18, 17, 9, 22, 22);
        for (String key : new String[] {"reports.planner.date", "reports.label.subject", "reports.label.teacher",
                "reports.planner.lessons", "reports.planner.scope", "reports.planner.topic"}) {
            table.addCell(Blocks.header(m.get(key), Fonts.SMALL_BOLD));
        }
        table.setHeaderRows(1);
        for (PlannedTest test : data.tests()) {
            table.addCell(Blocks.centre(Messages.date(test.date()), Fonts.SMALL));
            table.addCell(Blocks.left(test.subject(), Fonts.SMALL));
            table.addCell(Blocks.left(test.teacher(), Fonts.SMALL));
            table.addCell(Blocks.centre(Formats.count(test.lessons()), Fonts.SMALL));
            table.addCell(Blocks.left(m.get(test.scope().key()), Fonts.SMALL));
            table.addCell(Blocks.left(test.topic(), Fonts.SMALL));
        }
        sheet.add(table);
    }
}
