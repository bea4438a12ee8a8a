package lv.klade.tutor;

/** The report card a remark is written for: a semester's or the year's. */
public enum RemarkPeriod {
    SEMESTER_1, SEMESTER_2, YEAR;

    /** The key of the period's name in the tutor bundle. */
    public String messageKey() {
        return "remarks.period." + name();
    }
}
