package lv.klade.reports;

import java.util.List;
import lv.klade.i18n.Messages;
import lv.klade.reports.TeacherMonthData.Lesson;
import lv.klade.reports.TeacherMonthData.StudentMarks;
import org.openpdf.text.pdf.PdfPTable;

/**
 * A teacher's journal for a month, landscape: the students' marks per lesson (grades and "n") with
 * their absences, then the lessons with topic, homework and notes.
 */
public final class TeacherMonthReport extends ReportDocument<TeacherMonthData> {
    private static final float NUMBER = 3;
    private static final float NAME = 16;
    private static final float LESSON = 3.4f;
    private static final float ABSENT = 3.4f;

    public TeacherMonthReport() {
    }

    @Override
    public String fileName(TeacherMonthData data, Messages messages) {
        return String.join("_", data.heading().className(), data.subject(),
                data.month().toString(), messages.get("reports.file.teacherMonth"));
    }

    @Override
    PageLayout layout() {
        return PageLayout.LANDSCAPE;
    }

    @Override
    String titleKey() {
        return "reports.teacherMonth.title";
    }

    @Override
    Heading heading(TeacherMonthData data) {
        return data.heading();
    }

    @Override
    void compose(TeacherMonthData data, Sheet sheet) {
        Messages m = sheet.messages();
        sheet.add(Blocks.title(m.get(titleKey()), data.subject() + " · " + Formats.month(data.month(), m)));
        sheet.add(Blocks.labelled(m.get("reports.label.teacher"), data.teacher()));
        sheet.add(Blocks.text(m.get("reports.teacherMonth.marks"), Fonts.SUBTITLE, 6));
        sheet.add(marks(data.lessons(), data.students(), m));
        sheet.add(Blocks.text(m.get("reports.teacherMonth.lessons"), Fonts.SUBTITLE, 6));
        sheet.add(lessons(data.lessons(), m));
    }

    private static PdfPTable marks(List<Lesson> lessons, List<StudentMarks> students, Messages m) {
        float[] widths = new float[lessons.size() + 3];
        widths[0] = NUMBER;
        widths[1] = NAME;
        for (int i = 0; i < lessons.size(); i++) {
            widths[2 + i] = LESSON;
        }
        widths[widths.length - 1] = ABSENT;
        PdfPTable table = Blocks.table(widths);
        table.addCell(Blocks.header(m.get("reports.label.no"), Fonts.TINY_BOLD));
        table.addCell(Blocks.header(m.get("reports.label.student"), Fonts.TINY_BOLD));
        for (Lesson lesson : lessons) {
            table.addCell(Blocks.header(Formats.dayMonth(lesson.date()), Fonts.TINY_BOLD));
        }
        table.addCell(Blocks.header(m.get("reports.teacherMonth.absent"), Fonts.TINY_BOLD));
        table.setHeaderRows(1);
        int number = 1;
        for (StudentMarks student : students) {
            table.addCell(Blocks.centre(number++ + ".", Fonts.TINY));
            table.addCell(Blocks.left(student.student().listName(), Fonts.TINY));
            for (String mark : student.marks()) {
                table.addCell(Blocks.centre(mark, Fonts.TINY));
            }
            table.addCell(Blocks.centre(Formats.count(student.absences().total()), Fonts.TINY));
        }
        return table;
    }

    private static PdfPTable lessons(List<Lesson> lessons, Messages m) {
        PdfPTable table = Blocks.table(8, 42, 30, 20);
        for (String key : new String[] {"reports.teacherMonth.date", "reports.teacherMonth.topic",
                "reports.teacherMonth.homework", "reports.teacherMonth.notes"}) {
            table.addCell(Blocks.header(m.get(key), Fonts.SMALL_BOLD));
        }
        table.setHeaderRows(1);
        for (Lesson lesson : lessons) {
            table.addCell(Blocks.centre(Messages.date(lesson.date()), Fonts.SMALL));
            table.addCell(Blocks.left(lesson.topic(), Fonts.SMALL));
            table.addCell(Blocks.left(lesson.homework(), Fonts.SMALL));
            table.addCell(Blocks.left(lesson.notes(), Fonts.SMALL));
        }
        return table;
    }
}
