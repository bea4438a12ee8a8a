package lv.klade.checks;

import java.util.List;
import lv.klade.i18n.Messages;

/** A check line as the command line and the window show it: "05.10.2026 · 7.a Matemātika · Nokavēts … · 2. stunda". */
public final class CheckTexts {
    private CheckTexts() {
    }

    public static String line(CheckLine line, Messages messages) {
        return Messages.date(line.date()) + " · " + messages.get(line.kind().messageKey()) + " · " + line.names()
                + " · " + detail(line, messages);
    }

    /** The lines as a printable PDF under a heading of the school, the year and the period. */
    public static byte[] pdf(List<CheckLine> lines, String school, String year, String period, java.time.LocalDate today,
                             Messages messages) {
        lv.klade.reports.Heading heading = new lv.klade.reports.Heading(school, year, "", "", "", today);
        return new lv.klade.reports.ChecksReport().render(new lv.klade.reports.ChecksReportData(heading, period,
                lines.stream().map(l -> new lv.klade.reports.ChecksReportData.Line(Messages.date(l.date()),
                        messages.get(l.kind().messageKey()), l.names(), detail(l, messages))).toList()), messages);
    }

    /** The line's details; a grade kind comes as its name's key. */
    public static String detail(CheckLine line, Messages messages) {
        List<Object> details = line.details().stream()
                .map(d -> d instanceof String key && key.startsWith("grades.kind.") ? messages.get(key) : d).toList();
        return messages.get("checks.detail." + line.kind().name(), details.toArray());
    }
}
