package lv.klade.reports;

import java.util.List;
import java.util.stream.Collectors;
import lv.klade.i18n.Messages;
import lv.klade.reports.TranscriptData.DatedGrade;
import lv.klade.reports.TranscriptData.SubjectGrades;
import org.openpdf.text.pdf.PdfPTable;

/** The monthly progress transcript (sekmju izraksts) of one student, signed by the class tutor. */
public final class TranscriptDocument extends ReportDocument<TranscriptData> {

    public TranscriptDocument() {
    }

    @Override
    public String fileName(TranscriptData data, Messages messages) {
        return Formats.studentFile(data, messages.get("reports.file.transcript"));
    }

    @Override
    PageLayout layout() {
        return PageLayout.PORTRAIT;
    }

    @Override
    String titleKey() {
        return "reports.transcript.title";
    }

    @Override
    Heading heading(TranscriptData data) {
        return data.heading();
    }

    @Override
    void compose(TranscriptData data, Sheet sheet) {
        Messages m = sheet.messages();
        sheet.add(Blocks.title(m.get(titleKey()), ""));
        sheet.add(Blocks.labelled(m.get("reports.label.student"), data.student().fullName()));
        sheet.add(Blocks.labelled(m.get("reports.label.class"), data.heading().className()));
        sheet.add(Blocks.labelled(m.get("reports.transcript.month"), Formats.month(data.month(), m)));
        sheet.add(grades(data.subjects(), m));
        if (!data.activities().isEmpty()) {
            sheet.add(activities(data.activities(), m));
        }
        sheet.add(Blocks.labelled(m.get("reports.absences.label"), Formats.absences(data.absences(), m)));
        sheet.add(Blocks.signatures(List.of(
                Blocks.Signer.tutor(data.heading(), m)),
                m.get("reports.signature")));
    }

    private static PdfPTable grades(List<SubjectGrades> subjects, Messages m) {
        PdfPTable table = Blocks.table(30, 52, 18);
        table.addCell(Blocks.header(m.get("reports.label.subject"), Fonts.SMALL_BOLD));
        table.addCell(Blocks.header(m.get("reports.transcript.grades"), Fonts.SMALL_BOLD));
        table.addCell(Blocks.header(m.get("reports.transcript.average"), Fonts.SMALL_BOLD));
        table.setHeaderRows(1);
        for (SubjectGrades subject : subjects) {
            table.addCell(Blocks.left(subject.subject(), Fonts.BODY));
            table.addCell(Blocks.left(dated(subject.grades()), Fonts.BODY));
            table.addCell(Blocks.centre(subject.weightedAverage(), Fonts.BODY_BOLD));
        }
        return table;
    }

    /** Interest education and electives: their grades of the month, never among the subjects. */
    private static PdfPTable activities(List<SubjectGrades> activities, Messages m) {
        PdfPTable table = Blocks.table(30, 70);
        table.addCell(Blocks.header(m.get("reports.reportCard.activities"), Fonts.SMALL_BOLD));
        table.addCell(Blocks.header(m.get("reports.transcript.grades"), Fonts.SMALL_BOLD));
        table.setHeaderRows(1);
        for (SubjectGrades activity : activities) {
            table.addCell(Blocks.left(activity.subject(), Fonts.BODY));
            table.addCell(Blocks.left(dated(activity.grades()), Fonts.BODY));
        }
        return table;
    }

    /** "8 (03.10.); 7 (17.10.)": each grade with the day it was given. */
    private static String dated(List<DatedGrade> grades) {
        return grades.stream().map(g -> g.text() + " (" + Formats.dayMonth(g.date()) + ")")
                .collect(Collectors.joining("; "));
    }
}
