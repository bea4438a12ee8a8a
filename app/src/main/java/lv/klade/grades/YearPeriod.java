package lv.klade.grades;

/** The period grades a year closes with: each semester's and the year's. */
public enum YearPeriod {
    SEMESTER_1,
    SEMESTER_2,
    YEAR;

    public String messageKey() {
        return "grades.yearPeriod." + name();
    }
}
