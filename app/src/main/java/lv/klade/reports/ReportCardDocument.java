package lv.klade.reports;

import java.util.List;
import lv.klade.i18n.Messages;
import lv.klade.reports.ReportCardData.SubjectResult;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.PdfPTable;

/**
 * A student's report card (liecība) for a semester or the year: grades by subject, absences, the
 * tutor's remark and, at year end, the promotion decision; signed by the class tutor and the director.
 */
public final class ReportCardDocument extends ReportDocument<ReportCardData> {

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
        sheet.add(Blocks.title(m.get(titleKey()), m.get(data.period().key())));
        sheet.add(Blocks.labelled(m.get("reports.label.student"), data.student().fullName()));
        sheet.add(Blocks.labelled(m.get("reports.label.class"), data.heading().className()));
        sheet.add(results(data.results(), m));
        sheet.add(Blocks.labelled(m.get("reports.absences.label"), Formats.absences(data.absences(), m)));
        if (!data.tutorRemark().isBlank()) {
            sheet.add(Blocks.text(m.get("reports.reportCard.remark") + ":", Fonts.BODY_BOLD, 8));
            sheet.add(Blocks.text(data.tutorRemark(), Fonts.BODY, 2));
        }
        data.promotionDecision().filter(d -> !d.isBlank()).ifPresent(decision -> {
            sheet.add(Blocks.text("", Fonts.BODY, 4));
            sheet.add(Blocks.labelled(m.get("reports.reportCard.promotion"), decision));
        });
        sheet.add(Blocks.signatures(List.of(
                new Blocks.Signer(m.get("reports.signer.classTutor"), data.heading().classTutor()),
                new Blocks.Signer(m.get("reports.signer.director"), data.heading().director())),
                m.get("reports.signature")));
    }

    private static PdfPTable results(List<SubjectResult> results, Messages m) {
        PdfPTable table = Blocks.table(8, 67, 25);
        Font head = Fonts.SMALL_BOLD;
        table.addCell(Blocks.header(m.get("reports.label.no"), head));
        table.addCell(Blocks.header(m.get("reports.label.subject"), head));
        table.addCell(Blocks.header(m.get("reports.reportCard.grade"), head));
        table.setHeaderRows(1);
        int number = 1;
        for (SubjectResult result : results) {
            table.addCell(Blocks.centre(number++ + ".", Fonts.BODY));
            table.addCell(Blocks.left(result.subject(), Fonts.BODY));
            table.addCell(Blocks.centre(result.grade(), Fonts.BODY_BOLD));
        }
        return table;
    }
}
