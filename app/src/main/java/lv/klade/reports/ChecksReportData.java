package lv.klade.reports;

import java.util.List;

/** The deputy director's checks as printed: the heading, the period's words and one row per finding. */
public record ChecksReportData(Heading heading, String period, List<Line> lines) {

    public ChecksReportData {
        lines = List.copyOf(lines);
    }

    /** One finding, already in the reader's language. */
    public record Line(String date, String kind, String names, String detail) {
    }
}
