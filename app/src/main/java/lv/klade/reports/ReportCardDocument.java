package lv.klade.reports;

import java.util.List;
import lv.klade.i18n.Messages;
import lv.klade.reports.ReportCardData.Order;
import lv.klade.reports.ReportCardData.SubjectResult;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;

/**
 * A student's report card (liecība) for a semester or the year, fit for the archive: the school, the
 * education programme and its code, the class and the student; the graded subjects' semester and year
 * grades up to the period; interest education and electives in a section of their own; absences; the
 * tutor's remark; at year end the promotion decision with the director's order; signed by the class
 * tutor and the director (with a place for the seal) and by a parent, dated.
 */
public final class ReportCardDocument extends ReportDocument<ReportCardData> {
    private static final List<String> COLUMNS = List.of("reports.reportCard.semester1",
            "reports.reportCard.semester2", "reports.reportCard.year");

    public ReportCardDocument() {
    }

    @Override
    public String fileName(ReportCardData data, Messages messages) {
        return Formats.studentFile(data, messages.get("reports.file.reportCard"));
    }

    @Override
    PageLayout layout() {
        return PageLayout.PORTRAIT;
    }

    @Override
    String titleKey() {
        return "reports.reportCard.title";
    }

    @Override
    Heading heading(ReportCardData data) {
        return data.heading();
    }

    @Override
    void compose(ReportCardData data, Sheet sheet) {
        Messages m = sheet.messages();
        Heading h = data.heading();
        sheet.add(Blocks.title(m.get(titleKey()), m.get(data.period().key())));
        sheet.add(Blocks.labelled(m.get("reports.label.school"), h.school()));
        if (!h.programme().isBlank() || !h.programmeCode().isBlank()) {
            sheet.add(Blocks.labelled(m.get("reports.label.programme"), h.programmeCode().isBlank() ? h.programme()
                    : m.get("reports.label.programmeWithCode", h.programme(), h.programmeCode())));
        }
        sheet.add(Blocks.labelled(m.get("reports.label.schoolYear"), h.schoolYear()));
        sheet.add(Blocks.labelled(m.get("reports.label.class"), h.className()));
        sheet.add(Blocks.labelled(m.get("reports.label.student"), data.student().fullName()));
        sheet.add(results(data.results(), data.period(), m.get("reports.label.subject"), m));
        if (!data.activities().isEmpty()) {
            sheet.add(activities(data.activities(), data.period(), m));
        }
        sheet.add(Blocks.labelled(m.get("reports.absences.label"), Formats.absences(data.absences(), m)));
        if (!data.tutorRemark().isBlank()) {
            sheet.add(Blocks.text(m.get(h.tutorForm().key("reports.reportCard.remark")) + ":", Fonts.BODY_BOLD, 8));
            sheet.add(Blocks.text(data.tutorRemark(), Fonts.BODY, 2));
        }
        data.promotionDecision().filter(d -> !d.isBlank()).ifPresent(decision -> {
            sheet.add(Blocks.text("", Fonts.BODY, 4));
            sheet.add(Blocks.labelled(m.get("reports.reportCard.promotion"), decision
                    + data.promotionOrder().map(o -> " (" + order(o, m) + ")").orElse("")));
        });
        Paragraph date = Blocks.labelled(m.get("reports.label.date"), Messages.date(h.printedOn()));
        date.setSpacingBefore(6);
        sheet.add(date);
        PdfPTable signatures = Blocks.signatures(List.of(Blocks.Signer.tutor(h, m),
                Blocks.Signer.director(h, m).withNote(m.get("reports.reportCard.stamp")),
                new Blocks.Signer(m.get("reports.signer.parent"), "")), m.get("reports.signature"));
        signatures.setSpacingBefore(14);
        sheet.add(signatures);
    }

    private static String order(Order order, Messages m) {
        return m.get("reports.reportCard.order", order.number(), Messages.date(order.date()));
    }

    /** Interest education and electives: what the student attended, with the period's grade where there is one. */
    private static PdfPTable activities(List<SubjectResult> activities, ReportPeriod period, Messages m) {
        PdfPTable table = Blocks.table(7, 76, 17);
        table.addCell(Blocks.header(m.get("reports.label.no"), Fonts.SMALL_BOLD));
        table.addCell(Blocks.header(m.get("reports.reportCard.activities"), Fonts.SMALL_BOLD));
        table.addCell(Blocks.header(m.get("reports.reportCard.grade"), Fonts.SMALL_BOLD));
        table.setHeaderRows(1);
        int number = 1;
        for (SubjectResult activity : activities) {
            table.addCell(Blocks.centre(number++ + ".", Fonts.BODY));
            table.addCell(Blocks.left(activity.subject(), Fonts.BODY));
            table.addCell(Blocks.centre(activity.upTo(period).getLast(), Fonts.BODY));
        }
        table.setKeepTogether(true);
        return table;
    }

    /** Nr., the subject and a column per grade the period's card shows. */
    private static PdfPTable results(List<SubjectResult> results, ReportPeriod period, String title, Messages m) {
        int columns = period.ordinal() + 1; // semester 1: one column; semester 2: two; the year: three
        float[] widths = new float[2 + columns];
        widths[0] = 7;
        widths[1] = 93 - 17 * columns;
        for (int i = 0; i < columns; i++) {
            widths[2 + i] = 17;
        }
        PdfPTable table = Blocks.table(widths);
        Font head = Fonts.SMALL_BOLD;
        table.addCell(Blocks.header(m.get("reports.label.no"), head));
        table.addCell(Blocks.header(title, head));
        COLUMNS.subList(0, columns).forEach(key -> table.addCell(Blocks.header(m.get(key), head)));
        table.setHeaderRows(1);
        int number = 1;
        for (SubjectResult result : results) {
            table.addCell(Blocks.centre(number++ + ".", Fonts.BODY));
            table.addCell(Blocks.left(result.subject(), Fonts.BODY));
            List<String> grades = result.upTo(period);
            for (int i = 0; i < grades.size(); i++) {
                table.addCell(Blocks.centre(grades.get(i), i == grades.size() - 1 ? Fonts.BODY_BOLD : Fonts.BODY));
            }
        }
        table.setKeepTogether(true);
        table.setHorizontalAlignment(Element.ALIGN_CENTER);
        return table;
    }
}
