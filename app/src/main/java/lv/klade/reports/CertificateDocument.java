package lv.klade.reports;

import java.util.List;
import lv.klade.i18n.Messages;
import lv.klade.reports.CertificateData.FinalGrade;
import lv.klade.reports.CertificateData.Mark;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The certificate of basic or general secondary education of one student (see {@link CertificateData}):
 * the school, the title, who attained the education in which programme, every subject's final grade
 * in points and in words ("8 (astoņi)"), the register number and date, the director's signature line
 * in the title that fits them, and the place for the stamp.
 */
public final class CertificateDocument extends ReportDocument<CertificateData> {

    public CertificateDocument() {
    }

    @Override
    public String fileName(CertificateData data, Messages messages) {
        return Formats.studentFile(data, messages.get(data.kind().key("file")));
    }

    @Override
    PageLayout layout() {
        return PageLayout.PORTRAIT;
    }

    @Override
    String titleKey() {
        return "reports.certificate.title";
    }

    @Override
    Heading heading(CertificateData data) {
        return data.heading();
    }

    @Override
    void compose(CertificateData data, Sheet sheet) {
        Messages m = sheet.messages();
        Heading h = data.heading();
        Paragraph school = Blocks.text(h.school(), Fonts.SUBTITLE, 0);
        school.setAlignment(Element.ALIGN_CENTER);
        sheet.add(school);
        Paragraph title = Blocks.title(m.get(data.kind().key("title")), "");
        title.setSpacingBefore(10);
        sheet.add(title);
        Paragraph who = Blocks.text(m.get(data.studentForm().key(data.kind().key("attained")),
                data.student().fullName(), data.personalCode()), Fonts.BODY, 4);
        who.setLeading(15);
        sheet.add(who);
        String programme = h.programmeCode().isBlank() ? h.programme()
                : m.get("reports.label.programmeWithCode", h.programme(), h.programmeCode());
        sheet.add(Blocks.labelled(m.get("reports.label.programme"), programme));
        sheet.add(Blocks.labelled(m.get("reports.label.class"), h.className()));
        sheet.add(grades(data.grades(), m));
        sheet.add(Blocks.labelled(m.get("reports.certificate.register"), data.registerNumber()));
        sheet.add(Blocks.labelled(m.get("reports.certificate.issued"), Messages.date(h.printedOn())));
        PdfPTable signatures = Blocks.signatures(List.of(Blocks.Signer.director(h, m)
                .withNote(m.get("reports.reportCard.stamp"))), m.get("reports.signature"));
        signatures.setSpacingBefore(24);
        sheet.add(signatures);
    }

    /** Nr., the subject and its final grade. */
    private static PdfPTable grades(List<FinalGrade> grades, Messages m) {
        PdfPTable table = Blocks.table(8, 62, 30);
        table.addCell(Blocks.header(m.get("reports.label.no"), Fonts.SMALL_BOLD));
        table.addCell(Blocks.header(m.get("reports.label.subject"), Fonts.SMALL_BOLD));
        table.addCell(Blocks.header(m.get("reports.certificate.grade"), Fonts.SMALL_BOLD));
        table.setHeaderRows(1);
        int number = 1;
        for (FinalGrade grade : grades) {
            table.addCell(Blocks.centre(number++ + ".", Fonts.BODY));
            table.addCell(Blocks.left(grade.subject(), Fonts.BODY));
            table.addCell(Blocks.left(printed(grade.mark(), m), Fonts.BODY_BOLD));
        }
        table.setKeepTogether(true);
        return table;
    }

    /** "8 (astoņi)", "atbrīvots", or the grade as typed. */
    static String printed(Mark mark, Messages m) {
        return switch (mark) {
            case Mark.Points(int value) -> m.get("reports.certificate.points", String.valueOf(value),
                    m.get("reports.points." + value));
            case Mark.Exempt e -> m.get("reports.certificate.exempt");
            case Mark.Other(String text) -> text;
        };
    }
}
