package lv.klade.reports;

/** The period a report card covers. */
public enum ReportPeriod {
    SEMESTER_1, SEMESTER_2, YEAR;

    String key() {
        return "reports.period." + name();
    }
}
