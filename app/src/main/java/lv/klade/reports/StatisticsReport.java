package lv.klade.reports;

import java.awt.Color;
import java.util.List;
import lv.klade.i18n.Messages;
import lv.klade.reports.StatisticsData.AbsenceRow;
import lv.klade.reports.StatisticsData.GradeRow;
import lv.klade.reports.StatisticsData.Pupil;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;

/**
 * Statistics on paper: the grade table with each group's 1–10 distribution drawn as bars, the
 * absence table with a bar of the share missed, and a student's year when one is chosen. The bars
 * are drawn with PDF vector operations, so they print sharp at any size.
 */
public final class StatisticsReport extends ReportDocument<StatisticsData> {
    private static final Color BAR = new Color(0x3B, 0x6E, 0xA8);
    private static final Color UNJUSTIFIED = new Color(0xC0, 0x4B, 0x3A);
    private static final Color JUSTIFIED = new Color(0xE8, 0xA8, 0x3A);
    private static final float BAR_HEIGHT = 26;
    /** Relative column widths; the drawn bars fill their column (less the cell's padding). */
    private static final float[] GRADE_COLUMNS = {20, 9, 8, 30, 13, 8, 5};
    private static final int HISTOGRAM_COLUMN = 3;
    private static final float[] ABSENCE_COLUMNS = {19, 9, 9, 11, 9, 11, 32};
    private static final int BAR_COLUMN = 6;
    private static final float CELL_PADDING = 3;

    public StatisticsReport() {
    }

    @Override
    public String fileName(StatisticsData data, Messages messages) {
        String className = data.heading().className();
        return messages.get("statistics.pdf.file") + (className.isBlank() ? "" : "_" + className);
    }

    @Override
    PageLayout layout() {
        return PageLayout.PORTRAIT;
    }

    @Override
    String titleKey() {
        return "statistics.pdf.title";
    }

    @Override
    Heading heading(StatisticsData data) {
        return data.heading();
    }

    @Override
    void compose(StatisticsData data, Sheet sheet) {
        Messages m = sheet.messages();
        sheet.add(Blocks.title(m.get(titleKey()), Formats.period(data.from(), data.to(), m)));
        sheet.add(Blocks.text(data.subtitle(), Fonts.BODY_BOLD, 0));
        sheet.add(Blocks.text(data.gradesNote(), Fonts.SMALL, 4));
        if (data.grades().isEmpty() && data.absences().isEmpty()) {
            sheet.add(Blocks.text(m.get("statistics.noData"), Fonts.BODY, 8));
        }
        if (!data.grades().isEmpty()) {
            sheet.add(grades(data.grades(), sheet));
        }
        if (!data.absences().isEmpty()) {
            sheet.add(absences(data.absences(), sheet));
        }
        if (data.pupil() != null) {
            pupil(data.pupil(), sheet);
        }
    }

    private PdfPTable grades(List<GradeRow> rows, Sheet sheet) {
        Messages m = sheet.messages();
        PdfPTable table = Blocks.table(GRADE_COLUMNS);
        table.addCell(sectionTitle(m.get("statistics.tab.grades"), 7));
        for (String key : List.of("statistics.group", "statistics.pdf.average", "statistics.pdf.count",
                "statistics.scale.TEN_POINT", "statistics.pdf.levels", "statistics.pdf.passFail", "statistics.pdf.percent")) {
            table.addCell(Blocks.header(m.get(key), Fonts.SMALL_BOLD));
        }
        table.setHeaderRows(2);
        for (GradeRow row : rows) {
            table.addCell(Blocks.left(row.label(), Fonts.SMALL));
            table.addCell(Blocks.centre(row.average(), Fonts.SMALL_BOLD));
            table.addCell(Blocks.centre(Formats.count(row.points().stream().mapToInt(Integer::intValue).sum()), Fonts.SMALL));
            table.addCell(histogram(row.points(), sheet));
            table.addCell(Blocks.centre(counts(row.levels(), "S T A P"), Fonts.SMALL));
            table.addCell(Blocks.centre(counts(row.passFail(), "i ni"), Fonts.SMALL));
            table.addCell(Blocks.centre(row.percent() == 0 ? "" : Formats.count(row.percent()), Fonts.SMALL));
        }
        return table;
    }

    /** "S 1 · A 2": the marks that have grades, with their counts. */
    private static String counts(List<Integer> counts, String marks) {
        String[] names = marks.split(" ");
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < counts.size(); i++) {
            if (counts.get(i) > 0) {
                shown.append(shown.isEmpty() ? "" : " · ").append(names[i]).append(' ').append(counts.get(i));
            }
        }
        return shown.toString();
    }

    /**
     * Ten bars, one per point, scaled to the row's highest count so each group's shape shows, each
     * with its count over it and its point under it.
     */
    private static PdfPCell histogram(List<Integer> points, Sheet sheet) {
        int highest = points.stream().mapToInt(Integer::intValue).max().orElse(0);
        float width = columnWidth(sheet, GRADE_COLUMNS, HISTOGRAM_COLUMN);
        PdfTemplate t = sheet.template(width, BAR_HEIGHT + 9);
        float slot = width / points.size();
        for (int i = 0; i < points.size(); i++) {
            float h = highest == 0 ? 0 : (BAR_HEIGHT - 8) * points.get(i) / highest;
            t.setColorFill(BAR);
            t.rectangle(i * slot + 1.5f, 9, slot - 3, h);
            t.fill();
            t.beginText();
            t.setColorFill(Color.DARK_GRAY);
            t.setFontAndSize(Fonts.regular(), 5.5f);
            t.showTextAligned(org.openpdf.text.Element.ALIGN_CENTER, Integer.toString(i + 1), i * slot + slot / 2, 1, 0);
            if (points.get(i) > 0) {
                t.showTextAligned(org.openpdf.text.Element.ALIGN_CENTER, Integer.toString(points.get(i)),
                        i * slot + slot / 2, 10.5f + h, 0);
            }
            t.endText();
        }
        return imageCell(t);
    }

    private PdfPTable absences(List<AbsenceRow> rows, Sheet sheet) {
        Messages m = sheet.messages();
        PdfPTable table = Blocks.table(ABSENCE_COLUMNS);
        table.addCell(sectionTitle(m.get("statistics.tab.absences"), 7));
        for (String key : List.of("statistics.group", "statistics.lessons", "statistics.pdf.justified",
                "statistics.pdf.unjustified", "statistics.pdf.missedPercent", "statistics.pdf.unjustifiedPercent")) {
            table.addCell(Blocks.header(m.get(key), Fonts.SMALL_BOLD));
        }
        table.addCell(Blocks.header(m.get("statistics.pdf.barLegend"), Fonts.SMALL_BOLD));
        table.setHeaderRows(2);
        float width = columnWidth(sheet, ABSENCE_COLUMNS, BAR_COLUMN);
        for (AbsenceRow row : rows) {
            table.addCell(Blocks.left(row.label(), Fonts.SMALL));
            table.addCell(Blocks.centre(Formats.count(row.lessons()), Fonts.SMALL));
            table.addCell(Blocks.centre(Formats.count(row.justified()), Fonts.SMALL));
            table.addCell(Blocks.centre(Formats.count(row.unjustified()), Fonts.SMALL));
            table.addCell(Blocks.centre(row.missedPercent(), Fonts.SMALL_BOLD));
            table.addCell(Blocks.centre(row.unjustifiedPercent(), Fonts.SMALL));
            PdfTemplate t = sheet.template(width, 10);
            t.setGrayStroke(0.7f);
            t.rectangle(0.5f, 1, width - 1, 8);
            t.stroke();
            float unjustified = row.lessons() == 0 ? 0 : (width - 1) * row.unjustified() / row.lessons();
            float justified = row.lessons() == 0 ? 0 : (width - 1) * row.justified() / row.lessons();
            t.setColorFill(UNJUSTIFIED);
            t.rectangle(0.5f, 1, unjustified, 8);
            t.fill();
            t.setColorFill(JUSTIFIED);
            t.rectangle(0.5f + unjustified, 1, justified, 8);
            t.fill();
            table.addCell(imageCell(t));
        }
        return table;
    }

    private void pupil(Pupil pupil, Sheet sheet) {
        Messages m = sheet.messages();
        sheet.add(Blocks.text(m.get("statistics.pdf.pupil", pupil.name()), Fonts.SUBTITLE, 10));
        PdfPTable subjects = Blocks.table(25, 10, 65);
        for (String key : List.of("statistics.subject", "statistics.average", "statistics.points")) {
            subjects.addCell(Blocks.header(m.get(key), Fonts.SMALL_BOLD));
        }
        pupil.subjects().forEach(s -> {
            subjects.addCell(Blocks.left(s.subject(), Fonts.SMALL));
            subjects.addCell(Blocks.centre(s.average(), Fonts.SMALL_BOLD));
            subjects.addCell(Blocks.left(String.join("  ", s.points()), Fonts.SMALL));
        });
        sheet.add(subjects);
        PdfPTable months = Blocks.table(40, 30, 30);
        for (String key : List.of("statistics.month", "statistics.justified", "statistics.unjustified")) {
            months.addCell(Blocks.header(m.get(key), Fonts.SMALL_BOLD));
        }
        pupil.months().forEach(mo -> {
            months.addCell(Blocks.left(mo.month(), Fonts.SMALL));
            months.addCell(Blocks.centre(Formats.count(mo.justified()), Fonts.SMALL));
            months.addCell(Blocks.centre(Formats.count(mo.unjustified()), Fonts.SMALL));
        });
        sheet.add(months);
    }

    private static float columnWidth(Sheet sheet, float[] columns, int column) {
        float sum = 0;
        for (float c : columns) {
            sum += c;
        }
        return sheet.width() * columns[column] / sum - 2 * CELL_PADDING - 1;
    }

    /** The table's name as its first row, so it never stands alone at a page's foot and repeats on the next. */
    private static PdfPCell sectionTitle(String title, int columns) {
        PdfPCell cell = Blocks.left(title, Fonts.SUBTITLE);
        cell.setColspan(columns);
        cell.setBorder(0);
        cell.setPaddingBottom(5);
        return cell;
    }

    private static PdfPCell imageCell(PdfTemplate t) {
        PdfPCell cell = new PdfPCell(Image.getInstance(t), false);
        cell.setPadding(CELL_PADDING);
        cell.setVerticalAlignment(org.openpdf.text.Element.ALIGN_MIDDLE);
        return cell;
    }
}
